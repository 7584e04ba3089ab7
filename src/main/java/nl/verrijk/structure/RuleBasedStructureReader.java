package nl.verrijk.structure;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verrijk.model.Age;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Dateline;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Section;
import nl.verrijk.model.Structure;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.tokenize.RuleBasedTokenizer;

/**
 * Reads the structure of a news page from its lines: a headline (a first line without final
 * punctuation), a {@code Door ...} byline, datelines ({@code MOSKOU (ANP/RTR) -},
 * {@code DEN HAAG, 3 maart (ANP) -}, {@code AMSTERDAM -}) at the start of a line or right after an
 * item's age, the header above a feed of related items, and the items with their ages
 * ({@code 3 uur geleden}), also where the page glued an age to the next dateline. Text without
 * such marks is one body section; nothing is invented. Immutable and thread-safe.
 */
public final class RuleBasedStructureReader implements Annotator {

  private static final RuleBasedStructureReader INSTANCE = new RuleBasedStructureReader();

  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.]*\\p{Lu}[\\p{Lu}\\p{M}'’.]*";
  private static final Pattern DATELINE = Pattern.compile(
      "(?<place>(?:'[sS]-)?" + CAPS_WORD + "(?:[ \\-]" + CAPS_WORD + "|[ \\-]\\p{Lu}){0,3})"
          + "(?:,\\s*(?<date>\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?))?"
          + "\\s*(?:\\((?<agencies>[^()\\r\\n]{1,600})\\))?"
          + "\\s*(?:-{1,2}|[–—])(?:\\s+|$)");
  private static final Pattern AGE = Pattern.compile(
      "(?<n>\\d{1,4}|een|één)\\s+(?<unit>seconden?|minuut|minuten|min\\.?|uur|dagen|dag|weken|week|maanden|maand)"
          + "\\s+geleden",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
    return article.toBuilder().structure(read(article.text(), article.referenceTime())).build();
  }

  /** Reads the structure of a text; {@code referenceTime} (may be null) turns ages into instants. */
  public Structure read(String text, Instant referenceTime) {
    List<int[]> lines = lines(text);
    if (lines.isEmpty()) {
      return new Structure(null, null, null, null, ImmutableList.of());
    }
    Matcher dm = DATELINE.matcher(text);
    Matcher am = AGE.matcher(text);
    List<Draft> sections = new ArrayList<>();
    CharSpan headline = null;
    CharSpan byline = null;
    CharSpan header = null;
    int first = 0;
    int[] l0 = lines.get(0);
    if (lines.size() > 1 && looksLikeHeadline(text, l0) && datelineAt(dm, l0[0], l0[1]) == null
        && ageAt(am, l0[0], l0[1]) < 0) {
      headline = new CharSpan(l0[0], l0[1]);
      first = 1;
    }
    if (first < lines.size() && isByline(text, lines.get(first))) {
      byline = new CharSpan(lines.get(first)[0], lines.get(first)[1]);
      first++;
    }
    for (int li = first; li < lines.size(); li++) {
      int b = lines.get(li)[0];
      int e = lines.get(li)[1];
      int ageEnd = ageAt(am, b, e);
      if (ageEnd > 0) {
        if (!sections.isEmpty()) {
          sections.get(sections.size() - 1).age = age(text, am, b, referenceTime);
          sections.get(sections.size() - 1).end = ageEnd;
        }
        b = skipSpace(text, ageEnd, e);
        if (b >= e) {
          continue;
        }
      }
      Dateline d = datelineAt(dm, b, e);
      if (d == null && !sections.isEmpty() && header == null && li + 1 < lines.size()
          && sections.size() == 1 && isHeader(text, b, e) && startsItem(text, dm, am, lines.get(li + 1))) {
        header = new CharSpan(b, e);
        sections.get(sections.size() - 1).closed = true;
        continue;
      }
      if (d != null || sections.isEmpty() || sections.get(sections.size() - 1).closed) {
        Draft s = new Draft();
        s.start = d != null ? d.span().begin() : b;
        s.dateline = d;
        sections.add(s);
      }
      Draft s = sections.get(sections.size() - 1);
      int pb = d != null ? skipSpace(text, d.span().end(), e) : b;
      int pe = e;
      int trailingAge = trailingAge(text, am, pb, e);
      if (trailingAge >= 0) {
        s.age = age(text, am, trailingAge, referenceTime);
        pe = trimEnd(text, pb, trailingAge);
      }
      if (pe > pb) {
        s.paragraphs.add(new CharSpan(pb, pe));
      }
      s.end = e;
    }
    ImmutableList.Builder<Section> out = ImmutableList.builder();
    for (int i = 0; i < sections.size(); i++) {
      Draft s = sections.get(i);
      out.add(new Section(i, i == 0 ? Section.Kind.BODY : Section.Kind.RELATED_ITEM,
          new CharSpan(s.start, Math.max(s.start, s.end)), s.dateline, ImmutableList.copyOf(s.paragraphs), s.age));
    }
    ImmutableList<Section> list = out.build();
    Dateline main = list.isEmpty() || list.get(0).kind() != Section.Kind.BODY ? null : list.get(0).dateline();
    return new Structure(headline, byline, main, header, list);
  }

  private static final class Draft {
    int start;
    int end;
    Dateline dateline;
    Age age;
    boolean closed;
    final List<CharSpan> paragraphs = new ArrayList<>();
  }

  /** Non-blank lines as trimmed [begin, end) pairs; any of \n, \r\n, \r and the Unicode separators ends a line. */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int n = text.length();
    int b = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        int s = skipSpace(text, b, i);
        int e = trimEnd(text, s, i);
        if (e > s) {
          lines.add(new int[] {s, e});
        }
        b = i + 1;
      }
    }
    return lines;
  }

  private static int skipSpace(String text, int b, int e) {
    while (b < e && RuleBasedTokenizer.isSpace(text.charAt(b))) {
      b++;
    }
    return b;
  }

  private static int trimEnd(String text, int b, int e) {
    while (e > b && RuleBasedTokenizer.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static Dateline datelineAt(Matcher m, int b, int e) {
    m.region(b, e);
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place");
    ImmutableList.Builder<String> agencies = ImmutableList.builder();
    if (m.group("agencies") != null) {
      for (String a : m.group("agencies").split("[/,;]|\\s+en\\s+")) {
        if (!a.isBlank()) {
          agencies.add(a.strip());
        }
      }
    }
    int dash = m.end();
    String s = m.group();
    int visibleEnd = b + s.stripTrailing().length();
    return new Dateline(new CharSpan(b, Math.min(dash, visibleEnd)), place, placeName(place),
        new CharSpan(m.start("place"), m.end("place")), m.group("date"), agencies.build());
  }

  /** {@code MOSKOU} → {@code Moskou}, {@code DEN HAAG} → {@code Den Haag}, {@code 'S-HERTOGENBOSCH} → {@code 's-Hertogenbosch}. */
  public static String placeName(String place) {
    StringBuilder sb = new StringBuilder(place.length());
    boolean start = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.';
    }
    String name = sb.toString();
    return name.startsWith("'S-") ? "'s-" + name.substring(3) : name;
  }

  /** The end of an age at the start of [b, e), or -1. */
  private static int ageAt(Matcher m, int b, int e) {
    m.region(b, e);
    return m.lookingAt() ? m.end() : -1;
  }

  /** The start of an age that ends the line [b, e), or -1. */
  private static int trailingAge(String text, Matcher m, int b, int e) {
    m.region(b, e);
    while (m.find()) {
      if (m.end() == e && m.start() > b && RuleBasedTokenizer.isSpace(text.charAt(m.start() - 1))) {
        return m.start();
      }
    }
    return -1;
  }

  private static Age age(String text, Matcher m, int b, Instant referenceTime) {
    m.region(b, text.length());
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

  private static boolean looksLikeHeadline(String text, int[] line) {
    String s = text.substring(line[0], line[1]);
    char last = s.charAt(s.length() - 1);
    return s.length() <= 200 && last != '.' && last != ',' && last != ';' && !Character.isLowerCase(s.codePointAt(0));
  }

  private static boolean isByline(String text, int[] line) {
    String s = text.substring(line[0], line[1]);
    return (s.startsWith("Door ") || s.startsWith("door ") || s.startsWith("Van onze ")) && s.length() <= 80
        && s.charAt(s.length() - 1) != '.';
  }

  private static boolean isHeader(String text, int b, int e) {
    String s = text.substring(b, e);
    char last = s.charAt(s.length() - 1);
    return s.length() <= 60 && s.split("\\s+").length <= 6 && Character.isLetterOrDigit(last);
  }

  private static boolean startsItem(String text, Matcher dm, Matcher am, int[] line) {
    int b = line[0];
    int ageEnd = ageAt(am, b, line[1]);
    if (ageEnd > 0) {
      b = skipSpace(text, ageEnd, line[1]);
    }
    return datelineAt(dm, b, line[1]) != null;
  }

  /** Reads as {@code RuleBasedStructureReader}. */
  @Override
  public String toString() {
    return "RuleBasedStructureReader";
  }
}
