package nl.verrijk.text;

/**
 * The one definition of whitespace and of a line break that the tokenizer, the sentence splitter,
 * the structure reader and the quote attributor share.
 */
public final class Chars {

  private Chars() {}

  /**
   * Whether a character separates tokens: ASCII controls and space, C1 controls, Unicode spaces,
   * and the invisible marks that pages leave between words (BOM, zero-width space, direction marks,
   * word joiner).
   */
  public static boolean isSpace(char c) {
    if (c <= ' ') {
      return true;
    }
    if (c < 0x7F) {
      return false;
    }
    return c <= 0x9F || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\uFEFF' || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u2060';
  }

  /** Whether a character ends a line: {@code \n}, {@code \r}, the line and the paragraph separator. */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Whether a run of characters holds a line break. */
  public static boolean hasLineBreak(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isLineBreak(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The first offset in {@code [b, e)} that is not a space, or {@code e}. */
  public static int skipSpace(CharSequence text, int b, int e) {
    while (b < e && isSpace(text.charAt(b))) {
      b++;
    }
    return b;
  }

  /** The end of {@code [b, e)} without the spaces it ends in. */
  public static int trimEnd(CharSequence text, int b, int e) {
    while (e > b && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
