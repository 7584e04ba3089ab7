package nl.verrijk.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article in its markup: headline ({@code <h1>}, JSON-LD
 * {@code headline}, {@code og:title} without a site suffix; not {@code <title>}, which old pages fill
 * with the site's name), authors, publication time ({@code article:published_time}, JSON-LD
 * {@code datePublished}, {@code <time datetime>}), canonical address, site name, summary and
 * language. Read before the main text is extracted, from the whole page.
 */
record PageMetadata(String url, String siteName, String headline, String byline, Instant published,
    String description, String language, Kind kind) {

  /** What the page says it is. */
  enum Kind {
    /** JSON-LD of an article type or {@code og:type} article. */
    ARTICLE,
    /** {@code og:type} of another kind ({@code website}): a front page or an index, unless much text says otherwise. */
    OTHER,
    /** The page does not say; it has an {@code <h1>}. */
    UNDECLARED_WITH_TITLE,
    /** The page does not say and has no {@code <h1>}. */
    UNDECLARED
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId NEWS_ZONE = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX");
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-–—·:]\\s+[^|\\-–—·:]{2,40}$");
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting");

  /** Reads the metadata of a parsed page; {@code givenUrl} (may be null) is where it was read from. */
  static PageMetadata of(Document doc, String givenUrl) {
    List<JsonNode> ld = articleJsonLd(doc);
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), givenUrl);
    String site = firstNonBlank(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"));
    String h1 = h1(doc);
    String ogTitle = meta(doc, "og:title");
    String ldHeadline = ldText(ld, "headline");
    String headline = firstNonBlank(h1, ldHeadline, withoutSiteSuffix(ogTitle));
    String byline = firstNonBlank(ldAuthors(ld), meta(doc, "author"), meta(doc, "article:author"),
        text(doc, "[rel=author]"), text(doc, "[itemprop=author]"));
    Instant published = firstInstant(meta(doc, "article:published_time"), ldText(ld, "datePublished"),
        attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
        doc.select("article").size() == 1 ? attr(doc, "article time[datetime]", "datetime") : null,
        doc.select("time[datetime]").size() == 1 ? attr(doc, "time[datetime]", "datetime") : null,
        meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publication_date"), meta(doc, "dcterms.date"),
        meta(doc, "DC.date.issued"));
    String description = firstNonBlank(meta(doc, "og:description"), meta(doc, "description"));
    String language = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
        meta(doc, "og:locale"));
    String ogType = meta(doc, "og:type");
    Kind kind = !ld.isEmpty() || "article".equalsIgnoreCase(ogType) ? Kind.ARTICLE
        : ogType != null ? Kind.OTHER : h1 != null ? Kind.UNDECLARED_WITH_TITLE : Kind.UNDECLARED;
    return new PageMetadata(url, site, headline, byline, published, description, language, kind);
  }

  private static String h1(Document doc) {
    Element scope = doc.selectFirst("article h1, main h1, [role=main] h1");
    Element h1 = scope != null ? scope : doc.selectFirst("h1");
    return h1 == null ? null : clean(h1.text());
  }

  private static String withoutSiteSuffix(String title) {
    return title == null ? null : SITE_SUFFIX.matcher(title.strip()).replaceFirst("");
  }

  private static String meta(Document doc, String name) {
    for (Element e : doc.select("meta[property], meta[name], meta[itemprop]")) {
      if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))
          || name.equalsIgnoreCase(e.attr("itemprop"))) {
        String c = clean(e.attr("content"));
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : clean(e.attr(attr));
  }

  private static String text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : clean(e.text());
  }

  /** The JSON-LD objects of an article type, looking into arrays and {@code @graph}. */
  private static List<JsonNode> articleJsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), out);
      } catch (java.io.IOException | RuntimeException e) {
        // broken JSON-LD is common on real pages; the other sources still count
      }
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      JsonNode type = node.path("@type");
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          out.add(node);
          break;
        }
      }
      collect(node.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> ld, String... path) {
    for (JsonNode n : ld) {
      JsonNode v = n;
      for (String p : path) {
        v = v.isArray() && !v.isEmpty() ? v.get(0).path(p) : v.path(p);
      }
      if (v.isTextual() && clean(v.asText()) != null) {
        return clean(org.jsoup.parser.Parser.unescapeEntities(v.asText(), false));
      }
    }
    return null;
  }

  private static String ldAuthors(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.path("author");
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode one : a.isArray() ? a : List.of(a)) {
        String name = one.isTextual() ? clean(one.asText()) : clean(one.path("name").asText(""));
        if (name != null) {
          names.add(name);
        }
      }
      if (!names.isEmpty()) {
        return names(List.copyOf(names));
      }
    }
    return null;
  }

  /** Names as Dutch writes a list of them: {@code A}, {@code A en B}, {@code A, B en C}. */
  private static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
  }

  private static Instant firstInstant(String... values) {
    for (String v : values) {
      Instant i = instant(v);
      if (i != null) {
        return i;
      }
    }
    return null;
  }

  /** An ISO-8601 time as pages write it: with or without offset (then Dutch time), a space for T, a date alone. */
  static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(v, OFFSET_NO_COLON).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(v).atZone(NEWS_ZONE).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(v).atStartOfDay(NEWS_ZONE).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** Whitespace (no-break spaces too) collapsed and trimmed; null when nothing is left. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return c.isEmpty() ? null : c;
  }
}
