package nl.verrijk.structure;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verrijk.lang.WordList;
import nl.verrijk.model.Age;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Dateline;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Page;
import nl.verrijk.model.Section;
import nl.verrijk.model.Structure;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.text.Chars;

/**
 * Reads the structure of a news page from its lines. First each line is classified: page furniture
 * by the ordered {@link FurnitureRules} (cookie and login notices, "lees ook" and share lines, page
 * dates, photo credits, repeated lines, menus), a dateline ({@link Datelines}), prose or a title.
 * The body starts at the first dateline when little prose comes before it (a banner above an agency
 * item), else at the first prose line; the headline is the last title line above the body (or the
 * page's own headline for HTML input), and everything else above the body is furniture. From the
 * body on, lines are read in order: furniture lines and intertitles are sections of their own, a
 * dateline or an age ({@code 3 uur geleden}) opens a related item, a short line before the first
 * item is the feed's header ({@code Meer uit Buitenland}). Lossless: every line is in a section;
 * nothing is invented. Immutable and thread-safe.
 */
public final class RuleBasedStructureReader implements Annotator {

  private static final RuleBasedStructureReader INSTANCE = new RuleBasedStructureReader();

  private static final Pattern AGE = Pattern.compile(
      "(?<n>\\d{1,4}|een|één)\\s+(?<unit>seconden?|minuut|minuten|min\\.?|uur|dagen|dag|weken|week|maanden|maand)"
          + "\\s+geleden",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** An author's initials glued after a headline's closing quote: {@code ... spelen” DMM}. */
  private static final Pattern TRAILING_INITIALS = Pattern.compile("(?<=[”’\"'])\\s+\\p{Lu}{2,4}$");
  private static final Pattern TRAILING_DATE = Pattern.compile(
      "\\s+\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
          + "\\s+\\d{4}$");
  /** Author initials or an agency closing a paragraph: {@code (DCFS)}, {@code (BMK)}, {@code (ANP)}. */
  private static final Pattern SIGNATURE = Pattern.compile("\\s\\(\\p{Lu}{2,6}(?:/\\p{Lu}{2,6})*\\)$");
  private static final List<String> HEADLINE_LABELS = WordList.lines("headline-labels.txt");
  /** Prose above the first dateline beyond which the body starts at the prose, not at the dateline. */
  private static final int PROSE_BEFORE_DATELINE = 300;

  private RuleBasedStructureReader() {}

  /** Returns the shared instance. */
  public static RuleBasedStructureReader instance() {
    return INSTANCE;
  }

  /** Returns {@code "structure"}. */
  @Override
  public String name() {
    return "structure";
  }

  /** Requires nothing: it reads the lines of the text. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  /** Produces STRUCTURE. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.STRUCTURE);
  }

  /** Returns the article with its structure. */
  @Override
  public Article annotate(Article article) {
    return article.toBuilder().structure(read(article.text(), article.referenceTime(), article.page())).build();
  }

  /** Reads the structure of a text; {@code referenceTime} (may be null) turns ages and dates into instants. */
  public Structure read(String text, Instant referenceTime) {
    return read(text, referenceTime, null);
  }

  /** Reads the structure of a text extracted from {@code page} (may be null), which may mark headline and intertitles. */
  public Structure read(String text, Instant referenceTime, Page page) {
    List<Line> lines = Line.of(text, referenceTime);
    if (lines.isEmpty()) {
      return new Structure(null, null, null, null, ImmutableList.of());
    }
    int body = bodyStart(text, lines);
    CharSpan headline = page != null && page.headline() != null ? page.headline() : headline(text, lines, body);
    if (headline != null && headline.begin() == lines.get(body).begin) {
      body++; // a question headline that looked like prose
    }
    Reading r = new Reading(text, referenceTime, lines, page);
    for (int li = 0; li < body; li++) {
      Line l = lines.get(li);
      if (headline != null && l.begin <= headline.begin() && headline.end() <= l.end && r.byline == null) {
        r.headline(l, headline);
      } else if (r.byline == null && headline != null && l.begin >= headline.end() && isByline(text, l)) {
        r.byline = new CharSpan(l.begin, l.end);
        r.furniture(l.begin, l.end);
      } else {
        r.furniture(l.begin, l.end);
      }
    }
    for (int li = body; li < lines.size(); li++) {
      r.line(li);
    }
    return r.structure();
  }

  /** The state of one reading: the sections so far. */
  private static final class Reading {
    final String text;
    final Instant referenceTime;
    final List<Line> lines;
    final Page page;
    final List<Draft> sections = new ArrayList<>();
    final Set<String> earlier = new HashSet<>();
    CharSpan headline;
    CharSpan byline;
    CharSpan header;
    boolean items;
    boolean hasBody;
    Draft lastStory;

    Reading(String text, Instant referenceTime, List<Line> lines, Page page) {
      this.text = text;
      this.referenceTime = referenceTime;
      this.lines = lines;
      this.page = page;
    }

    void headline(Line l, CharSpan h) {
      headline = h;
      if (h.begin() > l.begin) {
        furniture(l.begin, h.begin());
      }
      earlier.add(text.substring(h.begin(), h.end()));
      Draft d = open(Section.Kind.HEADLINE, h.begin(), null);
      d.end = h.end();
      d.paragraphs.add(h);
      if (h.end() < l.end) {
        furniture(Chars.skipSpace(text, h.end(), l.end), l.end);
      }
    }

    void furniture(int b, int e) {
      Draft last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
      if (last != null && last.kind == Section.Kind.FURNITURE) {
        last.end = e;
        last.paragraphs.add(new CharSpan(b, e));
      } else {
        open(Section.Kind.FURNITURE, b, null).paragraphs.add(new CharSpan(b, e));
        sections.get(sections.size() - 1).end = e;
      }
      earlier.add(text.substring(b, e));
    }

    Draft open(Section.Kind kind, int start, Dateline dateline) {
      Draft d = new Draft(kind, start, dateline);
      sections.add(d);
      if (kind.opensStory()) {
        lastStory = d;
        hasBody |= kind == Section.Kind.BODY;
      }
      return d;
    }

    /** The open story section (body or related item) that paragraphs go into, or null. */
    Draft story() {
      Draft last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
      return last != null && last.kind.opensStory() && !last.closed ? last : null;
    }

    void line(int li) {
      Line l = lines.get(li);
      int b = l.begin;
      int e = l.end;
      if (l.ageEnd > 0) {
        Draft last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        if (last != null && last.kind.opensStory()) {
          last.age = age(text, b, referenceTime);
          last.end = l.ageEnd;
        }
        b = Chars.skipSpace(text, l.ageEnd, e);
        if (b >= e) {
          return;
        }
      }
      Dateline d = l.dateline; // read after the age, if the line opens with one
      if (d == null && l.insideDateline != null && !hasBody()) {
        int at = l.insideDateline.span().begin();
        int age = trailingAge(text, b, Chars.trimEnd(text, b, at));
        if (age > b) { // Het Kremlin zegt dat. 2 uur geledenBRUSSEL (ANP) - : the body, its age, an item
          Draft body = open(Section.Kind.BODY, b, null);
          body.paragraphs.add(new CharSpan(b, Chars.trimEnd(text, b, age)));
          body.age = age(text, age, referenceTime);
          body.end = body.age.span().end();
          items = true;
        } else { // scanner debris before the article's dateline
          furniture(b, Chars.trimEnd(text, b, at));
        }
        d = l.insideDateline;
        b = at;
      }
      boolean inPageIntertitle = isPageIntertitle(b, e);
      boolean furniture = l.ageEnd > 0 ? FurnitureRules.match(text, b, e, earlier) != null : l.furniture;
      if (d == null && !inPageIntertitle && furniture) {
        furniture(b, e);
        return;
      }
      earlier.add(text.substring(b, e));
      if (d == null && !items && header == null && story() != null && lastStory().kind == Section.Kind.BODY
          && isHeader(text, b, e) && startsItem(li + 1)) {
        header = new CharSpan(b, e);
        lastStory().closed = true;
        items = true;
        furniture(b, e);
        return;
      }
      if (d == null && (inPageIntertitle || (page == null && !items && isIntertitle(li, b, e)))) {
        open(Section.Kind.INTERTITLE, b, null).end = e;
        sections.get(sections.size() - 1).paragraphs.add(new CharSpan(b, e));
        return;
      }
      Matcher sig = SIGNATURE.matcher(text).region(b, e);
      int signature = -1;
      if (sig.find() && sig.start() > b) {
        signature = sig.start() + 1;
        e = Chars.trimEnd(text, b, sig.start());
      }
      Draft s = story();
      if (d != null && hasBody()) {
        items = true;
        s = open(Section.Kind.RELATED_ITEM, d.span().begin(), d);
      } else if (s == null) {
        boolean item = items || hasBody() && lastStoryKind() == Section.Kind.RELATED_ITEM;
        s = open(item ? Section.Kind.RELATED_ITEM : Section.Kind.BODY, d != null ? d.span().begin() : b, d);
      } else if (d != null) {
        s.dateline = d;
      }
      int pb = d != null ? Chars.skipSpace(text, d.span().end(), e) : b;
      if (d != null && pb < e && FurnitureRules.match(text, pb, e, earlier) != null) {
        s.end = d.span().end(); // OOSTERHOUT, maandag FOTO: Visumar
        furniture(pb, e);
        return;
      }
      int pe = e;
      int trailingAge = trailingAge(text, pb, e);
      if (trailingAge >= 0) {
        s.age = age(text, trailingAge, referenceTime);
        pe = Chars.trimEnd(text, pb, trailingAge);
      }
      if (pe > pb) {
        s.paragraphs.add(new CharSpan(pb, pe));
      }
      s.end = e;
      if (signature > 0) {
        furniture(signature, l.end);
      }
    }

    private boolean isPageIntertitle(int b, int e) {
      if (page == null) {
        return false;
      }
      for (CharSpan t : page.intertitles()) {
        if (t.begin() == b && t.end() == e) {
          return true;
        }
      }
      return false;
    }

    private boolean hasBody() {
      return hasBody;
    }

    private Draft lastStory() {
      return lastStory;
    }

    private Section.Kind lastStoryKind() {
      Draft s = lastStory();
      return s == null ? null : s.kind;
    }

    /** A title line between prose lines of the body: short, no final punctuation, not followed by a dateline. */
    private boolean isIntertitle(int li, int b, int e) {
      if (lastStory() == null || li + 1 >= lines.size()) {
        return false;
      }
      Line next = lines.get(li + 1);
      if (next.dateline != null || next.ageEnd > 0 || !next.prose) {
        return false;
      }
      return isTitle(text, b, e) && words(text, b, e) <= 10;
    }

    private boolean startsItem(int li) {
      if (li >= lines.size()) {
        return false;
      }
      Line l = lines.get(li);
      if (l.dateline != null) {
        return true;
      }
      return l.ageEnd > 0 && Datelines.at(text, Chars.skipSpace(text, l.ageEnd, l.end), l.end, referenceTime) != null;
    }

    Structure structure() {
      ImmutableList.Builder<Section> out = ImmutableList.builder();
      Dateline main = null;
      for (int i = 0; i < sections.size(); i++) {
        Draft s = sections.get(i);
        if (main == null && s.kind == Section.Kind.BODY) {
          main = s.dateline;
        }
        out.add(new Section(i, s.kind, new CharSpan(s.start, Math.max(s.start, s.end)), s.dateline,
            ImmutableList.copyOf(s.paragraphs), s.age));
      }
      return new Structure(headline, byline, main, header, out.build());
    }
  }

  private static final class Draft {
    final Section.Kind kind;
    final int start;
    int end;
    Dateline dateline;
    Age age;
    boolean closed;
    final List<CharSpan> paragraphs = new ArrayList<>();

    Draft(Section.Kind kind, int start, Dateline dateline) {
      this.kind = kind;
      this.start = start;
      this.end = start;
      this.dateline = dateline;
    }
  }

  /** A non-blank line, trimmed, with what the reader needs to know of it before reading in order. */
  private static final class Line {
    final int begin;
    final int end;
    final int ageEnd;
    final Dateline dateline;
    /** A dateline with known agencies inside the line, after text a scanner glued before it; or null. */
    final Dateline insideDateline;
    final boolean prose;
    final boolean furniture;

    Line(String text, int begin, int end, Instant referenceTime, Set<String> earlier) {
      this.begin = begin;
      this.end = end;
      Matcher am = AGE.matcher(text).region(begin, end);
      this.ageEnd = am.lookingAt() ? am.end() : -1;
      int b = ageEnd > 0 ? Chars.skipSpace(text, ageEnd, end) : begin;
      this.dateline = b < end ? Datelines.at(text, b, end, referenceTime) : null;
      this.insideDateline = dateline == null && ageEnd < 0 ? Datelines.inside(text, begin, end, referenceTime) : null;
      this.furniture = dateline == null && FurnitureRules.match(text, begin, end, earlier) != null;
      this.prose = dateline != null || (!furniture && isProse(text, begin, end));
    }

    /** The non-blank lines of a text, split where {@link Chars#isLineBreak} says. */
    static List<Line> of(String text, Instant referenceTime) {
      List<Line> lines = new ArrayList<>();
      Set<String> earlier = new HashSet<>();
      int n = text.length();
      int b = 0;
      for (int i = 0; i <= n; i++) {
        if (i == n || Chars.isLineBreak(text.charAt(i))) {
          int s = Chars.skipSpace(text, b, i);
          int e = Chars.trimEnd(text, s, i);
          if (e > s) {
            lines.add(new Line(text, s, e, referenceTime, earlier));
            earlier.add(text.substring(s, e));
          }
          b = i + 1;
        }
      }
      return lines;
    }
  }

  /**
   * Where the body starts: at the first dateline not after an age (that opens a feed item) when less than {@link #PROSE_BEFORE_DATELINE}
   * characters of prose come before it, else at the first prose line; 0 when there is neither.
   */
  private static int bodyStart(String text, List<Line> lines) {
    int prose = 0;
    int firstProse = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if ((l.dateline != null && l.ageEnd < 0 || l.insideDateline != null)
          && (firstProse < 0 || prose < PROSE_BEFORE_DATELINE)) {
        return i;
      }
      if (l.prose && !l.furniture) {
        if (firstProse < 0) {
          firstProse = i;
        }
        prose += l.end - l.begin;
        if (prose >= PROSE_BEFORE_DATELINE) {
          return firstProse;
        }
      }
    }
    return firstProse < 0 ? 0 : firstProse;
  }

