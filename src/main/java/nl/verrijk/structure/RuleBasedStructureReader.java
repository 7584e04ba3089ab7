package nl.verrijk.structure;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Author initials or an agency closing a paragraph: {@code (DCFS)}, {@code (BMK)}, {@code (ANP)}. */
  private static final Pattern SIGNATURE = Pattern.compile("\\s\\(\\p{Lu}{2,6}(?:/\\p{Lu}{2,6})*\\)$");
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
    CharSpan headline = page != null && page.headline() != null ? page.headline() : Headlines.find(text, lines, body);
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

    /** Reads body line {@code li} in order: an age, a dateline, furniture, the feed's header, an intertitle or a paragraph. */
    void line(int li) {
      Line l = lines.get(li);
      int b = l.ageEnd > 0 ? leadingAge(l) : l.begin;
      if (b >= l.end) {
        return;
      }
      Dateline d = l.dateline; // read after the age, if the line opens with one
      if (d == null && l.insideDateline != null && !hasBody()) {
        b = beforeInsideDateline(b, l.insideDateline);
        d = l.insideDateline;
      }
      if (!aside(l, li, d, b)) {
        paragraph(l, d, b);
      }
    }

    /** Gives the story above the age that opens line {@code l}; returns where the rest of the line starts. */
    private int leadingAge(Line l) {
      Draft last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
      if (last != null && last.kind.opensStory()) {
        last.age = Ages.at(text, l.begin, referenceTime);
        last.end = l.ageEnd;
      }
      return Chars.skipSpace(text, l.ageEnd, l.end);
    }

    /** Reads the text from {@code b} before a dateline inside the line (a body with its age, or debris); returns the dateline's start. */
    private int beforeInsideDateline(int b, Dateline inside) {
      int at = inside.span().begin();
      int age = Ages.trailing(text, b, Chars.trimEnd(text, b, at));
      if (age > b) { // Het Kremlin zegt dat. 2 uur geledenBRUSSEL (ANP) - : the body, its age, an item
        Draft body = open(Section.Kind.BODY, b, null);
        body.paragraphs.add(new CharSpan(b, Chars.trimEnd(text, b, age)));
        body.age = Ages.at(text, age, referenceTime);
        body.end = body.age.span().end();
        items = true;
      } else { // scanner debris before the article's dateline
        furniture(b, Chars.trimEnd(text, b, at));
      }
      return at;
    }

    /** Takes line {@code li} from {@code b} as furniture, the feed's header or an intertitle when it is one; whether it did. */
    private boolean aside(Line l, int li, Dateline d, int b) {
      int e = l.end;
      boolean inPageIntertitle = isPageIntertitle(b, e);
      boolean furniture = l.ageEnd > 0 ? FurnitureRules.match(text, b, e, earlier) != null : l.furniture;
      if (d == null && !inPageIntertitle && furniture) {
        furniture(b, e);
        return true;
      }
      earlier.add(text.substring(b, e));
      if (d == null && !items && header == null && story() != null && lastStory().kind == Section.Kind.BODY
          && isHeader(text, b, e) && startsItem(li + 1)) {
        header = new CharSpan(b, e);
        lastStory().closed = true;
        items = true;
        furniture(b, e);
        return true;
      }
      if (d == null && (inPageIntertitle || (page == null && !items && isIntertitle(li, b, e)))) {
        open(Section.Kind.INTERTITLE, b, null).end = e;
        sections.get(sections.size() - 1).paragraphs.add(new CharSpan(b, e));
        return true;
      }
      return false;
    }

    /** Adds line {@code l} from {@code b} as a paragraph of its story, with its trailing age; a signature ending it is furniture. */
    private void paragraph(Line l, Dateline d, int b) {
      int e = l.end;
      Matcher sig = SIGNATURE.matcher(text).region(b, e);
      int signature = -1;
      if (sig.find() && sig.start() > b) {
        signature = sig.start() + 1;
        e = Chars.trimEnd(text, b, sig.start());
      }
      Draft s = storyFor(d, b);
      int pb = d != null ? Chars.skipSpace(text, d.span().end(), e) : b;
      if (d != null && pb < e && FurnitureRules.match(text, pb, e, earlier) != null) {
        s.end = d.span().end(); // OOSTERHOUT, maandag FOTO: Visumar
        furniture(pb, e);
        return;
      }
      int pe = e;
      int trailingAge = Ages.trailing(text, pb, e);
      if (trailingAge >= 0) {
        s.age = Ages.at(text, trailingAge, referenceTime);
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

    /** The story a paragraph at {@code b} goes into: a new item at a dateline after the body, the open story, or a new one. */
    private Draft storyFor(Dateline d, int b) {
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
      return s;
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
  static final class Line {
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
      this.ageEnd = Ages.leadingEnd(text, begin, end);
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

  /** A title: at most 200 characters, not starting in lower case, not ending like a sentence or a list. */
  static boolean isTitle(String text, int b, int e) {
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

  /** The number of words, runs of non-space characters, in [b, e). */
  static int words(String text, int b, int e) {
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

  /** A byline: a short line opening with {@code Door} or {@code Van onze}, not ending in a full stop. */
  static boolean isByline(String text, Line l) {
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