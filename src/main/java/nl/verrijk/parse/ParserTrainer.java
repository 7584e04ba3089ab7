package nl.verrijk.parse;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.verrijk.io.Conllu;

/**
 * Trains the {@link DependencyParser} on Universal Dependencies treebanks: the transition
 * perceptron with the dynamic oracle of Goldberg and Nivre (following the model's own choice,
 * right or wrong, with probability {@code explore} once the first epoch is done), the relation
 * perceptron on each arc whose head is right. Training trees are made projective by lifting
 * ({@link Projectivity}). The words come tagged as they are when parsing, by the shipped tagger or
 * another ({@code train parse --tagger}, {@code train.ParserTags}; jackknifed tags, each fold tagged
 * by a model of the other four, scored 0.7 LAS lower on the news dev split).
 * The older LassySmall release in the train file (the sentences without XPOS) names relations by
 * older conventions: {@code flat:name} is read as {@code flat}, and where it says {@code obl},
 * {@code nmod} or {@code expl} the subtypes ({@code obl:arg}, {@code obl:agent},
 * {@code nmod:poss}, {@code expl:pv}) that it did not yet make count as right.
 */
public final class ParserTrainer {

  /**
   * The settings of a training run.
   *
   * @param epochs passes over the training sentences
   * @param explore the chance of following a wrong transition after the first epoch
   * @param seed the seed of the shuffling and the exploration
   * @param olderRelease whether to train on the older release's sentences too
   * @param adapt whether the older release's sentences get features of their own ({@link Features#older})
   * @param prune the smallest weight kept, in quantization steps ({@link DependencyParser#pruned})
   * @param beam the training beam width: 1 trains greedily with the dynamic oracle, more trains the
   *     whole sequence with max-violation updates
   * @param parseBeam the beam width the model parses with
   */
  public record Settings(int epochs, double explore, long seed, boolean olderRelease, boolean adapt, int prune,
      int beam, int parseBeam) {

    /** The settings of the shipped model. */
    public static Settings shipped() {
      return new Settings(12, 1.0, 17, true, true, 1024, 8, 4);
    }
  }

  /**
   * The predicted tags of one word, as the parser reads them.
   *
   * @param upos the Universal Dependencies part of speech ({@code NOUN})
   * @param xpos the Alpino tag
   * @param lemma the lemma
   */
  public record Tags(String upos, String xpos, String lemma) {}

  /** One sentence ready for training or scoring: words, predicted tags, gold tree. */
  record Example(List<String> forms, List<String> upos, List<String> xpos, List<String> lemmas, int[] gold,
      int[] projective, int[] labels, boolean older) {}

  private ParserTrainer() {}

  /** Pairs the sentences, with their predicted tags, with their gold trees. */
  static List<Example> examples(List<Conllu.Sentence> sentences, List<List<Tags>> tagged, List<String> labels) {
    List<Example> out = new ArrayList<>(sentences.size());
    int[] lifts = new int[1];
    for (int k = 0; k < sentences.size(); k++) {
      Conllu.Sentence s = sentences.get(k);
      List<String> upos = new ArrayList<>();
      List<String> xpos = new ArrayList<>();
      List<String> lemmas = new ArrayList<>();
      for (Tags t : tagged.get(k)) {
        upos.add(t.upos());
        xpos.add(t.xpos());
        lemmas.add(t.lemma());
      }
      int n = s.size();
      int[] gold = new int[n + 1];
      int[] rel = new int[n + 1];
      for (int i = 0; i < n; i++) {
        gold[i + 1] = s.words().get(i).head();
        rel[i + 1] = labels.indexOf(relation(s.words().get(i).deprel()));
      }
      out.add(new Example(s.forms(), upos, xpos, lemmas, gold, Projectivity.lift(gold, lifts), rel, !s.hasXpos()));
    }
    return out;
  }

  /** The relation as the parser learns it ({@code flat:name} of the older release is {@code flat}). */
  static String relation(String deprel) {
    return deprel.equals("flat:name") ? "flat" : deprel;
  }

  /** The relations of the treebank, in a fixed order, {@code root} first. */
  static List<String> labels(List<Conllu.Sentence> sentences) {
    Set<String> set = new java.util.TreeSet<>();
    for (Conllu.Sentence s : sentences) {
      for (Conllu.Word w : s.words()) {
        set.add(relation(w.deprel()));
      }
    }
    set.remove("root");
    List<String> labels = new ArrayList<>();
    labels.add("root");
    labels.addAll(set);
    return labels;
  }

