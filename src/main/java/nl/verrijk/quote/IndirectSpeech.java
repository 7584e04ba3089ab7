package nl.verrijk.quote;

import nl.verrijk.model.Quote;
import nl.verrijk.model.TokenRange;
import nl.verrijk.model.Upos;

/**
 * Indirect speech: the content of each reporting clause outside quote marks, one quote per
 * coordinated {@code dat}-clause ({@code dat A, maar dat B}); content wholly inside quote marks is
 * left to the mark sieves unless the cue itself stands inside a quote.
 */
final class IndirectSpeech {

  private IndirectSpeech() {}

  /** Adds the sentence's indirect quotes to the attribution. */
  static void add(Phrases p, SentenceClauses s, QuoteAttribution attribution) {
    for (ReportingClause c : s.clauses()) {
      if (!c.hasContent() || ownQuote(p, c)) {
        continue;
      }
      if (c.beforeTo - c.beforeFrom >= 2 && !p.marks.coverWhole(c.beforeFrom, c.beforeTo)) {
        QuoteDraft d = attribution.draft(Quote.Kind.INDIRECT, new TokenRange(c.beforeFrom, c.beforeTo), s.index(), c.ruleName);
        d.attribute(c.cue, c.speakerStart, c.speakerEnd, c.ruleName);
        attribution.add(d);
      }
      int from = c.from;
      for (int k = c.from; k <= c.to; k++) {
        int skip = k >= c.to ? 0 : coordinatedDat(p, k, c.to);
        if (k == c.to || skip > 0) {
          if (k - from >= 3 && (!p.marks.coverWhole(from, k) || p.marks.inside(c.cue))) {
            QuoteDraft d = attribution.draft(Quote.Kind.INDIRECT, new TokenRange(from, k), s.index(), c.ruleName);
            d.attribute(c.cue, c.speakerStart, c.speakerEnd, c.ruleName);
            attribution.add(d);
          }
          if (k == c.to) {
            break;
          }
          from = k + skip;
          k = from - 1;
        }
      }
    }
  }

  /** A first-person clause inside quote marks ({@code "… Ik denk dat …"}): part of the speaker's own quote. */
  private static boolean ownQuote(Phrases p, ReportingClause c) {
    return c.speakerEnd - c.speakerStart == 1 && p.marks.inside(c.cue)
        && nl.verrijk.lang.DutchWords.firstPersonPronouns().contains(p.lower(c.speakerStart));
  }

  /** The tokens to skip when a new {@code dat}-clause starts at {@code k} ({@code , maar dat}, {@code en dat}), else 0. */
  private static int coordinatedDat(Phrases p, int k, int to) {
    if (p.isComma(k) && k + 2 < to && (p.is(k + 1, "maar") || p.is(k + 1, "en")) && p.is(k + 2, "dat")) {
      return 3;
    }
    return (p.isComma(k) || p.is(k, "en")) && k + 1 < to && p.is(k + 1, "dat") && p.upos(k + 1) == Upos.SCONJ
        ? 2 : 0;
  }
}
