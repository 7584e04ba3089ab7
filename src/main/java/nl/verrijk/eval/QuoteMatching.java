package nl.verrijk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verrijk.model.CharSpan;

/** The matching rules shared by the quote evaluations: word overlap of contents and speaker equality. */
public final class QuoteMatching {

  private QuoteMatching() {}

  /** The words of {@code text[span]} as spans, without surrounding punctuation. */
  static List<CharSpan> words(String text, CharSpan span) {
    List<CharSpan> words = new ArrayList<>();
    int i = span.begin();
    while (i < span.end()) {
      while (i < span.end() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < span.end() && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      int e = j;
      while (e > i && !Character.isLetterOrDigit(text.charAt(e - 1))) {
        e--;
      }
      if (e > i) {
        words.add(new CharSpan(i, e));
      }
      i = j;
    }
    return words;
  }

  /** Whether {@code predicted} covers at least half of the words of the gold content. */
  public static boolean contentMatches(String text, CharSpan gold, CharSpan predicted) {
    List<CharSpan> w = words(text, gold);
    if (w.isEmpty()) {
      return gold.overlaps(predicted);
    }
    long inside = w.stream().filter(predicted::contains).count();
    return inside * 2 >= w.size();
  }

  /** Lower case, without a leading article and surrounding punctuation. */
  public static String normalizeSpeaker(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    return t.replaceFirst("^(de|het|een|'t)\\s+", "");
  }

  /** Whether two speaker mentions are equal, ignoring case and a leading article; null equals null. */
  public static boolean sameMention(String gold, String predicted) {
    return gold == null ? predicted == null : predicted != null && normalizeSpeaker(gold).equals(normalizeSpeaker(predicted));
  }

  private static final java.util.Set<String> SURNAME_PARTICLES = java.util.Set.of("van", "de", "der", "den", "het",
      "ter", "ten", "te", "'t", "in", "op", "le", "la", "du", "di", "da", "von", "zu", "vanden", "vander", "vande",
      "el", "al", "bin", "ibn");

  /**
   * Whether a resolved speaker names the gold one: equal ignoring case and a leading article, or the
   * gold name's surname alone, a surname of several words included ({@code Van der Linden} for {@code
   * Jan van der Linden}, {@code De Clercq} for {@code Lieven De Clercq}).
   */
  public static boolean sameSpeaker(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == predicted;
    }
    String g = normalizeSpeaker(gold);
    String p = normalizeSpeaker(predicted);
    if (g.equals(p)) {
      return true;
    }
    String whole = predicted.strip().toLowerCase(Locale.ROOT);
    String fullGold = gold.strip().toLowerCase(Locale.ROOT);
    for (String candidate : new String[] {p, whole}) {
      String[] words = candidate.split("\\s+");
      boolean particlesOnly = true;
      for (int i = 0; i < words.length - 1; i++) {
        particlesOnly &= SURNAME_PARTICLES.contains(words[i]);
      }
      if (particlesOnly && !candidate.isEmpty() && (g.endsWith(" " + candidate) || fullGold.endsWith(" " + candidate))) {
        return true;
      }
    }
    return false;
  }
}
