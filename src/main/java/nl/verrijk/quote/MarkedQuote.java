package nl.verrijk.quote;

/**
 * What the quote sieves know of one quote in quote marks: the marks' tokens, its sentence and the
 * previous quote of that sentence.
 *
 * @param p the article's phrases
 * @param s the sentence
 * @param open the opening mark's token
 * @param close the closing mark's token
 * @param previous the previous quote in marks of the same sentence, or null
 * @param attribution the article's attribution so far
 */
record MarkedQuote(Phrases p, SentenceClauses s, int open, int close, QuoteDraft previous,
    QuoteAttribution attribution) {

  /** The number of tokens between the marks. */
  int words() {
    return close - open - 1;
  }

  /** Whether the quote opens its sentence (after a dateline, or before the sentence started). */
  boolean opensSentence() {
    return opensSentence(p, s, open);
  }

  /**
   * Whether a mark at {@code open} opens its sentence: at its start (after a dateline, or before the
   * sentence started), also behind the first half of a spaced double mark ({@code ' ' Wat …}).
   */
  static boolean opensSentence(Phrases p, SentenceClauses s, int open) {
    int first = open;
    while (first > s.start() && p.isMark(first - 1)) {
      first--;
    }
    return first == s.start() || open + 1 == s.begin();
  }
}
