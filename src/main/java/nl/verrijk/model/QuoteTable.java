package nl.verrijk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who said what, as a table for people: one row per quote with its speaker, the speaker's role, the
 * kind, the cue, the content and the section it stands in. Plain text for JShell
 * ({@link #text(Article)}) and an HTML table for the view ({@link #html(Article)}).
 */
public final class QuoteTable {

  private static final String[] HEAD = {"#", "speaker", "role", "kind", "cue", "section", "content"};
  private static final int[] MAX = {4, 28, 28, 8, 12, 10, 72};

  private QuoteTable() {}

  /** The table as aligned plain text, one line per quote under a header line; content is cut at 72 characters. */
  public static String text(Article a) {
    Objects.requireNonNull(a, "article must not be null");
    if (!a.has(Layer.QUOTES)) {
      return "(no quotes layer: enrich the article with its quotes first)\n";
    }
    if (a.quotes().isEmpty()) {
      return "(no quotes)\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(HEAD);
    for (Quote q : a.quotes()) {
      rows.add(row(a, q));
    }
    int[] width = new int[HEAD.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        r[i] = cut(r[i], MAX[i]);
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(r[i]);
        if (i < r.length - 1) {
          line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** The table as an HTML {@code <table>}, every cell escaped, full content; rows carry {@code data-kind} and {@code data-speaker}. */
  public static String html(Article a) {
    Objects.requireNonNull(a, "article must not be null");
    if (a.quotes().isEmpty()) {
      return "<p class=\"none\">No quotes.</p>\n";
    }
    StringBuilder sb = new StringBuilder("<table class=\"quote-table\">\n<thead><tr>");
    for (String h : HEAD) {
      sb.append("<th scope=\"col\">").append(h).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (Quote q : a.quotes()) {
      String[] r = row(a, q);
      sb.append("<tr data-kind=\"").append(q.kind()).append("\" data-speaker=\"")
          .append(ArticleHtml.escape(speakerName(q))).append("\">");
      for (String cell : r) {
        sb.append("<td>").append(ArticleHtml.escape(cell)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  /** Who a quote is attributed to: the resolved name, else the speaker as written, else "". */
  static String speakerName(Quote q) {
    return Objects.requireNonNullElse(q.speaker().who(), "");
  }

  private static String[] row(Article a, Quote q) {
    String speaker = speakerName(q);
    String written = q.speaker().mention() == null ? null : q.speaker().mention().text();
    if (written != null && !written.contains(speaker)) { // "hij", "de bewindsman": say who it resolved to
      speaker = speaker + " (" + written + ")";
    }
    Structure s = a.structure();
    Section section = s == null ? null : s.sectionAt(q.content().begin()).orElse(null);
    return new String[] {
      String.valueOf(q.index() + 1),
      speaker.isEmpty() ? "—" : speaker,
      q.speaker().role() == null ? "—" : q.speaker().role(),
      q.kind().name().toLowerCase(Locale.ROOT),
      q.cue() == null ? "—" : q.cue().text(),
      section == null ? "—" : ArticleHtml.sectionName(s, section),
      q.text()
    };
  }

  /** One line of at most {@code max} code points, whitespace runs as one space, an ellipsis where cut. */
  private static String cut(String s, int max) {
    String line = s.replaceAll("\\s+", " ").strip();
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
  }
}
