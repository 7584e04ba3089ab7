package nl.verrijk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.verrijk.lang.Abbreviations;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.model.CharSpan;

/**
 * Where the tokens of Dutch news text begin and end, as one left-to-right scan without regular
 * expressions: the rules of the tokenizer ({@code tokenize.RuleBasedTokenizer}), here so that every
 * layer that cuts text (the entity recognizer's name lists too) cuts it the same way.
 * It keeps together what belongs together in Dutch ({@code 134.803}, {@code 2,5}, {@code 14.30},
 * {@code 5%}, {@code EU-buitenlandchef}, {@code 16-}, {@code auto's}, {@code zo'n}, {@code 't},
 * {@code 's-Hertogenbosch}, {@code o.a.}, {@code J.P.}, {@code SP.A}, {@code en/of}, URLs, e-mail
 * addresses, {@code @handles} and {@code #tags}) and splits what page text glued together
 * ({@code geledenBRUSSEL}, {@code ANP/RTR}, {@code zei:"Wij}). Stateless and thread-safe.
 */
public final class TokenSpans {

  private TokenSpans() {}

  /** Returns the token spans of {@code text}, in order and non-overlapping. */
  public static List<CharSpan> of(String text) {
    Objects.requireNonNull(text, "text must not be null");
    Spans out = new Spans(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Chars.isSpace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Chars.isSpace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        splitChunk(text, i, j, out);
      }
      i = j;
    }
    return out.toList();
  }



  private static void splitChunk(String s, int b, int e, Spans out) {
    boolean hasAt = hasAt(s, b, e);
    int p = b;
    int word = -1;
    while (p < e) {
      if (word < 0) {
        int special = specialEnd(s, p, e, hasAt);
        if (special > p) {
          out.add(p, special);
          p = special;
          continue;
        }
      }
      int cp = s.codePointAt(p);
      if (isWordChar(cp)) {
        if (word >= 0 && isGlueJunction(s, p, e)) {
          out.add(word, p);
          word = -1;
        }
        if (word < 0) {
          word = p;
        }
        p += Character.charCount(cp);
        continue;
      }
      char c = s.charAt(p);
      if (word >= 0) {
        if (joinsWord(s, word, p, e)) {
          p++;
          continue;
        }
        if (c == '.' && Abbreviations.isAbbreviation(s.subSequence(word, p + 1))) {
          out.add(word, p + 1);
          word = -1;
          p++;
          continue;
        }
        boolean keep = (isHyphen(c) && (p + 1 == e || isClosing(s.charAt(p + 1))))
            || (c == '%' && Character.isDigit(s.charAt(p - 1)));
        if (keep) {
          out.add(word, p + 1);
          word = -1;
          p++;
          continue;
        }
        out.add(word, p);
        word = -1;
      }
      int q = punctuationEnd(s, p, e);
      out.add(p, q);
      p = q;
    }
    if (word >= 0) {
      out.add(word, e);
    }
  }

  /** Whether the chunk [b, e) holds an {@code @}: looked for in the chunk only, so the cost stays linear in the text. */
  private static boolean hasAt(String s, int b, int e) {
    for (int i = b; i < e; i++) {
      if (s.charAt(i) == '@') {
        return true;
      }
    }
    return false;
  }

  /** Letters, digits, marks, other numbers (², ½), the underscore and the degree sign. */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    if (Character.isLetterOrDigit(cp) || cp == '°') {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
  }

  private static boolean isWordCharAt(String s, int p, int e) {
    return p < e && isWordChar(s.codePointAt(p));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isClosing(char c) {
    return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u201D'
        || c == '\u2019';
  }

  /** Whether the non-word character at {@code p} joins the word begun at {@code word} with what follows. */
  /** Whether [b, e) is letters in capitals only ({@code NAM}, {@code KNVB}). */
  private static boolean isAcronym(String s, int b, int e) {
    for (int i = b; i < e; i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean joinsWord(String s, int word, int p, int e) {
    char c = s.charAt(p);
    if (!isWordCharAt(s, p + 1, e)) {
      return false;
    }
    char prev = s.charAt(p - 1);
    char next = s.charAt(p + 1);
    switch (c) {
      case '.':
        // wereld.Het and de NAM.Uit cijfers were glued; o.a., SP.A, 134.803, nu.nl are words
        return !(Character.isLowerCase(prev) && Character.isUpperCase(next) && p - word >= 2)
            && !(p - word >= 2 && isAcronym(s, word, p) && Character.isUpperCase(next) && p + 2 < e
                && Character.isLowerCase(s.charAt(p + 2)));
      case ',':
      case ':':
        return Character.isDigit(prev) && Character.isDigit(next);
      case '-':
      case '\u2010':
      case '\u2011':
      case '&':
      case '+':
        return true;
      case '\'':
      case '\u2019':
        return Character.isLetter(prev) && Character.isLetter(next);
      case '/':
        return !(isCapitalWord(s, word, p) && isCapitalWord(s, p + 1, runEnd(s, p + 1, e)))
            && !(isAgency(s, word, p) && isAgency(s, p + 1, runEnd(s, p + 1, e)));
      default:
        return false;
    }
  }

  private static int runEnd(String s, int p, int e) {
    while (p < e && Character.isLetterOrDigit(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** A news agency in any case, as datelines list them: {@code rtr/afp/anp}. */
  private static boolean isAgency(String s, int b, int e) {
    return e - b >= 2 && e - b <= 8
        && DutchWords.newsAgencies().contains(s.substring(b, e).toLowerCase(java.util.Locale.ROOT));
  }

  /** Two or more letters, all capitals: {@code ANP}, {@code RTR}. */
  private static boolean isCapitalWord(String s, int b, int e) {
    if (e - b < 2) {
      return false;
    }
    for (int i = b; i < e; i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A lower-case letter followed by a word of two or more capitals ({@code geledenBRUSSEL}): page
   * text glued together, split. {@code iPhone} and {@code McDonald} stay whole.
   */
  private static boolean isGlueJunction(String s, int p, int e) {
    if (!Character.isUpperCase(s.charAt(p)) || !Character.isLowerCase(s.charAt(p - 1))) {
      return false;
    }
    int q = p;
    while (q < e && Character.isUpperCase(s.charAt(q))) {
      q++;
    }
    return q - p >= 2 && (q == e || !Character.isLetter(s.charAt(q)));
  }

  /** Runs of the same sentence punctuation stay together: {@code ...}, {@code ?!}, {@code --}, {@code ,,}, {@code ''}. */
  private static int punctuationEnd(String s, int p, int e) {
    char c = s.charAt(p);
    int q = p + Character.charCount(s.codePointAt(p));
    if (c == '.' || c == '!' || c == '?') {
      while (q < e && (s.charAt(q) == '.' || s.charAt(q) == '!' || s.charAt(q) == '?')) {
        q++;
      }
    } else if (c == '-' || c == '\'' || c == '`' || c == ',' || c == '*' || c == '=' || c == '_') {
      while (q < e && s.charAt(q) == c) {
        q++;
      }
    }
    return q;
  }

  /** The end of an apostrophe word, URL, e-mail address, handle or tag starting at p, or -1. */
  private static int specialEnd(String s, int p, int e, boolean hasAt) {
    char c = s.charAt(p);
    if (c == '\'' || c == '\u2019' || c == '\u2018') {
      return apostropheWordEnd(s, p, e);
    }
    if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
      if (s.regionMatches(true, p, "http://", 0, 7) || s.regionMatches(true, p, "https://", 0, 8)
          || (s.regionMatches(true, p, "www.", 0, 4) && isWordCharAt(s, p + 4, e))) {
        return trimTrailing(s, p, e);
      }
    }
    if (c == '@' || c == '#') {
      int q = p + 1;
      while (q < e && (isWordChar(s.codePointAt(q)) || (c == '#' && s.charAt(q) == '-' && isWordCharAt(s, q + 1, e)))) {
        q += Character.charCount(s.codePointAt(q));
      }
      return q > p + 1 && Character.isLetterOrDigit(s.codePointAt(p + 1)) ? q : -1;
    }
    if (hasAt) {
      return emailEnd(s, p, e);
    }
    return -1;
  }

  /** {@code 't}, {@code 's}, {@code 'n}, {@code 'k}, {@code 'm}, {@code 's-Hertogenbosch}, {@code '80}. */
  private static int apostropheWordEnd(String s, int p, int e) {
    int q = p + 1;
    if (q >= e) {
      return -1;
    }
    char c = s.charAt(q);
    if (Character.isDigit(c)) {
      if (q + 1 < e && Character.isDigit(s.charAt(q + 1)) && !isWordCharAt(s, q + 2, e)) {
        return q + 2; // '80
      }
      return -1;
    }
    if ("tsnkmrTSNKM".indexOf(c) < 0) {
      return -1;
    }
    q++;
    if (q < e && (Character.isLetter(s.charAt(q)) || s.charAt(q) == '-' && c != 's' && c != 'S')) {
      return -1; // a word in quote marks: 'Nu, ‘N-VA
    }
    if ((c == 's' || c == 'S') && q + 1 < e && s.charAt(q) == '-' && Character.isUpperCase(s.charAt(q + 1))) {
      q++; // 's-Hertogenbosch, 's-Gravenhage (not a quote mark before N-VA)
      while (q < e && (isWordCharAt(s, q, e) || (s.charAt(q) == '-' && isWordCharAt(s, q + 1, e)))) {
        q++;
      }
    }
    return q;
  }

  private static int emailEnd(String s, int p, int e) {
    int q = p;
    while (q < e && (isWordCharAt(s, q, e) || ".%+-".indexOf(s.charAt(q)) >= 0)) {
      q++;
    }
    if (q == p || q >= e || s.charAt(q) != '@' || !Character.isLetterOrDigit(s.charAt(p))) {
      return -1;
    }
    int at = q++;
    boolean dot = false;
    while (q < e && (isWordCharAt(s, q, e) || s.charAt(q) == '.' || s.charAt(q) == '-')) {
      dot |= s.charAt(q) == '.' && isWordCharAt(s, q + 1, e);
      q++;
    }
    while (q > at + 1 && (s.charAt(q - 1) == '.' || s.charAt(q - 1) == '-')) {
      q--;
    }
    return dot ? q : -1;
  }

  /** Drops sentence punctuation, quotes and an unbalanced closing bracket from the end of a URL. */
  private static int trimTrailing(String s, int p, int e) {
    int q = e;
    while (q > p) {
      char c = s.charAt(q - 1);
      if (".,;:!?\"'\u201D\u2019\u00BB>".indexOf(c) >= 0) {
        q--;
      } else if (c == ')' && s.lastIndexOf('(', q - 1) < p) {
        q--;
      } else {
        break;
      }
    }
    return q;
  }

  /** A growable list of begin/end pairs. */
  private static final class Spans {
    private int[] a;
    private int size;

    Spans(int capacity) {
      a = new int[Math.min(capacity, 1 << 20) * 2];
    }

    void add(int begin, int end) {
      if (size + 2 > a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = begin;
      a[size++] = end;
    }

    List<CharSpan> toList() {
      List<CharSpan> list = new ArrayList<>(size / 2);
      for (int i = 0; i < size; i += 2) {
        list.add(new CharSpan(a[i], a[i + 1]));
      }
      return list;
    }
  }
}
