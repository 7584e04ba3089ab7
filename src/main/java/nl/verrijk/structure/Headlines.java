package nl.verrijk.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verrijk.lang.WordList;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;
import nl.verrijk.model.CharSpan;
import nl.verrijk.structure.RuleBasedStructureReader.Line;
import nl.verrijk.text.Chars;

/** Finds a page's headline among the title lines above its body, without labels, dates, initials or subtitles glued to it. */
final class Headlines {

  /** An author's initials glued after a headline's closing quote: {@code ... spelen” DMM}, {@code … uitzonderlijk” kg}. */
  private static final Pattern TRAILING_INITIALS = Pattern.compile("(?<=[”’\"'])\\s+(?:\\p{Lu}{2,4}|\\p{Ll}{2,3})$");
  /** A subtitle or byline in capitals after a headline's closing quote: {@code "…!" 85-JARIG SLACHTOFFER … PHILIPPE TRUYTS}. */
  private static final Pattern TRAILING_CAPS = Pattern.compile("(?<=[”’\"'])(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d\\-'’.,]*){3,}$");
  /** Initials glued after a lower-case word ({@code … noodnummer 1722 geactiveerd ADN}): kept off when that word is a verb. */
  private static final Pattern INITIALS_AFTER_WORD = Pattern.compile("(?<=\\s)(\\p{Ll}+)\\s+\\p{Lu}{2,4}$");
  /** An author's name glued after a headline's closing quote: {@code … klinkende namen” Mathias Mariën}. */
  private static final Pattern TRAILING_AUTHOR = Pattern.compile(
      "(?<=[”’\"'])\\s+(\\p{Lu}[\\p{Ll}\\p{M}]+)(?:\\s+(?:van|de|der|den|ten|ter|van de|van der|van den))?(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’\\-]+){1,2}$");
  private static final Pattern TRAILING_DATE = Pattern.compile(
      "\\s+\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
          + "\\s+\\d{4}$");
  private static final List<String> HEADLINE_LABELS = WordList.lines("headline-labels.txt");

  private Headlines() {}

  /**
   * The headline: a title line the page repeats above the body ({@link #repeatedTitle}); else the
   * nearest title line above the body with three words or more (else two, else
   * one), or the shorter title line right above it (a headline over its subtitle, not a site label
   * such as {@code NOS Nieuws - Algemeen}); a short question or exclamation opening the body when no
   * title line of three words is above it. Null when none.
   */
  static CharSpan find(String text, List<Line> lines, int body) {
    CharSpan repeated = repeatedTitle(text, lines, body);
    if (repeated != null) {
      return repeated;
    }
    for (int minWords = 3; minWords >= 1; minWords--) {
      for (int i = body - 1; i >= 0; i--) {
        CharSpan h = titleSpan(text, lines.get(i), minWords);
        if (h != null) {
          CharSpan above = i > 0 ? titleSpan(text, lines.get(i - 1), 3) : null;
          if (above != null && above.length() < h.length() && !isSiteLabel(text, above)) {
            return above;
          }
          return h;
        }
      }
      if (minWords == 3 && isQuestionHeadline(text, lines, body)) {
        return new CharSpan(lines.get(body).begin, lines.get(body).end);
      }
    }
    return null;
  }