  /**
   * Trains a parser on sentences with the given predicted tags (one list per sentence); when {@code dev} is not empty,
   * prints UAS and LAS on it, with its tags, after each epoch to {@code log}.
   */
  public static DependencyParser train(List<Conllu.Sentence> train, List<List<Tags>> trainTags,
      List<Conllu.Sentence> dev, List<List<Tags>> devTags, Settings settings, PrintStream log) {
    List<Conllu.Sentence> used = new ArrayList<>();
    List<List<Tags>> usedTags = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      if (settings.olderRelease() || train.get(i).hasXpos()) {
        used.add(train.get(i));
        usedTags.add(trainTags.get(i));
      }
    }
    List<String> labels = labels(used);
    List<Example> examples = examples(used, usedTags, labels);
    List<Example> devExamples = dev.isEmpty() ? List.of() : examples(dev, devTags, labels);
    int[][] accepted = accepted(labels);
    AveragedPerceptron transitions = new AveragedPerceptron(ArcHybrid.ACTIONS);
    AveragedPerceptron relations = new AveragedPerceptron(labels.size());
    Random random = new Random(settings.seed());
    List<Example> order = new ArrayList<>(examples);
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      java.util.Collections.shuffle(order, random);
      long t0 = System.nanoTime();
      long right = 0;
      long all = 0;
      for (Example e : order) {
        long[] r = settings.beam() > 1
            ? trainBeam(e, transitions, relations, labels.indexOf("root"), accepted, settings.beam(), settings.adapt())
            : trainOne(e, transitions, relations, labels.indexOf("root"), accepted,
                epoch > 1 ? settings.explore() : 0, random, settings.adapt());
        right += r[0];
        all += r[1];
      }
      String line = String.format(Locale.ROOT, "epoch %2d  train transitions %.2f%%  %.1f s  %d + %d features",
          epoch, 100.0 * right / all, (System.nanoTime() - t0) / 1e9, transitions.features(), relations.features());
      if (!devExamples.isEmpty()) {
        DependencyParser p = new DependencyParser(transitions.average(), relations.average(), labels,
            settings.beam());
        line += "  dev " + score(p, devExamples, labels);
      }
      log.println(line);
    }
    DependencyParser parser = new DependencyParser(transitions.average(), relations.average(), labels,
        settings.parseBeam()).pruned(settings.prune());
    if (!devExamples.isEmpty()) {
      log.println("pruned at " + settings.prune() + ": " + parser + "  dev " + score(parser, devExamples, labels));
    }
    return parser;
  }

  /** For each relation, the relations an older-release sentence's gold label also accepts. */
  private static int[][] accepted(List<String> labels) {
    Map<String, List<String>> more = Map.of("obl", List.of("obl:arg", "obl:agent"), "nmod", List.of("nmod:poss"),
        "expl", List.of("expl:pv"));
    int[][] out = new int[labels.size()][];
    for (int l = 0; l < labels.size(); l++) {
      Set<Integer> set = new LinkedHashSet<>();
      set.add(l);
      for (String m : more.getOrDefault(labels.get(l), List.of())) {
        if (labels.contains(m)) {
          set.add(labels.indexOf(m));
        }
      }
      out[l] = set.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static long[] trainOne(Example e, AveragedPerceptron transitions, AveragedPerceptron relations,
      int rootLabel, int[][] accepted, double explore, Random random, boolean adapt) {
    int n = e.forms().size();
    ArcHybrid c = new ArcHybrid(n);
    Features f = new Features(e.forms(), e.upos(), e.xpos(), e.lemmas()).older(e.older() && adapt);
    float[] scores = new float[ArcHybrid.ACTIONS];
    float[] rs = new float[relations.classesCount()];
    int[] gold = e.projective();
    long right = 0;
    long all = 0;
    while (!c.terminal()) {
      f.transition(c);
      java.util.Arrays.fill(scores, 0);
      transitions.score(f.values(), f.count(), scores);
      int guess = DependencyParser.best(c, scores);
      int bestGold = -1;
      int minCost = Integer.MAX_VALUE;
      int[] costs = new int[ArcHybrid.ACTIONS];
      for (int a = 0; a < ArcHybrid.ACTIONS; a++) {
        if (c.legal(a)) {
          costs[a] = c.cost(a, gold);
          minCost = Math.min(minCost, costs[a]);
        }
      }
      for (int a = 0; a < ArcHybrid.ACTIONS; a++) {
        if (c.legal(a) && costs[a] == minCost && (bestGold < 0 || scores[a] > scores[bestGold])) {
          bestGold = a;
        }
      }
      all++;
      if (costs[guess] == minCost) {
        right++;
      } else {
        transitions.update(f.values(), f.count(), bestGold, guess);
      }
      transitions.tick();
      int action = costs[guess] == minCost || random.nextDouble() < explore ? guess : bestGold;
      int rel = action == ArcHybrid.SHIFT ? -1
          : arcRelation(e, f, c, c.headOf(action), c.dependent(), false, relations, rootLabel, accepted, rs);
      c.apply(action, rel);
    }
    return new long[] {right, all};
  }

  /**
   * One sentence of global training: the gold transitions (the first of LEFT, RIGHT, SHIFT that loses
   * no gold arc), the relation perceptron on each gold arc, then a beam search and, at its step of
   * maximal violation, the gold prefix's features up and the best hypothesis's down.
   */
  private static long[] trainBeam(Example e, AveragedPerceptron transitions, AveragedPerceptron relations,
      int rootLabel, int[][] accepted, int width, boolean adapt) {
    int n = e.forms().size();
    int steps = 2 * n;
    int[] gold = e.projective();
    Features f = new Features(e.forms(), e.upos(), e.xpos(), e.lemmas()).older(e.older() && adapt);
    int[] actions = new int[steps];
    int[] rels = new int[steps];
    long[][] features = new long[steps][];
    float[] prefix = new float[steps];
    float[] scores = new float[ArcHybrid.ACTIONS];
    float[] rs = new float[relations.classesCount()];
    ArcHybrid g = new ArcHybrid(n);
    float total = 0;
    for (int t = 0; t < steps; t++) {
      f.transition(g);
      features[t] = java.util.Arrays.copyOf(f.values(), f.count());
      java.util.Arrays.fill(scores, 0);
      transitions.score(features[t], features[t].length, scores);
      int a = oracle(g, gold);
      actions[t] = a;
      total += scores[a];
      prefix[t] = total;
      int rel = a == ArcHybrid.SHIFT ? -1
          : arcRelation(e, f, g, g.headOf(a), g.dependent(), true, relations, rootLabel, accepted, rs);
      rels[t] = rel;
      g.apply(a, rel);
    }
    Beam.Labeller labeller = (ff, c, h, d) -> {
      if (h == 0) {
        return rootLabel;
      }
      ff.relation(c, h, d);
      java.util.Arrays.fill(rs, 0);
      relations.score(ff.values(), ff.count(), rs);
      return DependencyParser.bestRelation(rs, rootLabel);
    };
    Beam.Violation v = Beam.maxViolation(f, n, transitions, labeller, width, actions, rels, prefix);
    long wrong = 0;
    if (v != null) {
      int[][] history = v.predicted().history();
      ArcHybrid c = new ArcHybrid(n);
      for (int t = 0; t <= v.step(); t++) {
        transitions.add(features[t], features[t].length, actions[t], 1);
        f.transition(c);
        transitions.add(f.values(), f.count(), history[0][t], -1);
        c.apply(history[0][t], history[1][t]);
        wrong += history[0][t] != actions[t] ? 1 : 0;
      }
    }
    transitions.tick();
    return new long[] {steps - wrong, steps};
  }

  /**
   * The relation of a new arc from {@code h} to {@code d}: {@code root} on the root, else the relation
   * perceptron's guess, which, on a gold arc (every arc of the {@code oracle} path), learns from the
   * gold relation (any an older-release sentence accepts), and gives way to it.
   */
  private static int arcRelation(Example e, Features f, ArcHybrid c, int h, int d, boolean oracle,
      AveragedPerceptron relations, int rootLabel, int[][] accepted, float[] rs) {
    if (h == 0) {
      return rootLabel;
    }
    f.relation(c, h, d);
    java.util.Arrays.fill(rs, 0);
    relations.score(f.values(), f.count(), rs);
    int guess = DependencyParser.bestRelation(rs, rootLabel);
    int g = e.labels()[d];
    if (!oracle && e.projective()[d] != h || g < 0) {
      return guess;
    }
    if (guess != g && !(e.older() && contains(accepted[g], guess))) {
      relations.update(f.values(), f.count(), g, guess);
    }
    relations.tick();
    return g;
  }

  /** The gold transition: the first of LEFT, RIGHT and SHIFT that is legal and loses no gold arc. */
  static int oracle(ArcHybrid c, int[] gold) {
    for (int a : new int[] {ArcHybrid.LEFT, ArcHybrid.RIGHT, ArcHybrid.SHIFT}) {
      if (c.legal(a) && c.cost(a, gold) == 0) {
        return a;
      }
    }
    int best = -1;
    for (int a = 0; a < ArcHybrid.ACTIONS; a++) {
      if (c.legal(a) && (best < 0 || c.cost(a, gold) < c.cost(best, gold))) {
        best = a;
      }
    }
    return best;
  }

  private static boolean contains(int[] set, int v) {
    for (int x : set) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  /** UAS and LAS (universal relation, punctuation included) of a parser on examples. */
  static String score(DependencyParser p, List<Example> examples, List<String> labels) {
    long words = 0;
    long uas = 0;
    long las = 0;
    for (Example e : examples) {
      int n = e.forms().size();
      int[] rel = new int[n];
      int[] heads = p.parse(e.forms(), e.upos(), e.xpos(), e.lemmas(), rel);
      for (int i = 0; i < n; i++) {
        words++;
        if (heads[i] + 1 == e.gold()[i + 1]) {
          uas++;
          if (e.labels()[i + 1] >= 0 && DependencyParser.universal(labels.get(rel[i]))
              .equals(DependencyParser.universal(labels.get(e.labels()[i + 1])))) {
            las++;
          }
        }
      }
    }
    return String.format(Locale.ROOT, "UAS %.2f LAS %.2f", 100.0 * uas / words, 100.0 * las / words);
  }

}
