package nl.verrijk.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Who made a statement: the mention as written and who it resolves to.
 *
 * @param mention the speaker as written near the quote ("een woordvoerder", "Tusk", "hij"), or null
 *     when the quote has no speaker of its own (a continuation)
 * @param type how the text names the speaker
 * @param name who it resolves to: the entity's canonical name, else the description
 * @param entity index of the resolved entity in the article's entity list, empty when the speaker is no entity
 *     (the JSON writes {@code -1} then)
 * @param role the role or affiliation the text gives ("minister van Energie"), or null
 */
public record Speaker(Mention mention, Type type, String name, OptionalInt entity, String role) {

  /** How the text names a speaker. */
  public enum Type {
    /** A name: "Donald Tusk", "het Kremlin". */
    NAME,
    /** A description: "een woordvoerder". */
    DESCRIPTION,
    /** A pronoun: "hij", "ze". */
    PRONOUN,
    /** No speaker in the quote's own sentence. */
    NONE
  }

  /** Checks the fields; a null entity is none. */
  public Speaker {
    Objects.requireNonNull(type, "type");
    entity = entity == null ? OptionalInt.empty() : entity;
  }

  /** Who said it, for people: the resolved name, else the speaker as written; null when there is neither. */
  public String who() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return mention == null ? null : mention.text();
  }

  /** Reads as {@code hij→Emmanuel Macron}. */
  @Override
  public String toString() {
    String written = mention == null ? "—" : mention.text();
    return name == null || name.equals(written) ? written : written + "→" + name;
  }
}
