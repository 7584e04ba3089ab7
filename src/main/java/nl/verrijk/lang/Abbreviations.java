package nl.verrijk.lang;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/** Dutch abbreviations that keep their final period, and those that may also end a sentence. */
public final class Abbreviations {

  /** Abbreviations (lower case, without the final period) whose period belongs to the word. */
  private static final ImmutableSet<String> KNOWN = WordList.set("abbreviations.txt");

  /** Abbreviations after which a capital usually starts a new sentence. */
  private static final ImmutableSet<String> CAN_END = WordList.set("sentence-final-abbreviations.txt");

  private Abbreviations() {}

  /**
   * Returns whether {@code word}, ending in a period, is an abbreviation: a known one, a single
   * letter (an initial) or single letters joined by periods ({@code o.a.}, {@code J.P.}).
   */
  public static boolean isAbbreviation(CharSequence word) {
    int n = word.length();
    if (n < 2 || word.charAt(n - 1) != '.') {
      return false;
    }
    if (isLetterDotChain(word)) {
      return true;
    }
    return KNOWN.contains(word.subSequence(0, n - 1).toString().toLowerCase(Locale.ROOT));
  }

  /** Returns whether an abbreviation token may end a sentence when a capital follows. */
  public static boolean canEndSentence(CharSequence word) {
    int n = word.length();
    return n >= 2 && word.charAt(n - 1) == '.'
        && CAN_END.contains(word.subSequence(0, n - 1).toString().toLowerCase(Locale.ROOT));
  }

  /** Returns whether the token is a single letter with a period: an initial such as {@code J.}. */
  public static boolean isInitial(CharSequence word) {
    return word.length() == 2 && Character.isLetter(word.charAt(0)) && word.charAt(1) == '.';
  }

  private static boolean isLetterDotChain(CharSequence w) {
    // l.  l.l.  l.l.l. — single letters each followed by a period
    if (w.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < w.length(); i += 2) {
      if (!Character.isLetter(w.charAt(i)) || w.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }
}
