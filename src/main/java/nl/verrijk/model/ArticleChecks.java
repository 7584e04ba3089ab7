package nl.verrijk.model;

import java.util.List;

/** The checks of the {@link Article} constructor: tokens in order inside the text, sentences over the tokens. */
final class ArticleChecks {

  private ArticleChecks() {}

  /** Refuses tokens out of order, outside the text or not matching it. */
  static void checkTokens(String text, List<Token> tokens) {
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.index() != i) {
        throw new IllegalArgumentException("token " + t + " has index " + t.index() + ", expected " + i);
      }
      if (t.begin() < previousEnd || t.end() > text.length()) {
        throw new IllegalArgumentException("token " + t + " overlaps its predecessor or runs past the text");
      }
      if (!text.regionMatches(t.begin(), t.text(), 0, t.text().length())) {
        throw new IllegalArgumentException("token " + t + " does not match the text at its offsets");
      }
      int next = i + 1 < tokens.size() ? tokens.get(i + 1).begin() : text.length();
      if (next < t.end() || !text.regionMatches(t.end(), t.whitespaceAfter(), 0, next - t.end())
          || t.whitespaceAfter().length() != next - t.end()) {
        throw new IllegalArgumentException("token " + t + " has whitespaceAfter that is not the text "
            + "up to the next token");
      }
      previousEnd = t.end();
    }
  }

  /** Refuses sentences that do not cover the tokens in order. */
  static void checkSentences(List<Token> tokens, List<Sentence> sentences) {
    int expected = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      TokenRange r = s.tokens();
      if (s.index() != i || r.start() != expected || r.size() == 0 || r.end() > tokens.size()) {
        throw new IllegalArgumentException("sentence " + s + " does not follow sentence " + (i - 1)
            + " or covers no tokens");
      }
      if (s.span().begin() != tokens.get(r.start()).begin() || s.span().end() != tokens.get(r.end() - 1).end()) {
        throw new IllegalArgumentException("sentence " + s + " span does not match its tokens");
      }
      for (int t = r.start(); t < r.end(); t++) {
        Integer h = tokens.get(t).head();
        if (h != null && h != -1 && (h < r.start() || h >= r.end())) {
          throw new IllegalArgumentException("token " + tokens.get(t) + " has head " + h + " outside its sentence "
              + s.index() + " (tokens " + r + ")");
        }
      }
      expected = r.end();
    }
    if (!sentences.isEmpty() && expected != tokens.size()) {
      throw new IllegalArgumentException("sentences cover " + expected + " of " + tokens.size() + " tokens");
    }
  }
}
