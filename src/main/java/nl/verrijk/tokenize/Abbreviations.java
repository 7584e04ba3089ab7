package nl.verrijk.tokenize;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/** Dutch abbreviations that keep their final period, and those that may also end a sentence. */
public final class Abbreviations {

  /** Abbreviations (lower case, without the final period) whose period belongs to the word. */
  private static final ImmutableSet<String> KNOWN = ImmutableSet.of(
      "dr", "drs", "mr", "mevr", "mw", "dhr", "hr", "prof", "ir", "ing", "ds", "st", "sr", "jr", "pater",
      "nr", "nrs", "blz", "pag", "bv", "bijv", "enz", "etc", "ca", "vs", "resp", "incl", "excl", "zgn",
      "jl", "vnl", "evt", "cq", "mln", "mld", "mrd", "max", "min", "gem", "afb", "fig", "tel", "vgl",
      "ong", "febr", "aug", "sept", "okt", "nov", "dec", "mgr", "kard", "plv", "secr", "wnd", "lt",
      "kol", "gen", "adm", "art", "hfst", "par", "red", "vert", "uitg", "co", "inc", "ltd", "corp",
      "bros", "mrs", "ms", "mme", "mlle", "chr", "kl", "km", "mm", "cm", "kg", "gr", "sec", "ha",
      "afd", "dir", "dept", "prov", "mej", "jhr", "vz");

  /** Abbreviations after which a capital usually starts a new sentence. */
  private static final ImmutableSet<String> CAN_END = ImmutableSet.of(
      "enz", "etc", "e.d", "e.a", "e.v", "jl", "resp", "mln", "mld", "mrd", "co", "inc", "ltd", "corp",
      "km", "kg", "cm", "mm", "sec", "ha", "chr");

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
