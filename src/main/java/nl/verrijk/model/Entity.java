package nl.verrijk.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A person, place, organisation or other named thing, with every mention of it in the article.
 *
 * @param index position in the article's entity list
 * @param label PER, LOC, ORG or MISC: the type its mentions are labelled with ({@link Mention#label()}), by majority
 * @param name the canonical name (the longest full mention: "Donald Tusk" for "Tusk")
 * @param mentions indices into the article's mention list, in text order
 */
public record Entity(int index, EntityType label, String name, ImmutableList<Integer> mentions) {

  /** Checks the fields. */
  public Entity {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(name, "name");
    mentions = mentions == null ? ImmutableList.of() : mentions;
  }

  /** Reads as {@code Donald Tusk[PER]×2}. */
  @Override
  public String toString() {
    return name + "[" + label + "]×" + mentions.size();
  }
}
