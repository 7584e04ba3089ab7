package nl.verrijk.parse;

import java.util.List;
import java.util.Locale;

/**
 * The features of the parser's two classifiers, hashed to 64 bits: the transition classifier reads
 * the words, tags, lemmas, children, valencies and distances around the top of the stack and the
 * front of the buffer (after Zhang and Nivre 2011); the relation classifier reads a new arc's
 * dependent, with its finished subtree, and its head. One per parse; not thread-safe.
 */
final class Features {

  private static final long NONE = hash("<none>");
  private static final long ROOT = hash("<root>");

  /** The largest number of features either classifier asks for (twice the templates, for {@link #older}). */
  static final int MAX = 256;

  private static final long OLDER = hash("<older release>");

  private final long[] word;
  private final long[] pos;
  private final long[] xpos;
  private final long[] lemma;
  private final long[] out = new long[MAX];
  private int count;
  private boolean older;
  /** The positions the last {@link #transition} read: stack, buffer, outer children (-1 for none). */
  private int s0;
  private int s1;
  private int s2;
  private int b0;
  private int b1;
  private int b2;
  private int b3;
  private int s0l;
  private int s0r;
  private int s0l2;
  private int s0r2;
  private int s1l;
  private int s1r;
  private int b0l;
  private int b0l2;

  /** Hashes the attributes of a sentence's words (index 0 is the root). */
  Features(List<String> forms, List<String> upos, List<String> xposTags, List<String> lemmas) {
    int n = forms.size();
    word = new long[n + 1];
    pos = new long[n + 1];
    xpos = new long[n + 1];
    lemma = new long[n + 1];
    word[0] = pos[0] = xpos[0] = lemma[0] = ROOT;
    for (int i = 0; i < n; i++) {
      word[i + 1] = hash(forms.get(i).toLowerCase(Locale.ROOT));
      pos[i + 1] = hash(upos.get(i));
      xpos[i + 1] = hash(xposTags.get(i));
      lemma[i + 1] = hash(lemmas.get(i));
    }
  }

  /**
   * Training on a sentence of the older treebank release: each feature gets a copy of its own for that
   * release, which absorbs where its conventions differ (Daumé III's "frustratingly easy domain
   * adaptation"); parsing never sets it, so only the shared features are used.
   */
  Features older(boolean older) {
    this.older = older;
    return this;
  }

  private void finishOlder() {
    if (older) {
      for (int i = 0; i < count; i++) {
        out[count + i] = mix(out[i], OLDER) | Long.MIN_VALUE;
      }
      count *= 2;
    }
  }

  /** The features of the last {@link #transition} or {@link #relation} call. */
  long[] values() {
    return out;
  }

  /** How many features the last call produced. */
  int count() {
    return count;
  }

  private long w(int i) {
    return i < 0 ? NONE : word[i];
  }

  private long p(int i) {
    return i < 0 ? NONE : pos[i];
  }

  private long x(int i) {
    return i < 0 ? NONE : xpos[i];
  }

  private long l(int i) {
    return i < 0 ? NONE : lemma[i];
  }

  private static long label(ArcHybrid c, int i) {
    return i < 0 ? NONE : 0x51ed27L + c.label[i];
  }

  private static long distance(int a, int b) {
    if (a < 0 || b < 0) {
      return NONE;
    }
    int d = Math.abs(a - b);
    return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
  }

  private static long valency(int v) {
    return Math.min(v, 4);
  }

  /** Whether a feature is one of the older release's own copies (negative), which a shipped model leaves out. */
  static boolean olderOnly(long feature) {
    return feature < 0;
  }

  private void put(long feature) {
    long f = feature & Long.MAX_VALUE;
    out[count++] = f == 0 ? 1 : f;
  }

  private void add(int template, long a) {
    put(mix(template, a));
  }

  private void add(int template, long a, long b) {
    put(mix(mix(template, a), b));
  }

  private void add(int template, long a, long b, long c) {
    put(mix(mix(mix(template, a), b), c));
  }

  private void add(int template, long a, long b, long c, long d) {
    put(mix(mix(mix(mix(template, a), b), c), d));
  }

  /** Computes the features of the transition to take in configuration {@code c}. */
  void transition(ArcHybrid c) {
    count = 0;
    window(c);
    words();
    pairs();
    distancesAndValencies(c);
    children(c);
    lemmas(c);
    finishOlder();
  }

