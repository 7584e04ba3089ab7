package nl.verrijk.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A part of a page, in text order: the headline, the article's body (one section, or several where intertitles
 * or furniture interrupt it), an intertitle, a run of page furniture, or one related item of a
 * news feed with its own dateline and age.
 *
 * @param index position in the article's section list
 * @param kind headline, body, intertitle, furniture or related item
 * @param span from the section's first to its last character
 * @param dateline its dateline, or null
 * @param paragraphs its paragraphs (lines), without the dateline and the age
 * @param age the item's age, or null
 */
public record Section(
    int index, Kind kind, CharSpan span, Dateline dateline, ImmutableList<CharSpan> paragraphs, Age age) {

  /** What a section is. */
  public enum Kind {
    /** The article's headline line (without a label or date glued to it). */
    HEADLINE,
    /** The article's own text. */
    BODY,
    /** A subhead inside the body. */
    INTERTITLE,
    /**
     * Page furniture: banners, cookie and login notices, menus, share and "lees ook" lines,
     * repeated headlines, photo credits, page dates, section labels. Kept in the text; the later
     * layers add no quotes, entities or keywords from it.
     */
    FURNITURE,
    /** An item of the feed of related news that follows the body. */
    RELATED_ITEM;

    /** Whether a section of this kind opens a story of its own (the body or a related item). */
    public boolean opensStory() {
      return this == BODY || this == RELATED_ITEM;
    }
  }

  /** Checks the fields. */
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    paragraphs = paragraphs == null ? ImmutableList.of() : paragraphs;
  }

  /** Whether a character offset lies in this section. */
  public boolean contains(int offset) {
    return span.begin() <= offset && offset < span.end();
  }

  /** Reads as {@code RELATED_ITEM#2[BRUSSEL (ANP)@..., 2 paragraphs, "3 uur geleden"=PT3H]@1200..1500}. */
  @Override
  public String toString() {
    return kind + "#" + index + "[" + (dateline == null ? "" : dateline.place() + ", ") + paragraphs.size()
        + " paragraphs" + (age == null ? "" : ", " + age) + "]@" + span;
  }
}