  /**
   * A title line of four words or more that the page shows again further down above the body (a
   * headline over its photo, repeated with the caption): that is the headline, whatever title lines
   * stand between. Null when no title line above the body is repeated.
   */
  private static CharSpan repeatedTitle(String text, List<Line> lines, int body) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>(); // one pass: each line's first place
    int first = Integer.MAX_VALUE;
    for (int i = 0; i < body; i++) {
      Integer earlier = seen.putIfAbsent(text.substring(lines.get(i).begin, lines.get(i).end), i);
      if (earlier != null && earlier < first && isWholeTitle(text, lines.get(earlier))) {
        first = earlier;
      }
    }
    return first == Integer.MAX_VALUE ? null : titleSpan(text, lines.get(first), 4);
  }

  private static boolean isWholeTitle(String text, Line l) {
    CharSpan h = titleSpan(text, l, 4);
    return h != null && h.begin() == l.begin && h.end() == l.end;
  }

  /** The headline part of a line when it is a title of at least {@code minWords} words, else null. */
  private static CharSpan titleSpan(String text, Line l, int minWords) {
    if (l.furniture || l.prose || RuleBasedStructureReader.isByline(text, l)) {
      return null;
    }
    CharSpan h = headlineSpan(text, l);
    return h != null && RuleBasedStructureReader.isTitle(text, h.begin(), h.end()) && RuleBasedStructureReader.words(text, h.begin(), h.end()) >= minWords ? h : null;
  }

  private static boolean isSiteLabel(String text, CharSpan line) {
    String s = line.of(text);
    return s.contains(" - ") || s.contains(" | ") || s.contains(" – ");
  }

  private static boolean isQuestionHeadline(String text, List<Line> lines, int body) {
    if (body + 1 >= lines.size()) {
      return false;
    }
    Line l = lines.get(body);
    char last = text.charAt(l.end - 1);
    return l.dateline == null && (last == '?' || last == '!') && RuleBasedStructureReader.words(text, l.begin, l.end) <= 16
        && lines.get(body + 1).prose;
  }

  /** The headline part of a title line: without a label glued before it or a date, initials or an author's name after it. */
  private static CharSpan headlineSpan(String text, Line l) {
    int b = l.begin;
    for (String label : HEADLINE_LABELS) {
      if (text.startsWith(label, b) && b + label.length() < l.end
          && (Character.isUpperCase(text.charAt(b + label.length())) || Chars.isSpace(text.charAt(b + label.length())))) {
        b = Chars.skipSpace(text, b + label.length(), l.end);
        break;
      }
    }
    int e = l.end;
    Matcher m = TRAILING_DATE.matcher(text).region(b, e);
    if (m.find()) {
      e = m.start();
    }
    Matcher c = TRAILING_CAPS.matcher(text).region(b, e);
    if (c.find()) {
      e = c.start();
    }
    Matcher i = TRAILING_INITIALS.matcher(text).region(b, e);
    if (i.find()) {
      e = i.start();
    }
    Matcher w = INITIALS_AFTER_WORD.matcher(text).region(b, e);
    if (w.find() && isVerb(w.group(1))) {
      e = w.end(1);
    }
    Matcher a = TRAILING_AUTHOR.matcher(text).region(b, e);
    if (a.find() && isFirstName(a.group(1))) {
      e = a.start();
    }
    e = subtitleStart(text, b, e);
    return e > b ? new CharSpan(b, e) : null;
  }

  /**
   * Where a subtitle glued to the headline starts ({@code … uit de startblokken Nieuwe voorzitter
   * maakt …}): a capitalised word that is no name but a common word other than a noun (a noun may
   * be a name the lexicon lacks: {@code Bosuil}), after a lower-case word and followed by one, with
   * three words of headline before it and three after; else {@code e}. Inside a title only names
   * are capitalised, and a name is in the lexicon as one or followed by another capitalised word
   * ({@code de Tweede Kamer}).
   */
  private static int subtitleStart(String text, int b, int e) {
    String[] words = text.substring(b, e).split(" ");
    if (words.length < 7) {
      return e;
    }
    int at = b;
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w >= 3 && w + 3 <= words.length && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
          && isLowerWord(words[w - 1]) && isLowerWord(words[w + 1]) && word.chars().allMatch(Character::isLetter)) {
        var lexicon = DutchLexicon.shared();
        var common = lexicon.lookup(word.toLowerCase(Locale.ROOT));
        if (lexicon.lookup(word).isEmpty() && !common.isEmpty()
            && common.stream().noneMatch(x -> x.tag().is(LexiconTag.WordClass.NOUN))) {
          return Chars.trimEnd(text, b, at);
        }
      }
      at += word.length() + 1;
    }
    return e;
  }

  private static boolean isVerb(String w) {
    return DutchLexicon.shared().lookup(w).stream().anyMatch(x -> x.tag().is(LexiconTag.WordClass.VERB));
  }

  private static boolean isFirstName(String w) {
    return DutchLexicon.shared().lookup(w).stream().anyMatch(x -> x.tag().nameClass() == LexiconTag.NameClass.FIRST_NAME);
  }

  private static boolean isLowerWord(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
  }
}
