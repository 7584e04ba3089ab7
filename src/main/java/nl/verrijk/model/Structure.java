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
 * @param sections the sections in text order, not overlapping: furniture, the body with its
 *     intertitles, the related items; never empty for a non-blank text
 */
public record Structure(
    CharSpan headline, CharSpan byline, Dateline dateline, CharSpan relatedHeader, ImmutableList<Section> sections) {

  /** Normalises a null section list to an empty one. */
  public Structure {
    sections = sections == null ? ImmutableList.of() : sections;
  }

  /** The sections of one kind, in order. */
  public ImmutableList<Section> sections(Section.Kind kind) {
    return sections.stream().filter(s -> s.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** The furniture sections, in order. */
  public ImmutableList<Section> furniture() {
    return sections(Section.Kind.FURNITURE);
  }

  /** The intertitles of the body, in order. */
  public ImmutableList<Section> intertitles() {
    return sections(Section.Kind.INTERTITLE);
  }

  /** Whether a character offset lies in page furniture. */
  public boolean isFurniture(int offset) {
    return sectionAt(offset).map(s -> s.kind() == Section.Kind.FURNITURE).orElse(false);
  }

  /**
   * The story a character offset belongs to: 0 for the article (its headline, body, intertitles
   * and the furniture around them), {@code k} for the k-th related item.
   */
  public int storyAt(int offset) {
    int story = 0;
    for (Section s : sections) {
      if (s.span().begin() > offset) {
        break;
      }
      if (s.kind() == Section.Kind.RELATED_ITEM) {
        story++;
      }
    }
    return story;
  }

  /** The first body section, if the text has one. */
  public Optional<Section> body() {
    return sections.stream().filter(s -> s.kind() == Section.Kind.BODY).findFirst();
  }

  /** The related items, in order. */
  public ImmutableList<Section> relatedItems() {
    return sections.stream().filter(s -> s.kind() == Section.Kind.RELATED_ITEM)
        .collect(ImmutableList.toImmutableList());
  }

  /** The section holding a character offset, if any (a binary search: sections are in text order). */
  public Optional<Section> sectionAt(int offset) {
    int lo = 0;
    int hi = sections.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Section s = sections.get(mid);
      if (offset < s.span().begin()) {
        hi = mid - 1;
      } else if (offset >= s.span().end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Reads as {@code Structure[headline@0..57, dateline MOSKOU (ANP/RTR), 1 body, 7 related items]}. */
  @Override
  public String toString() {
    return "Structure[" + (headline == null ? "no headline" : "headline@" + headline)
        + (dateline == null ? "" : ", dateline " + dateline.place()) + ", " + sections.size() + " sections, "
        + relatedItems().size() + " related items" + (furniture().isEmpty() ? "" : ", " + furniture().size()
        + " furniture") + "]";
  }
}
