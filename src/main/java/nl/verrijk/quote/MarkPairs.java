package nl.verrijk.quote;

import java.util.List;

/**
 * The quote-mark pairs of an article, sorted by where they open, with what the rules ask of them
 * (is a token quoted, is a span quoted whole, does another pair enclose this one) answered by binary
 * search on the opening marks and the furthest close so far: no question scans every pair, so a
 * long text with thousands of quotes costs no more per quote than a short one.
 */
final class MarkPairs {

  private final List<MarkPair> pairs;
  /** The furthest close among {@code pairs[0..i]}. */
  private final int[] furthestClose;

  /** The index over pairs already sorted by their opening mark. */
  MarkPairs(List<MarkPair> sortedByOpen) {
    this.pairs = List.copyOf(sortedByOpen);
    this.furthestClose = new int[pairs.size()];
    int far = Integer.MIN_VALUE;
    for (int i = 0; i < pairs.size(); i++) {
      far = Math.max(far, pairs.get(i).close());
      furthestClose[i] = far;
    }
  }

  /** The pairs whose opening mark lies in {@code [from, to)}, in order. */
  List<MarkPair> openingIn(int from, int to) {
    return pairs.subList(firstOpeningAtOrAfter(from), Math.max(firstOpeningAtOrAfter(from), firstOpeningAtOrAfter(to)));
  }

  /** Whether token {@code k} lies between a pair of quote marks (a report inside a quote). */
  boolean inside(int k) {
    return closesAfter(firstOpeningAtOrAfter(k), k + 1);
  }

  /** Whether quote marks cover the whole of {@code [from, to)} (or open right at it). */
  boolean coverWhole(int from, int to) {
    int atBefore = firstOpeningAtOrAfter(from - 1);
    boolean opensRightBefore = atBefore < pairs.size() && pairs.get(atBefore).open() == from - 1;
    return opensRightBefore || closesAfter(firstOpeningAtOrAfter(from + 1), to - 1);
  }

  /** Whether another pair, opening before it, encloses {@code p}. */
  boolean enclosed(MarkPair p) {
    return closesAfter(firstOpeningAtOrAfter(p.open()), p.close() + 1);
  }

  /** Whether one of the first {@code n} pairs closes at or after token {@code k}. */
  private boolean closesAfter(int n, int k) {
    return n > 0 && furthestClose[n - 1] >= k;
  }

  private int firstOpeningAtOrAfter(int token) {
    int lo = 0;
    int hi = pairs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs.get(mid).open() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
