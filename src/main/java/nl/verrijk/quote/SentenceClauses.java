package nl.verrijk.quote;

import java.util.List;

/**
 * One sentence as the quote rules see it: its token bounds and its reporting clauses.
 *
 * @param index the sentence index
 * @param begin the sentence's first token
 * @param start the first token after a dateline (the content start)
 * @param end the sentence end (exclusive)
 * @param clauses the reporting clauses, in token order
 */
record SentenceClauses(int index, int begin, int start, int end, List<ReportingClause> clauses) {

  /**
   * The sentence's first reporting clause whose cue and speaker lie outside the quote marks {@code
   * open}, {@code close} (a verb of saying inside a quote is not the quote's speaker), unless it is
   * a {@code Dat zei X} back reference; or null.
   */
  ReportingClause speakerClauseOutside(int open, int close) {
    for (ReportingClause c : clauses) {
      boolean inside = open < c.cue && c.cue < close || open < c.speakerStart && c.speakerStart < close;
      if (!inside) {
        return c.back ? null : c;
      }
    }
    return null;
  }
}
