package nl.verrijk.parse;

/**
 * Projectivity of dependency trees given as head arrays ({@code heads[i]} is the head of word
 * {@code i}, words {@code 1..n}, 0 the root, index 0 unused). The parser builds projective trees only;
 * its training trees are made projective by lifting (Kahane, Nasr and Rambow 1998; Nivre and Nilsson
 * 2005 without the label encoding): the shortest non-projective arc's dependent moves up to its
 * grandparent until no crossing arc is left.
 */
final class Projectivity {

  private Projectivity() {}

  /** Whether the arc into {@code d} is projective: every word between d and its head descends from the head. */
  static boolean projective(int[] heads, int d) {
    int h = heads[d];
    int lo = Math.min(h, d);
    int hi = Math.max(h, d);
    for (int k = lo + 1; k < hi; k++) {
      if (!descends(heads, k, h)) {
        return false;
      }
    }
    return true;
  }

  private static boolean descends(int[] heads, int k, int ancestor) {
    int x = k;
    for (int steps = 0; steps < heads.length && x > 0; steps++) {
      x = heads[x];
      if (x == ancestor) {
        return true;
      }
    }
    return ancestor == 0;
  }

  /** Returns a projective copy of the tree, lifting arcs; the number of lifts is added to {@code lifts[0]}. */
  static int[] lift(int[] heads, int[] lifts) {
    int[] h = heads.clone();
    while (true) {
      int shortest = -1;
      for (int d = 1; d < h.length; d++) {
        if (!projective(h, d) && (shortest < 0 || Math.abs(h[d] - d) < Math.abs(h[shortest] - shortest))) {
          shortest = d;
        }
      }
      if (shortest < 0) {
        return h;
      }
      h[shortest] = h[h[shortest]];
      lifts[0]++;
    }
  }
}
