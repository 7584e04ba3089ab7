package nl.verrijk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Beam search over arc-hybrid transitions (Zhang and Clark 2008; Zhang and Nivre 2011): the
 * {@code width} best partial parses by the sum of their transition scores go on together, each new
 * arc labelled at once. For training it also finds the step of maximal violation (Huang, Fayong and
 * Guo 2012), where the best hypothesis beats the gold one by most. Every hypothesis copies its
 * configuration, so a step costs {@code width} times the sentence length; the parser searches a beam
 * only in sentences of up to {@link #MAX_WORDS} words and greedily in longer ones.
 */
final class Beam {

  /** The longest sentence searched with a beam; longer ones are parsed greedily, in linear time. */
  static final int MAX_WORDS = 150;

  /** Scores the transitions of a feature vector. */
  interface Weights {
    /** Adds the scores of the features into {@code scores}. */
    void score(long[] features, int n, float[] scores);
  }

  /** Chooses the relation of a new arc from {@code h} to {@code d} in configuration {@code c}. */
  interface Labeller {
    /** The relation id. */
    int relation(Features f, ArcHybrid c, int h, int d);
  }

  /** One hypothesis: its configuration, score, and the step that made it. */
  static final class Item {
    final ArcHybrid c;
    final float score;
    final Item parent;
    final int action;
    final int rel;
    final boolean gold;

    Item(ArcHybrid c, float score, Item parent, int action, int rel, boolean gold) {
      this.c = c;
      this.score = score;
      this.parent = parent;
      this.action = action;
      this.rel = rel;
      this.gold = gold;
    }

    /** The actions and relations from the start to this item, in order. */
    int[][] history() {
      int steps = 0;
      for (Item x = this; x.parent != null; x = x.parent) {
        steps++;
      }
      int[][] out = new int[2][steps];
      int k = steps;
      for (Item x = this; x.parent != null; x = x.parent) {
        k--;
        out[0][k] = x.action;
        out[1][k] = x.rel;
      }
      return out;
    }
  }

  /** Where the best hypothesis beat the gold one by most: the hypothesis and its last step. */
  record Violation(Item predicted, int step) {}

  private record Candidate(Item from, int action, float score, boolean gold) {}

  private static final Comparator<Candidate> BEST_FIRST = (a, b) -> Float.compare(b.score, a.score);

  private Beam() {}

  /** The best complete parse of a sentence of {@code n} words. */
  static ArcHybrid parse(Features f, int n, Weights weights, Labeller labeller, int width) {
    List<Item> beam = List.of(new Item(new ArcHybrid(n), 0, null, -1, -1, false));
    for (int step = 0; step < 2 * n; step++) {
      beam = advance(beam, f, weights, labeller, width, null, null, step);
    }
    return beam.get(0).c;
  }

  /**
   * Searches with the gold transitions known ({@code goldActions}, {@code goldRelations}; {@code
   * goldScores[t]} the score of the gold prefix through step t): the violation where the best
   * hypothesis, not gold, outscores the gold prefix by most, or null when the best is gold throughout.
   */
  static Violation maxViolation(Features f, int n, Weights weights, Labeller labeller, int width,
      int[] goldActions, int[] goldRelations, float[] goldScores) {
    List<Item> beam = List.of(new Item(new ArcHybrid(n), 0, null, -1, -1, true));
    Violation worst = null;
    float most = Float.NEGATIVE_INFINITY;
    for (int step = 0; step < 2 * n; step++) {
      beam = advance(beam, f, weights, labeller, width, goldActions, goldRelations, step);
      Item best = beam.get(0);
      if (!best.gold && best.score - goldScores[step] >= most) {
        most = best.score - goldScores[step];
        worst = new Violation(best, step);
      }
    }
    return worst;
  }

  private static List<Item> advance(List<Item> beam, Features f, Weights weights, Labeller labeller, int width,
      int[] goldActions, int[] goldRelations, int step) {
    List<Candidate> candidates = new ArrayList<>(beam.size() * ArcHybrid.ACTIONS);
    float[] scores = new float[ArcHybrid.ACTIONS];
    for (Item it : beam) {
      f.transition(it.c);
      Arrays.fill(scores, 0);
      weights.score(f.values(), f.count(), scores);
      for (int a = 0; a < ArcHybrid.ACTIONS; a++) {
        if (it.c.legal(a)) {
          candidates.add(new Candidate(it, a, it.score + scores[a], it.gold && goldActions[step] == a));
        }
      }
    }
    candidates.sort(BEST_FIRST);
    List<Item> next = new ArrayList<>(Math.min(width, candidates.size()));
    for (Candidate k : candidates.subList(0, Math.min(width, candidates.size()))) {
      ArcHybrid c = new ArcHybrid(k.from.c);
      int rel = -1;
      if (k.action != ArcHybrid.SHIFT) {
        rel = k.gold ? goldRelations[step] : labeller.relation(f, c, c.headOf(k.action), c.dependent());
      }
      c.apply(k.action, rel);
      next.add(new Item(c, k.score, k.from, k.action, rel, k.gold));
    }
    return next;
  }
}
