package nl.verrijk.model;

import java.util.List;

/**
 * The snapshot of {@link Article#snapshot()} and the readable rendering of {@link Article#render()} and
 * {@code --format text}: the structure at a
 * glance, the entities with their types, the quotes with their speakers, then the sentences.
 */
final class ArticleRendering {

  private ArticleRendering() {}

  /** The rendering of {@link Article#snapshot()}. */
  static String snapshot(Article a) {
    StringBuilder sb = new StringBuilder();
    sb.append("article");
    for (Layer l : a.layers()) {
      sb.append(' ').append(l.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (String own : a.extensions().keySet()) {
      sb.append(' ').append(own);
    }
    sb.append('\n');
    List<Sentence> lines = a.sentences().isEmpty() && !a.tokens().isEmpty()
        ? List.of(new Sentence(0, new CharSpan(a.tokens().get(0).begin(), a.tokens().get(a.tokens().size() - 1).end()),
            new TokenRange(0, a.tokens().size())))
        : a.sentences();
    for (Sentence s : lines) {
      sb.append(s.index() + 1).append(':');
      for (Token t : a.tokens(s)) {
        sb.append(' ').append(t.text());
        if (t.upos() != null) {
          sb.append('/').append(t.upos());
        }
        if (t.lemma() != null && !t.lemma().equals(t.text())) {
          sb.append('/').append(t.lemma());
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String render(Article a) {
    StringBuilder sb = new StringBuilder("== ").append(a).append('\n');
    Structure s = a.structure();
    if (s != null && !s.sections().isEmpty()) {
      if (s.headline() != null) {
        sb.append("headline  ").append(a.text(s.headline())).append('\n');
      }
      if (s.byline() != null) {
        sb.append("byline    ").append(a.text(s.byline())).append('\n');
      }
      int item = 0;
      for (Section section : s.sections()) {
        if (section.kind() == Section.Kind.HEADLINE) {
          continue; // shown above
        }
        if (section.kind() == Section.Kind.FURNITURE && s.relatedHeader() != null
            && section.span().contains(s.relatedHeader())) {
          sb.append("header    ").append(a.text(s.relatedHeader())).append('\n');
          continue;
        }
        if (section.kind() == Section.Kind.RELATED_ITEM) {
          item++;
        }
        sb.append(switch (section.kind()) {
          case HEADLINE, BODY -> "body      ";
          case INTERTITLE -> "subhead   ";
          case FURNITURE -> "furniture ";
          case RELATED_ITEM -> String.format("%-10s", "item " + item);
        });
        if (section.dateline() != null) {
          sb.append(section.dateline().placeName());
          if (!section.dateline().agencies().isEmpty()) {
            sb.append(" (").append(String.join("/", section.dateline().agencies())).append(')');
          }
          sb.append(" · ");
        }
        sb.append(section.paragraphs().size()).append(section.paragraphs().size() == 1 ? " paragraph" : " paragraphs");
        if (section.age() != null) {
          sb.append(" · ").append(section.age().text()).append(" (").append(section.age().duration());
          if (section.age().instant() != null) {
            sb.append(", ").append(section.age().instant());
          }
          sb.append(')');
        }
        sb.append('\n');
      }
    }
    for (Entity e : a.entities()) {
      sb.append("entity    ").append(e).append('\n');
    }
    for (Quote q : a.quotes()) {
      sb.append("quote     ").append(q).append('\n');
    }
    return sb.append(a.snapshot()).append('\n').toString();
  }
}
