package nl.verrijk.structure;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verrijk.lang.FurnitureLines;

/**
 * The furniture rules in the order the structure reader tries them; a line any rule matches is a
 * furniture section of its own, kept in the text and skipped by the later layers. The HTML reader
 * asks the same rules of each block of a page.
 */
public final class FurnitureRules {

  /** Every rule, in order. */
  static final ImmutableList<FurnitureRule> ORDER = ImmutableList.of(
      new Opening(), new PageDate(), new ReadingTime(), new CookieNotice(), new PhotoCredit(), new SourceNote(),
      new RepeatedLine(), new MenuLine(), new Button(), new Initials(), new NamesOnly(), new NoWords());

  private FurnitureRules() {}

  /** Whether a line on its own (no lines above it) is page furniture by any rule. */
  public static boolean isFurniture(String line) {
    return !line.isEmpty() && match(line, 0, line.length(), Set.of()) != null;
  }

  /** The first rule that matches the line, or null. */
  static FurnitureRule match(String text, int b, int e, Set<String> earlier) {
    for (FurnitureRule r : ORDER) {
      if (r.matches(text, b, e, earlier)) {
        return r;
      }
    }
    return null;
  }

  /** {@code Lees ook: ...}, {@code Deel dit artikel}, {@code Wij gebruiken cookies}: {@code furniture-lines.txt}. */
  static final class Opening extends FurnitureRule {
    Opening() {
      super("opening");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return FurnitureLines.opensFurniture(text, b, e);
    }
  }

  /**
   * A line that is only a date or time of the page, perhaps with its source: {@code 13:53}, {@code
   * Zaterdag 10/12/2022}, {@code 1/09/16 - 23u05 Bron: Sporza}, {@code 2 weeks 2 days ago}.
   */
  static final class PageDate extends FurnitureRule {
    private static final String MONTH = "(?:jan|feb|febr|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|sep|sept|okt|nov|dec"
        + "|januari|februari|augustus|september|oktober|november|december)\\.?";
    private static final String WEEKDAY = "(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\.?,?";
    private static final String TIME = "\\d{1,2}[:.u]\\d{2}(?:u|\\s*uur)?";
    private static final String DATE = "(?:\\d{1,2}[/\\-.]\\d{1,2}[/\\-.]\\d{2,4}|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern STAMP = Pattern.compile(
        "(?:(?:gepubliceerd|bijgewerkt|aangepast|laatste update|update|geplaatst)\\s*(?:op)?:?\\s*)?"
            + "(?:(?:vandaag|gisteren|" + WEEKDAY + ")\\s*)?(?:" + DATE + ")?[,\\s]*(?:(?:om|-)\\s*)?(?:" + TIME + ")?"
            + "(?:\\s+\\d{1,4})?(?:\\s+bron\\s*:\\s*\\p{L}[\\p{L}\\s.&/-]{0,40})?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGO = Pattern.compile(
        "(?:\\d+\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s*)+ago", Pattern.CASE_INSENSITIVE);

