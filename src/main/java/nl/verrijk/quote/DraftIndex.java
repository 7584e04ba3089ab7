package nl.verrijk.quote;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verrijk.model.Quote;

/**
 * An article's quote drafts in text order, as the speaker resolver walks them: each draft's
 * position, and which drafts lie inside a direct quote (speech nested in it), found in one pass.
 */
final class DraftIndex {

  private final List<QuoteDraft> drafts;
  private Set<QuoteDraft> nested;
  private Map<QuoteDraft, Integer> index;
  private int[] quoteBegins;
  private int[] quoteEnds;

  /** An index over drafts sorted by where their content begins. */
  DraftIndex(List<QuoteDraft> drafts) {
    this.drafts = drafts;
  }

  /** The position of a draft in text order. */
  int indexOf(QuoteDraft d) {
    if (index == null) {
      index = new IdentityHashMap<>();
      for (int i = 0; i < drafts.size(); i++) {
        index.put(drafts.get(i), i);
      }
    }
    return index.getOrDefault(d, -1);
  }

  /** Whether a draft lies inside another, direct quote's content: speech nested in a direct quote. */
  boolean nested(QuoteDraft o) {
    if (nested == null) {
      markNested();
    }
    return nested.contains(o);
  }

  /**
   * Marks every draft nested in a direct quote, in one pass over the drafts in text order: the
   * furthest end of the direct quotes that begin before it, or at the same place and end later.
   */
  private void markNested() {
    nested = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    int before = -1; // the furthest end of the direct quotes beginning before the current group
    for (int i = 0; i < drafts.size(); ) {
      int j = i;
      int group = -1;
      while (j < drafts.size() && drafts.get(j).contentBegin == drafts.get(i).contentBegin) {
        if (drafts.get(j).kind == Quote.Kind.DIRECT) {
          group = Math.max(group, drafts.get(j).contentEnd);
        }
        j++;
      }
      for (int k = i; k < j; k++) {
        QuoteDraft o = drafts.get(k);
        if (before >= o.contentEnd || group > o.contentEnd) {
          nested.add(o);
        }
      }
      before = Math.max(before, group);
      i = j;
    }
  }

  /** Whether a mention lies inside some draft's content (said within a quote, not of the article). */
  boolean insideQuote(nl.verrijk.model.Mention m) {
    if (quoteBegins == null) {
      indexQuotes();
    }
    int lo = 0;
    int hi = quoteBegins.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quoteBegins[mid] <= m.span().begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && m.span().end() <= quoteEnds[lo - 1];
  }

  /** The quotes' contents as disjoint sorted intervals (overlapping ones merged), for binary search. */
  private void indexQuotes() {
    List<int[]> spans = new java.util.ArrayList<>();
    drafts.stream().map(q -> new int[] {q.contentBegin, q.contentEnd})
        .sorted(java.util.Comparator.comparingInt(x -> x[0])).forEach(x -> {
          if (!spans.isEmpty() && x[0] < spans.get(spans.size() - 1)[1]) {
            int[] last = spans.get(spans.size() - 1);
            last[1] = Math.max(last[1], x[1]);
          } else {
            spans.add(x);
          }
        });
    quoteBegins = spans.stream().mapToInt(x -> x[0]).toArray();
    quoteEnds = spans.stream().mapToInt(x -> x[1]).toArray();
  }
}
