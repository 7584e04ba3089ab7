package nl.verrijk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The article as a self-contained HTML page, in the manner of spaCy's displaCy: entities highlighted
 * by type, quotes marked by kind and tied to their speakers and cues, the structure, the quotes and
 * entities as tables, and the keywords. Inline CSS, no scripts, no external assets.
 *
 * <p>The article's text stands in one element, {@code id="verrijk-text"}, whose text content is
 * exactly {@link Article#text()}: labels, types and resolved names are in attributes (shown through
 * CSS) or outside it. Entity elements carry {@code data-type}, quote elements {@code data-kind} and
 * {@code data-speaker}. Every piece of text is escaped, and the page forbids scripts in its
 * content security policy besides.
 */
public final class ArticleHtml {

  private static final String CSS = resource("view.css");

  private ArticleHtml() {}

  /** The whole page for one article; its text element has {@code id="verrijk-text"}. */
  public static String page(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    return header(title(article)) + article(article, "verrijk-text") + footer();
  }

  /**
   * The start of a page, up to and including {@code <body>}, for pages of several articles written
   * one {@link #article} at a time; end it with {@link #footer()}.
   */
  public static String header(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<meta name=\"generator\" content=\"verrijk\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\nbody { margin: 0 auto; max-width: 60rem; "
        + "padding: 1rem 1.5rem 3rem; }\n" + CSS + "</style>\n</head>\n<body>\n";
  }

  /**
   * The article for embedding in another page, such as a notebook's output cell ({@code display(
   * ArticleHtml.fragment(article), "text/html")} in IJava or JJava): the view's style, every rule
   * scoped to the view, and the {@link #article} element, whose text element has no id (a notebook
   * may show several).
   */
  public static String fragment(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    return "<style>\n" + CSS + "</style>\n" + article(article, null);
  }

  /** The end of a page begun with {@link #header}. */
  public static String footer() {
    return "</body>\n</html>\n";
  }

  /**
   * One article as an {@code <article>} element: its heading and metadata, the legend, the marked-up
   * text in an element with the given id (none when null) and class {@code verrijk-text}, then the
   * quotes, entities, structure and keywords.
   */
  public static String article(Article a, String textId) {
    Objects.requireNonNull(a, "article must not be null");
    StringBuilder sb = new StringBuilder(a.text().length() * 3 + 4096);
    sb.append("<article class=\"verrijk\">\n<header>\n<h1>").append(escape(title(a))).append("</h1>\n");
    meta(sb, a);
    legend(sb, a);
    sb.append("</header>\n<div").append(textId == null ? "" : " id=\"" + escape(textId) + "\"")
        .append(" class=\"verrijk-text\" lang=\"nl\">");
    new Marks(a).write(sb);
    sb.append("</div>\n");
    if (a.has(Layer.QUOTES)) {
      sb.append("<section class=\"quotes\">\n<h2>Quotes</h2>\n").append(QuoteTable.html(a)).append("</section>\n");
    }
    if (a.has(Layer.ENTITIES)) {
      entities(sb, a);
    }
    if (a.structure() != null && !a.structure().sections().isEmpty()) {
      structure(sb, a);
    }
    if (a.has(Layer.KEYWORDS)) {
      sb.append("<section class=\"keywords-section\">\n<h2>Keywords</h2>\n");
      if (a.keywords().isEmpty()) {
        sb.append("<p class=\"none\">No keywords.</p>\n");
      } else {
        sb.append("<ul class=\"keywords\">");
        for (Keyword k : a.keywords()) {
          sb.append("<li title=\"stem ").append(escape(k.stem())).append(", score ")
              .append(String.format(Locale.ROOT, "%.2f", k.score())).append("\">").append(escape(k.form()))
              .append(" ×").append(k.count()).append("</li>");
        }
        sb.append("</ul>\n");
      }
      sb.append("</section>\n");
    }
    return sb.append("</article>\n").toString();
  }

  /** The text with {@code & < > " '} replaced by character references; a carriage return kept as one. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(sb, s, 0, s.length());
    return sb.toString();
  }

  static void escape(StringBuilder sb, String s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\r' -> sb.append("&#13;"); // HTML parsers turn a raw CR into LF; the reference keeps it
        default -> sb.append(c);
      }
    }
  }

  /** The page title: the headline, else the id, else "Article". */
  static String title(Article a) {
    return a.headline().map(h -> h.strip()).filter(h -> !h.isEmpty())
        .orElse(a.id() != null ? a.id() : "Article");
  }

  /** A section's name as the tables show it: headline, body, subhead, furniture or item k. */
  static String sectionName(Structure s, Section section) {
    return switch (section.kind()) {
      case HEADLINE -> "headline";
      case BODY -> "body";
      case INTERTITLE -> "subhead";
      case FURNITURE -> "furniture";
      case RELATED_ITEM -> "item " + s.storyAt(section.span().begin());
    };
  }

