package nl.verrijk.lang;

import com.google.common.collect.ImmutableList;

/**
 * Recognises the lines of a Dutch news page that are furniture by how they open ({@code Lees ook:},
 * {@code Deel dit artikel}, {@code Foto: ANP}, {@code Wij gebruiken cookies}), from
 * {@code furniture-lines.txt}. Used by the HTML reader and the structure reader alike.
 */
public final class FurnitureLines {

  private static final ImmutableList<String> OPENINGS = WordList.lines("furniture-lines.txt");

  private FurnitureLines() {}

  /** Whether a line (or a line's start) opens as page furniture does. */
  public static boolean opensFurniture(String text, int begin, int end) {
    for (String o : OPENINGS) {
      int after = begin + o.length();
      if (after <= end && text.regionMatches(true, begin, o, 0, o.length())
          && (after == end || boundary(text.charAt(after)) || !Character.isLetterOrDigit(o.charAt(o.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a whole line opens as page furniture does. */
  public static boolean opensFurniture(String line) {
    return opensFurniture(line, 0, line.length());
  }

  private static boolean boundary(char c) {
    return Character.isWhitespace(c) || c == ':' || c == '?' || c == '!' || c == '-' || c == '–' || c == '|' || c == '>' || c == '»'
        || c == '\u00a0';
  }
}