  /**
   * The headline: the nearest title line above the body with three words or more (else two, else
   * one), or the shorter title line right above it (a headline over its subtitle, not a site label
   * such as {@code NOS Nieuws - Algemeen}); a short question or exclamation opening the body when no
   * title line of three words is above it. Null when none.
   */
  private static CharSpan headline(String text, List<Line> lines, int body) {
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

  /** The headline part of a line when it is a title of at least {@code minWords} words, else null. */
  private static CharSpan titleSpan(String text, Line l, int minWords) {
    if (l.furniture || l.prose || isByline(text, l)) {
      return null;
    }
    CharSpan h = headlineSpan(text, l);
    return h != null && isTitle(text, h.begin(), h.end()) && words(text, h.begin(), h.end()) >= minWords ? h : null;
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
    return l.dateline == null && (last == '?' || last == '!') && words(text, l.begin, l.end) <= 16
        && lines.get(body + 1).prose;
  }

  /** The headline part of a title line: without a label glued before it or a date or initials after it. */
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
    Matcher i = TRAILING_INITIALS.matcher(text).region(b, e);
    if (i.find()) {
      e = i.start();
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
        var lexicon = nl.verrijk.lexicon.DutchLexicon.shared();
        var common = lexicon.lookup(word.toLowerCase(Locale.ROOT));
        if (lexicon.lookup(word).isEmpty() && !common.isEmpty()
            && common.stream().noneMatch(x -> x.tag().startsWith("ZNW"))) {
          return Chars.trimEnd(text, b, at);
        }
      }
      at += word.length() + 1;
    }
    return e;
  }

  private static boolean isLowerWord(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
  }

  /** A title: at most 200 characters, not starting in lower case, not ending like a sentence or a list. */
  private static boolean isTitle(String text, int b, int e) {
    char last = text.charAt(e - 1);
    return e - b <= 200 && last != '.' && last != ',' && last != ';' && last != ':'
        && !Character.isLowerCase(text.codePointAt(b));
  }

  /**
   * Prose: eight words or more ending like a sentence (a closing quote mark only after a full stop,
   * question or exclamation mark: a headline often ends in a quote), or 25 words or more.
   */
  private static boolean isProse(String text, int b, int e) {
    Matcher sig = SIGNATURE.matcher(text).region(b, e);
    if (sig.find() && sig.start() > b) {
      e = Chars.trimEnd(text, b, sig.start());
    }
    int words = words(text, b, e);
    if (words >= 25) {
      return true;
    }
    char last = text.charAt(e - 1);
    if ("\"”’'»".indexOf(last) >= 0 && e - b >= 2) {
      last = text.charAt(e - 2);
    }
    return words >= 8 && ".!?…:".indexOf(last) >= 0;
  }

  private static int words(String text, int b, int e) {
    int n = 0;
    boolean in = false;
    for (int i = b; i < e; i++) {
      boolean space = Chars.isSpace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /** {@code MOSKOU} → {@code Moskou}, {@code DEN HAAG} → {@code Den Haag}, {@code 'S-HERTOGENBOSCH} → {@code 's-Hertogenbosch}. */
  public static String placeName(String place) {
    return Datelines.placeName(place);
  }

  /** The start of an age that ends the line [b, e), or -1. */
  private static int trailingAge(String text, int b, int e) {
    Matcher m = AGE.matcher(text).region(b, e);
    while (m.find()) {
      if (m.end() == e && m.start() > b && Chars.isSpace(text.charAt(m.start() - 1))) {
        return m.start();
      }
    }
    return -1;
  }

  private static Age age(String text, int b, Instant referenceTime) {
    Matcher m = AGE.matcher(text).region(b, text.length());
    if (!m.lookingAt()) {
      throw new IllegalStateException("no age at " + b);
    }
    String n = m.group("n").toLowerCase(Locale.ROOT);
    long count = n.equals("een") || n.equals("één") ? 1 : Long.parseLong(n);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    Duration d;
    if (unit.startsWith("sec")) {
      d = Duration.ofSeconds(count);
    } else if (unit.startsWith("min")) {
      d = Duration.ofMinutes(count);
    } else if (unit.equals("uur")) {
      d = Duration.ofHours(count);
    } else if (unit.startsWith("dag")) {
      d = Duration.ofDays(count);
    } else if (unit.startsWith("week")) {
      d = Duration.ofDays(7 * count);
    } else {
      d = Duration.ofDays(30 * count); // a month, approximately
    }
    return new Age(new CharSpan(m.start(), m.end()), m.group(), d, referenceTime == null ? null : referenceTime.minus(d));
  }

  private static boolean isByline(String text, Line l) {
    String s = text.substring(l.begin, l.end);
    return (s.startsWith("Door ") || s.startsWith("door ") || s.startsWith("Van onze ")) && s.length() <= 80
        && s.charAt(s.length() - 1) != '.';
  }

  private static boolean isHeader(String text, int b, int e) {
    char last = text.charAt(e - 1);
    return e - b <= 60 && words(text, b, e) <= 6 && Character.isLetterOrDigit(last);
  }

  /** Reads as {@code RuleBasedStructureReader}. */
  @Override
  public String toString() {
    return "RuleBasedStructureReader";
  }
}
