package nl.verrijk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArcHybridTest {

  /** Follows the cheapest legal transition, the first of equals. */
  private static int[] followOracle(int[] gold) {
    int n = gold.length - 1;
    ArcHybrid c = new ArcHybrid(n);
    while (!c.terminal()) {
      int best = -1;
      for (int a = 0; a < ArcHybrid.ACTIONS; a++) {
        if (c.legal(a) && (best < 0 || c.cost(a, gold) < c.cost(best, gold))) {
          best = a;
        }
      }
      c.apply(best, 0);
    }
    return c.head.clone();
  }

  @Test
  void theOracleRebuildsAProjectiveTree() {
    // De minister zei dat hij komt .  (zei is the root; dat komt ccomp; hij nsubj of komt)
    int[] gold = {-1, 2, 3, 0, 6, 6, 3, 3};
    assertThat(followOracle(gold)).containsExactly(gold);
  }

  @Test
  void theOracleRebuildsRandomProjectiveTrees() {
    Random r = new Random(5);
    for (int round = 0; round < 500; round++) {
      int n = 1 + r.nextInt(25);
      int[] gold = randomProjective(n, r);
      assertThat(followOracle(gold)).as("tree %s", java.util.Arrays.toString(gold)).containsExactly(gold);
    }
  }

  @Test
  void theOracleLosesOnlyTheLiftedArcsOfANonProjectiveTree() {
    // 1 -> 3, 2 -> 4 cross: lifting 2 gives a projective tree that the oracle rebuilds
    int[] gold = {-1, 0, 4, 1, 1};
    int[] lifts = new int[1];
    int[] projective = Projectivity.lift(gold, lifts);
    assertThat(lifts[0]).isEqualTo(1);
    for (int d = 1; d < projective.length; d++) {
      assertThat(Projectivity.projective(projective, d)).isTrue();
    }
    assertThat(followOracle(projective)).containsExactly(projective);
  }

  @Test
  void anySequenceOfLegalTransitionsEndsInATreeWithOneRootWord() {
    Random r = new Random(11);
    for (int round = 0; round < 500; round++) {
      int n = 1 + r.nextInt(30);
      ArcHybrid c = new ArcHybrid(n);
      int steps = 0;
      while (!c.terminal()) {
        int a;
        do {
          a = r.nextInt(ArcHybrid.ACTIONS);
        } while (!c.legal(a));
        c.apply(a, 0);
        steps++;
      }
      assertThat(steps).isEqualTo(2 * n);
      int roots = 0;
      for (int i = 1; i <= n; i++) {
        assertThat(c.head[i]).isBetween(0, n).isNotEqualTo(i);
        roots += c.head[i] == 0 ? 1 : 0;
        int x = i;
        for (int k = 0; k <= n && x != 0; k++) {
          x = c.head[x];
        }
        assertThat(x).as("word %d reaches the root", i).isZero();
      }
      assertThat(roots).isEqualTo(1);
    }
  }

  /** A random projective tree with one root word: each span's head takes subtrees to its left and right. */
  static int[] randomProjective(int n, Random r) {
    int[] heads = new int[n + 1];
    heads[0] = -1;
    build(1, n, 0, heads, r);
    return heads;
  }

  private static void build(int from, int to, int head, int[] heads, Random r) {
    if (from > to) {
      return;
    }
    int h = from + r.nextInt(to - from + 1);
    heads[h] = head;
    split(from, h - 1, h, heads, r);
    split(h + 1, to, h, heads, r);
  }

  /** Covers from..to with consecutive subtrees hanging from {@code head}. */
  private static void split(int from, int to, int head, int[] heads, Random r) {
    while (from <= to) {
      int end = from + r.nextInt(to - from + 1);
      build(from, end, head, heads, r);
      from = end + 1;
    }
  }
}