  /** Reads the positions around the top of the stack and the front of the buffer, and their outer children. */
  private void window(ArcHybrid c) {
    s0 = c.stack(0);
    s1 = c.stack(1);
    s2 = c.stack(2);
    b0 = c.buffer(0);
    b1 = c.buffer(1);
    b2 = c.buffer(2);
    b3 = c.buffer(3);
    s0l = s0 < 0 ? -1 : c.leftmost[s0];
    s0r = s0 < 0 ? -1 : c.rightmost[s0];
    s0l2 = s0 < 0 ? -1 : c.leftmost2[s0];
    s0r2 = s0 < 0 ? -1 : c.rightmost2[s0];
    s1l = s1 < 0 ? -1 : c.leftmost[s1];
    s1r = s1 < 0 ? -1 : c.rightmost[s1];
    b0l = b0 < 0 ? -1 : c.leftmost[b0];
    b0l2 = b0 < 0 ? -1 : c.leftmost2[b0];
  }

  /** The words and tags of the stack's top three and the buffer's front four, one by one. */
  private void words() {
    add(1, w(s0));
    add(2, p(s0));
    add(3, x(s0));
    add(4, w(s0), p(s0));
    add(5, w(s1));
    add(6, p(s1));
    add(7, x(s1));
    add(8, w(s1), p(s1));
    add(9, p(s2));
    add(10, x(s2));
    add(11, w(b0));
    add(12, p(b0));
    add(13, x(b0));
    add(14, w(b0), p(b0));
    add(15, w(b1));
    add(16, p(b1));
    add(17, x(b1));
    add(18, w(b1), p(b1));
    add(19, p(b2));
    add(20, w(b2));
    add(21, p(b3));
  }

  /** Pairs and triples of them, with the tags of the outer children. */
  private void pairs() {
    add(22, w(s0), p(s0), w(b0), p(b0));
    add(23, w(s0), p(s0), w(b0));
    add(24, w(s0), w(b0), p(b0));
    add(25, w(s0), p(s0), p(b0));
    add(26, p(s0), w(b0), p(b0));
    add(27, w(s0), w(b0));
    add(28, p(s0), p(b0));
    add(29, x(s0), x(b0));
    add(30, p(s1), p(s0));
    add(31, x(s1), x(s0));
    add(32, w(s1), w(s0));
    add(33, w(s1), p(s1), p(s0));
    add(34, p(s1), w(s0), p(s0));
    add(35, w(s1), p(s1), w(s0), p(s0));
    add(36, p(b0), p(b1));
    add(37, x(b0), x(b1));
    add(38, p(s1), p(b0));
    add(39, p(b0), p(b1), p(b2));
    add(40, p(s0), p(b0), p(b1));
    add(41, p(s1), p(s0), p(b0));
    add(42, p(s2), p(s1), p(s0));
    add(43, x(s1), x(s0), x(b0));
    add(44, p(s0), p(s0l), p(b0));
    add(45, p(s0), p(s0r), p(b0));
    add(46, p(s0), p(b0), p(b0l));
    add(47, p(s1), p(s1r), p(s0));
    add(48, p(s1), p(s0), p(s0l));
    add(49, p(s1), p(s0), p(s0r));
    add(50, p(s1), p(s1l), p(s0));
  }

  /** The distances between them, and the valencies and child labels of the tops of stack and buffer. */
  private void distancesAndValencies(ArcHybrid c) {
    long d0 = distance(s0, b0);
    long d1 = distance(s1, s0);
    add(51, w(s0), d0);
    add(52, p(s0), d0);
    add(53, w(b0), d0);
    add(54, p(b0), d0);
    add(55, p(s0), p(b0), d0);
    add(56, p(s1), p(s0), d1);
    add(57, w(s1), w(s0), d1);
    add(58, x(s1), x(s0), d1);
    if (s0 >= 0) {
      add(59, w(s0), valency(c.lefts[s0]));
      add(60, p(s0), valency(c.lefts[s0]));
      add(61, w(s0), valency(c.rights[s0]));
      add(62, p(s0), valency(c.rights[s0]));
      add(63, w(s0), c.leftLabels[s0]);
      add(64, p(s0), c.leftLabels[s0]);
      add(65, w(s0), c.rightLabels[s0]);
      add(66, p(s0), c.rightLabels[s0]);
    }
    if (b0 >= 0) {
      add(67, w(b0), valency(c.lefts[b0]));
      add(68, p(b0), valency(c.lefts[b0]));
      add(69, w(b0), c.leftLabels[b0]);
      add(70, p(b0), c.leftLabels[b0]);
    }
    if (s1 >= 0) {
      add(71, p(s1), valency(c.rights[s1]));
      add(72, p(s1), valency(c.lefts[s1]));
      add(73, p(s1), c.rightLabels[s1]);
      add(74, p(s1), c.leftLabels[s1]);
    }
  }