    PageDate() {
      super("page-date");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      CharSequence line = text.subSequence(b, e);
      boolean digit = false;
      for (int i = 0; i < line.length() && !digit; i++) {
        digit = Character.isDigit(line.charAt(i));
      }
      return (digit && STAMP.matcher(line).matches()) || AGO.matcher(line).matches();
    }
  }

  /** A reading-time label, with whatever buttons follow it: {@code 3 minuten leestijd}, {@code Leestijd: 2 min}. */
  static final class ReadingTime extends FurnitureRule {
    private static final Pattern LABEL = Pattern.compile(
        "(?:\\d+\\s*(?:min|min\\.|minuut|minuten)\\s+leestijd|leestijd\\s*:?\\s*\\d+\\s*(?:min|min\\.|minuut|minuten))(?:\\s.*)?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    ReadingTime() {
      super("reading-time");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return e - b <= 80 && LABEL.matcher(text).region(b, e).matches();
    }
  }

  /**
   * A cookie or consent notice: a line of at most 500 characters with the word {@code cookie} or {@code
   * cookies} in it ({@code Digibron cookies}, {@code Onderstaande cookies zijn optioneel, …}).
   */
  static final class CookieNotice extends FurnitureRule {
    private static final Pattern COOKIE = Pattern.compile("(?<![\\p{L}\\p{N}])cookies?(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    CookieNotice() {
      super("cookie-notice");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return e - b <= 500 && COOKIE.matcher(text).region(b, e).find();
    }
  }

  /**
   * A caption or credit: a line ending in {@code Beeld Thomas Sweertvaegher}, {@code Foto: ANP},
   * {@code (foto Belga)}, {@code (archiefbeeld)}, {@code © ANP}, or with a credit in capitals ({@code foto
   * VINCENT MENTZEL}).
   */
  static final class PhotoCredit extends FurnitureRule {
    private static final Pattern CREDIT = Pattern.compile(
        "(?:(?:^|[\\s’'\".)(])\\(?(?i:beeld|foto|foto's|fotografie|illustratie|video|©)|(?<=\\p{Ll})(?:Beeld|Foto))\\s*:?\\s*"
            + "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:\\s*(?:[\\p{Lu}][\\p{L}\\p{M}.'’\\-]*|van|de|der|den|ten|en|/|&|,)){0,6}\\s*\\)?$");
    /** A caption ending in an image label in brackets: {@code … tijdens Brosella (archiefbeeld).}, {@code (foto: Belga)}. */
    private static final Pattern LABELLED = Pattern.compile(
        "\\((?i:archiefbeeld|archieffoto|beeld|foto|illustratie|illustratiebeeld)(?:[\\s:][^()]{0,40})?\\)\\.?\\s*$");
    /** A credit in capitals anywhere in a caption: {@code ... politicus. foto VINCENT MENTZEL . Nederland.} */
    private static final Pattern CAPS_CREDIT = Pattern.compile(
        "(?:^|\\s)(?i:foto|beeld)\\s*:?\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*(?:\\s|$|[.,;])");

    PhotoCredit() {
      super("photo-credit");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return e - b <= 300 && (CREDIT.matcher(text).region(b, e).find() || CAPS_CREDIT.matcher(text).region(b, e).find()
          || LABELLED.matcher(text).region(b, e).find());
    }
  }

  /** A short line wholly in brackets: the source of a printed article ({@code (Trouw, pagina 5)}). */
  static final class SourceNote extends FurnitureRule {
    SourceNote() {
      super("source-note");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return e - b >= 3 && e - b <= 80 && text.charAt(b) == '(' && text.charAt(e - 1) == ')'
          && text.indexOf(')', b) == e - 1;
    }
  }

  /** A line the page already showed: a repeated headline or teaser. */
  static final class RepeatedLine extends FurnitureRule {
    RepeatedLine() {
      super("repeated-line");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return e - b >= 12 && earlier.contains(text.substring(b, e));
    }
  }

  /** A menu: four or more words in capitals with no lower case ({@code NIEUWS  SPORT  ARCHIEF}), or items split by {@code |}. */
  static final class MenuLine extends FurnitureRule {
    MenuLine() {
      super("menu");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      int words = 0;
      int bars = 0;
      boolean inWord = false;
      for (int i = b; i < e; i++) {
        char c = text.charAt(i);
        if (Character.isLowerCase(c)) {
          return countBars(text, b, e) >= 3;
        }
        if (c == '|' || c == '•' || c == '·') {
          bars++;
        }
        boolean letter = Character.isLetter(c);
        if (letter && !inWord) {
          words++;
        }
        inWord = letter;
      }
      return words >= 4 || bars >= 3;
    }

    private static int countBars(String text, int b, int e) {
      int n = 0;
      for (int i = b; i < e; i++) {
        char c = text.charAt(i);
        if (c == '|' || c == '•') {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * An author line of names alone, as pages print them under the headline or the lead:
   * {@code Ann Van den Broek}, {@code Hassan Bahara en Gijs Beukers}; two to eight words, every
   * word capitalised or a name particle, no digits, no sentence punctuation.
   */
  static final class NamesOnly extends FurnitureRule {
    private static final Set<String> PARTICLES = Set.of("van", "de", "den", "der", "ten", "ter", "te", "het", "'t",
        "en", "&", "von", "le", "la", "du", "di", "da", "dos", "el", "op");

    NamesOnly() {
      super("names-only");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      String[] words = text.substring(b, e).split("\\s+");
      if (words.length < 2 || words.length > 8) {
        return false;
      }
      int names = 0;
      for (String w : words) {
        if (PARTICLES.contains(w)) {
          continue;
        }
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 2 || !w.chars().allMatch(
            c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
          return false;
        }
        if (w.length() > 2 && w.chars().skip(1).allMatch(Character::isUpperCase)) {
          return false; // an acronym: NRC Handelsblad is a title, not an author
        }
        names++;
      }
      return names >= 2 && Character.isUpperCase(words[0].charAt(0)) && Character.isUpperCase(words[words.length - 1].charAt(0));
    }
  }

  /** A button: a line of at most four words after a {@code +}, {@code ›}, {@code »} or {@code >} ({@code + Meer informatie}). */
  static final class Button extends FurnitureRule {
    private static final Pattern BUTTON = Pattern.compile("[+›»>]\\s*\\S+(?:\\s+\\S+){0,3}\\s*");

    Button() {
      super("button");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return BUTTON.matcher(text).region(b, e).matches();
    }
  }

  /** A byline of initials alone on its line: {@code TDN}, {@code ADN}, {@code KVD}. */
  static final class Initials extends FurnitureRule {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}\\s*");

    Initials() {
      super("initials");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      return INITIALS.matcher(text).region(b, e).matches();
    }
  }

  /** A line with no word of two letters: a count, a temperature, a lone symbol ({@code 6°C}, {@code 0}). */
  static final class NoWords extends FurnitureRule {
    NoWords() {
      super("no-words");
    }

    @Override
    boolean matches(String text, int b, int e, Set<String> earlier) {
      for (int i = b + 1; i < e; i++) {
        if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i - 1))) {
          return false;
        }
      }
      return true;
    }
  }
}
