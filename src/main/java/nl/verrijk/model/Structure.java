package nl.verrijk.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The article's own structure: headline, byline, dateline, body and the feed of related items that
 * news pages append.
 *
 * @param headline the headline, or null
 * @param byline a {@code Door ...} byline, or null
 * @param dateline the body's dateline, or null
 * @param relatedHeader the header above the related items ({@code Meer uit Buitenland}), or null
 * @param sections the body first, then the related items; never empty for a non-blank text
 */
public record Structure(
    CharSpan headline, CharSpan byline, Dateline dateline, CharSpan relatedHeader, ImmutableList<Section> sections) {

  /** Normalises a null section list to an empty one. */
  public Structure {
    sections = sections == null ? ImmutableList.of() : sections;
  }

  /** The body section, if the text has one. */
  public Optional<Section> body() {
    return sections.stream().filter(s -> s.kind() == Section.Kind.BODY).findFirst();
  }

  /** The related items, in order. */
  public ImmutableList<Section> relatedItems() {
    return sections.stream().filter(s -> s.kind() == Section.Kind.RELATED_ITEM)
        .collect(ImmutableList.toImmutableList());
  }

  /** The section holding a character offset, if any. */
  public Optional<Section> sectionAt(int offset) {
    return sections.stream().filter(s -> s.contains(offset)).findFirst();
  }

  /** Reads as {@code Structure[headline@0..57, dateline MOSKOU (ANP/RTR), 1 body, 7 related items]}. */
  @Override
  public String toString() {
    return "Structure[" + (headline == null ? "no headline" : "headline@" + headline)
        + (dateline == null ? "" : ", dateline " + dateline.place()) + ", " + sections.size() + " sections, "
        + relatedItems().size() + " related items]";
  }
}