  /** The outer children and their labels, alone and with their parents' tags. */
  private void children(ArcHybrid c) {
    add(75, w(s0l));
    add(76, p(s0l));
    add(77, label(c, s0l));
    add(78, w(s0r));
    add(79, p(s0r));
    add(80, label(c, s0r));
    add(81, w(b0l));
    add(82, p(b0l));
    add(83, label(c, b0l));
    add(84, w(s1r));
    add(85, p(s1r));
    add(86, label(c, s1r));
    add(87, p(s1l));
    add(88, label(c, s1l));
    add(89, p(s0l2));
    add(90, label(c, s0l2));
    add(91, p(s0r2));
    add(92, label(c, s0r2));
    add(93, p(b0l2));
    add(94, label(c, b0l2));
    add(95, p(s0), p(s0l), p(s0l2));
    add(96, p(s0), p(s0r), p(s0r2));
    add(97, p(b0), p(b0l), p(b0l2));
  }

  /** The lemmas, and the fine tags with the labels of the top's children. */
  private void lemmas(ArcHybrid c) {
    add(98, l(s0));
    add(99, l(b0));
    add(100, l(s1));
    add(101, l(s0), l(b0));
    add(102, l(s1), l(s0));
    add(103, x(s0), label(c, s0l), x(b0));
    add(104, x(s1), x(s0), label(c, s0l));
    add(105, p(s0), label(c, s0l), label(c, s0r), p(b0));
  }

  /** Computes the features of the relation of a new arc from {@code h} to {@code d}, d's subtree finished. */
  void relation(ArcHybrid c, int h, int d) {
    count = 0;
    long dir = h < d ? 1 : 2;
    long dist = distance(h, d);
    int dl = c.leftmost[d];
    int dr = c.rightmost[d];
    add(201, dir);
    add(202, p(d), dir);
    add(203, x(d), dir);
    add(204, w(d), dir);
    add(205, l(d), dir);
    add(206, p(h), dir);
    add(207, x(h), dir);
    add(208, w(h), dir);
    add(209, l(h), dir);
    add(210, p(d), p(h), dir);
    add(211, x(d), x(h), dir);
    add(212, w(d), p(h), dir);
    add(213, p(d), w(h), dir);
    add(214, l(d), l(h), dir);
    add(215, x(d), p(h), dir);
    add(216, p(d), x(h), dir);
    add(217, w(d), x(h), dir);
    add(218, x(d), l(h), dir);
    add(219, p(d), p(h), dist, dir);
    add(220, x(d), dist, dir);
    add(221, c.leftLabels[d], p(d));
    add(222, c.rightLabels[d], p(d));
    add(223, c.leftLabels[d], p(h), dir);
    add(224, c.rightLabels[d], p(d), p(h));
    add(225, w(dl), label(c, dl), p(d));
    add(226, w(dl), label(c, dl), p(h), dir);
    add(227, l(dl), label(c, dl), x(h), dir);
    add(228, w(dr), label(c, dr), p(d));
    add(229, c.leftLabels[h], p(d), dir);
    add(230, c.rightLabels[h], p(d), dir);
    add(231, c.leftLabels[h], c.rightLabels[h], x(h), p(d));
    add(232, p(d), p(d + 1 <= c.n ? d + 1 : -1), p(h));
    add(233, p(d), p(d - 1), p(h));
    add(234, w(d), w(h), dir);
    add(235, x(d), x(h), dist, dir);
    add(236, w(dl), w(d), p(h), dir);
    finishOlder();
  }

  /** A 64-bit hash of a string (FNV-1a, mixed). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  private static long mix(long a, long b) {
    long h = finish(a * 0x9E3779B97F4A7C15L + b);
    return h == 0 ? 1 : h;
  }

  private static long finish(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
