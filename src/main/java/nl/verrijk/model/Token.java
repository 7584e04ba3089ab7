package nl.verrijk.model;

import java.util.Objects;

/**
 * One token: its text, its place in the original text, the whitespace that follows it, and the
 * word-level layers (lemma, part of speech, search stem, dependency) once an annotator has filled
 * them; an unfilled layer is {@code null}.
 *
 * @param index position in the article's token list
 * @param text the characters of the token, exactly as in the original text
 * @param begin offset of the first character in the original text
 * @param end offset after the last character
 * @param whitespaceAfter the characters between this token and the next (or the end of the text)
 * @param lemma dictionary form, or null before lemmatisation
 * @param upos Universal Dependencies part of speech, or null before tagging
 * @param xpos Alpino/CGN part-of-speech tag, or null before tagging
 * @param stem Lucene Dutch search stem, or null before stemming
 * @param head the article index of the token this one depends on, {@code -1} for the root of its
 *     sentence, or null before parsing
 * @param deprel the Universal Dependencies relation to the head ({@code nsubj}, {@code obj},
 *     {@code root}, ...), or null before parsing
 */
public record Token(
    int index,
    String text,
    int begin,
    int end,
    String whitespaceAfter,
    String lemma,
    Upos upos,
    String xpos,
    String stem,
    Integer head,
    String deprel) {

  /** Checks that the token is non-empty and its text fits its offsets. */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(whitespaceAfter, "whitespaceAfter");
    if (begin < 0 || end <= begin || end - begin != text.length() || index < 0) {
      throw new IllegalArgumentException(
          "token " + index + " '" + text + "' does not fit offsets " + begin + ".." + end);
    }
    if ((head == null) != (deprel == null) || head != null && (head < -1 || head == index)) {
      throw new IllegalArgumentException("token " + index + " '" + text + "' has head " + head + " and relation "
          + deprel + "; both are set or neither, and a token is not its own head");
    }
  }

  /** Creates a token with no word-level layers yet. */
  public static Token of(int index, String text, int begin, String whitespaceAfter) {
    return new Token(index, text, begin, begin + text.length(), whitespaceAfter, null, null, null, null, null, null);
  }

  /** Returns the character span of the token. */
  public CharSpan span() {
    return new CharSpan(begin, end);
  }

  /** Returns the text followed by its whitespace, as spaCy's {@code text_with_ws}. */
  public String textWithWhitespace() {
    return text + whitespaceAfter;
  }

  /** Returns a copy with the part-of-speech tags set. */
  public Token withPos(Upos upos, String xpos) {
    return new Token(index, text, begin, end, whitespaceAfter, lemma, upos, xpos, stem, head, deprel);
  }

  /** Returns a copy with the lemma set. */
  public Token withLemma(String lemma) {
    return new Token(index, text, begin, end, whitespaceAfter, lemma, upos, xpos, stem, head, deprel);
  }

  /** Returns a copy with the search stem set. */
  public Token withStem(String stem) {
    return new Token(index, text, begin, end, whitespaceAfter, lemma, upos, xpos, stem, head, deprel);
  }

  /** Returns a copy with the dependency set: the article index of the head ({@code -1} for the root) and the relation. */
  public Token withDependency(int head, String deprel) {
    return new Token(index, text, begin, end, whitespaceAfter, lemma, upos, xpos, stem, head,
        Objects.requireNonNull(deprel, "deprel must not be null"));
  }

  /** Returns a copy with the text's whitespace after it replaced (the last token of a text read back). */
  public Token withWhitespaceAfter(String whitespaceAfter) {
    return new Token(index, text, begin, end, whitespaceAfter, lemma, upos, xpos, stem, head, deprel);
  }

  /** Whether the token is the root of its sentence's dependency tree. */
  public boolean isRoot() {
    return head != null && head == -1;
  }

  /** Reads as {@code Rutte/PROPN@12..17}, or {@code Rutte@12..17} before tagging. */
  @Override
  public String toString() {
    return text + (upos == null ? "" : "/" + upos) + "@" + begin + ".." + end;
  }
}
