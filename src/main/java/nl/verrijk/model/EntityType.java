package nl.verrijk.model;

import java.util.Objects;

/** The four CoNLL-2002 entity types; their names are the labels of entity mentions and of the JSON. */
public enum EntityType {
  /** A person: "Mark Rutte". */
  PER,
  /** A place: "Utrecht", "de Maas". */
  LOC,
  /** An organisation: "de politie", "Ajax". */
  ORG,
  /** Another named thing: events, works, nationalities ("Nederlandse", "Eurovisiesongfestival"). */
  MISC;

  /** The type of a mention label ({@code "PER"}); refused with the valid types for anything else. */
  public static EntityType of(String label) {
    Objects.requireNonNull(label, "label must not be null");
    try {
      return valueOf(label);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an entity type: '" + label + "' (one of PER, LOC, ORG, MISC)", e);
    }
  }

  /** Whether a mention has this type as its label. */
  public boolean labels(Mention mention) {
    return name().equals(mention.label());
  }
}
