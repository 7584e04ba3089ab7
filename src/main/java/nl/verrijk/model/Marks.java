package nl.verrijk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The article's text with its layers as nested elements: sections outermost, then datelines, ages
 * and bylines, quotes, speakers and cues, and entity mentions innermost. Elements that cross are
 * split (the later parts carry class {@code cont}), so the markup always nests and the text content
 * stays exactly the article's text. Linear in the text and the number of marks.
 */
final class Marks {

  /** An element to wrap around a span; rank orders elements with the same span, outer first. */
  private record Mark(int begin, int end, int rank, String tag, String cls, String attrs) {}

  private final String text;
  private final List<Mark> marks = new ArrayList<>();

  Marks(Article a) {
    this.text = a.text();
    Structure s = a.structure();
    if (s != null) {
      for (Section section : s.sections()) {
        String label = ArticleHtml.sectionName(s, section);
        String shown = section.kind() == Section.Kind.BODY ? "" : label;
        add(section.span(), 0, "span", "sec sec-" + section.kind().name().toLowerCase(Locale.ROOT),
            attr("data-section", section.kind().name()) + attr("data-label", shown) + attr("title",
                section.kind() == Section.Kind.FURNITURE ? "page furniture (not annotated)" : label));
        Dateline d = section.dateline();
        if (d != null) {
          add(d.span(), 1, "span", "dateline", attr("title", "dateline: " + d.placeName()
              + (d.date() == null ? "" : ", " + d.date())
              + (d.agencies().isEmpty() ? "" : " (" + String.join("/", d.agencies()) + ")")));
        }
        if (section.age() != null) {
          add(section.age().span(), 1, "span", "age", attr("title", "age " + section.age().duration()
              + (section.age().instant() == null ? "" : ", " + section.age().instant())));
        }
      }
      if (s.byline() != null) {
        add(s.byline(), 1, "span", "byline", attr("title", "byline"));
      }
    }
    Map<CharSpan, List<Quote>> speakers = new LinkedHashMap<>();
    Map<CharSpan, List<Quote>> cues = new LinkedHashMap<>();
    for (Quote q : a.quotes()) {
      String speaker = QuoteTable.speakerName(q);
      String kind = q.kind().name().toLowerCase(Locale.ROOT);
      add(q.content(), 2, "span", "q", attr("data-kind", q.kind().name()) + attr("data-quote", q.index() + 1)
          + attr("data-label", kind) + attr("data-speaker", speaker) + attr("title", "quote " + (q.index() + 1)
          + ", " + kind + ": " + (speaker.isEmpty() ? "no speaker found" : speaker)
          + (q.cue() == null ? "" : " (" + q.cue().text() + ")")));
      if (q.speaker().mention() != null) {
        speakers.computeIfAbsent(q.speaker().mention().span(), k -> new ArrayList<>()).add(q);
      }
      if (q.cue() != null) {
        cues.computeIfAbsent(q.cue().span(), k -> new ArrayList<>()).add(q);
      }
    }
    speakers.forEach((span, qs) -> {
      Quote q = qs.get(0);
      String name = QuoteTable.speakerName(q);
      String written = q.speaker().mention().text();
      add(span, 3, "span", "speaker", attr("data-quotes", numbers(qs)) + attr("data-name", name)
          + (name.equals(written) ? "" : attr("data-resolved", name))
          + attr("title", "speaker of quote " + numbers(qs) + ": " + name
              + (q.speaker().role() == null ? "" : ", " + q.speaker().role())));
    });
    cues.forEach((span, qs) -> add(span, 3, "span", "cue", attr("data-quotes", numbers(qs))
        + attr("title", "cue of quote " + numbers(qs))));
    int[] entityOf = new int[a.mentions().size()];
    java.util.Arrays.fill(entityOf, -1);
    for (Entity e : a.entities()) {
      for (int m : e.mentions()) {
        if (m >= 0 && m < entityOf.length) {
          entityOf[m] = e.index();
        }
      }
    }
    for (int i = 0; i < a.mentions().size(); i++) {
      Mention m = a.mentions().get(i);
      Entity e = entityOf[i] >= 0 && entityOf[i] < a.entities().size() ? a.entities().get(entityOf[i]) : null;
      String name = e == null ? m.text() : e.name();
      add(m.span(), 4, "mark", "ent", attr("data-type", m.label()) + (e == null ? "" : attr("data-entity", e.index()))
          + attr("data-name", name) + attr("title", m.label() + " (" + typeName(m.label()) + "): " + name));
    }
  }

  /** Writes the text with the marks, escaped. */
  void write(StringBuilder sb) {
    marks.sort(Comparator.comparingInt(Mark::begin).thenComparingInt(m -> -m.end()).thenComparingInt(Mark::rank));
    List<Mark> open = new ArrayList<>();
    int pos = 0;
    int next = 0;
    while (true) {
      int nextBegin = next < marks.size() ? marks.get(next).begin() : Integer.MAX_VALUE;
      int nextEnd = Integer.MAX_VALUE;
      for (Mark m : open) {
        nextEnd = Math.min(nextEnd, m.end());
      }
      int p = Math.min(nextBegin, nextEnd);
      if (p == Integer.MAX_VALUE) {
        break;
      }
      ArticleHtml.escape(sb, text, pos, p);
      pos = p;
      List<Mark> starting = new ArrayList<>();
      List<Mark> reopened = new ArrayList<>();
      if (nextEnd == p) {
        int lowest = 0;
        while (open.get(lowest).end() > p) {
          lowest++;
        }
        for (int i = open.size() - 1; i >= lowest; i--) {
          Mark m = open.remove(i);
          sb.append("</").append(m.tag()).append('>');
          if (m.end() > p) {
            reopened.add(m);
          }
        }
      }
      starting.addAll(reopened);
      while (next < marks.size() && marks.get(next).begin() == p) {
        starting.add(marks.get(next++));
      }
      starting.sort(Comparator.comparingInt((Mark m) -> -m.end()).thenComparingInt(Mark::rank));
      for (Mark m : starting) {
        sb.append('<').append(m.tag()).append(" class=\"").append(m.cls()).append(reopened.contains(m) ? " cont" : "")
            .append('"').append(m.attrs()).append('>');
        open.add(m);
      }
    }
    ArticleHtml.escape(sb, text, pos, text.length());
  }

  private void add(CharSpan span, int rank, String tag, String cls, String attrs) {
    if (ArticleHtml.fits(span, text.length())) {
      marks.add(new Mark(span.begin(), span.end(), rank, tag, cls, attrs));
    }
  }

  private static String attr(String name, Object value) {
    return " " + name + "=\"" + ArticleHtml.escape(String.valueOf(value)) + "\"";
  }

  private static String numbers(List<Quote> qs) {
    return qs.stream().map(q -> String.valueOf(q.index() + 1)).collect(Collectors.joining(" "));
  }

  static String typeName(String type) {
    return switch (type) {
      case "PER" -> "person";
      case "LOC" -> "place";
      case "ORG" -> "organisation";
      case "MISC" -> "other name";
      default -> type;
    };
  }
}