  private static void meta(StringBuilder sb, Article a) {
    Map<String, String> meta = new LinkedHashMap<>();
    if (a.id() != null) {
      meta.put("id", a.id());
    }
    Page p = a.page();
    if (p != null && p.siteName() != null) {
      meta.put("site", p.siteName());
    }
    if (p != null && p.published() != null) {
      meta.put("published", p.published().toString());
    }
    if (a.referenceTime() != null) {
      meta.put("read", a.referenceTime().toString());
    }
    Structure s = a.structure();
    if (s != null && s.dateline() != null) {
      meta.put("dateline", s.dateline().placeName() + (s.dateline().agencies().isEmpty() ? ""
          : " (" + String.join("/", s.dateline().agencies()) + ")"));
    }
    meta.put("size", a.text().length() + " characters, " + a.tokens().size() + " tokens, " + a.sentences().size()
        + " sentences");
    sb.append("<dl class=\"meta\">");
    for (Map.Entry<String, String> e : meta.entrySet()) {
      sb.append("<dt>").append(e.getKey()).append("</dt><dd>").append(escape(e.getValue())).append("</dd>");
    }
    if (p != null && p.url() != null) {
      sb.append("<dt>url</dt><dd>");
      if (p.url().matches("(?i)https?://\\S+")) { // never a javascript: or data: link
        sb.append("<a href=\"").append(escape(p.url())).append("\" rel=\"noopener noreferrer\">")
            .append(escape(p.url())).append("</a>");
      } else {
        sb.append(escape(p.url()));
      }
      sb.append("</dd>");
    }
    sb.append("</dl>\n");
  }

  private static void legend(StringBuilder sb, Article a) {
    sb.append("<ul class=\"legend\" aria-label=\"Legend\">");
    if (a.has(Layer.ENTITIES)) {
      for (String type : new String[] {"PER", "LOC", "ORG", "MISC"}) {
        sb.append("<li><mark class=\"ent\" data-type=\"").append(type).append("\" title=\"").append(type)
            .append(": ").append(Marks.typeName(type)).append("\">").append(Marks.typeName(type)).append("</mark></li>");
      }
    }
    if (a.has(Layer.QUOTES)) {
      for (Quote.Kind k : Quote.Kind.values()) {
        String label = k.name().toLowerCase(Locale.ROOT);
        sb.append("<li><span class=\"q\" data-kind=\"").append(k).append("\" data-quote=\"\" data-label=\"")
            .append(label).append("\">").append(label).append(" quote</span></li>");
      }
      sb.append("<li><span class=\"speaker\">speaker</span></li><li><span class=\"cue\">cue</span></li>");
    }
    if (a.structure() != null && !a.structure().furniture().isEmpty()) {
      sb.append("<li><span class=\"sec-furniture\">page furniture (not annotated)</span></li>");
    }
    sb.append("</ul>\n");
  }

  private static void entities(StringBuilder sb, Article a) {
    sb.append("<section class=\"entities\">\n<h2>Entities</h2>\n");
    if (a.entities().isEmpty()) {
      sb.append("<p class=\"none\">No entities.</p>\n</section>\n");
      return;
    }
    sb.append("<table>\n<thead><tr><th scope=\"col\">name</th><th scope=\"col\">type</th>"
        + "<th scope=\"col\">mentions</th><th scope=\"col\">as written</th></tr></thead>\n<tbody>\n");
    List<Entity> sorted = new ArrayList<>(a.entities());
    sorted.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparingInt(Entity::index));
    for (Entity e : sorted) {
      List<String> forms = a.mentions(e).stream().map(Mention::text).distinct().toList();
      sb.append("<tr data-type=\"").append(e.label()).append("\"><td>").append(escape(e.name()))
          .append("</td><td>").append(e.label()).append("</td><td>").append(e.mentions().size())
          .append("</td><td>").append(escape(String.join(" · ", forms))).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void structure(StringBuilder sb, Article a) {
    Structure s = a.structure();
    sb.append("<section class=\"structure\">\n<h2>Structure</h2>\n<ol>\n");
    for (Section section : s.sections()) {
      sb.append("<li data-section=\"").append(section.kind()).append("\">").append(sectionName(s, section));
      if (section.dateline() != null) {
        sb.append(" · dateline ").append(escape(section.dateline().placeName()));
        if (!section.dateline().agencies().isEmpty()) {
          sb.append(" (").append(escape(String.join("/", section.dateline().agencies()))).append(')');
        }
      }
      int n = section.paragraphs().size();
      sb.append(" · ").append(n).append(n == 1 ? " paragraph" : " paragraphs");
      if (section.age() != null) {
        sb.append(" · ").append(escape(section.age().text())).append(" (").append(section.age().duration());
        if (section.age().instant() != null) {
          sb.append(", ").append(section.age().instant());
        }
        sb.append(')');
      }
      String first = section.paragraphs().isEmpty() ? "" : a.text(section.paragraphs().get(0)).strip();
      if (!first.isEmpty()) {
        sb.append(": <span class=\"none\">").append(escape(first.length() > 80 ? first.substring(0, 79) + "…" : first))
            .append("</span>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ol>\n</section>\n");
  }

  private static String resource(String name) {
    try (InputStream in = ArticleHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource nl/verrijk/model/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a span lies inside the text; spans from a hand-built article may not. */
  static boolean fits(CharSpan span, int length) {
    return span != null && span.begin() >= 0 && span.end() <= length && span.begin() < span.end();
  }
}
