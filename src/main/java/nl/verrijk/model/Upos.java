package nl.verrijk.model;

import java.util.Objects;

/**
 * The 17 Universal Dependencies parts of speech (universaldependencies.org/u/pos); their names are the tags
 * as CoNLL-U and the JSON write them.
 */
public enum Upos {
  /** Adjective: "groot", "Nederlandse". */
  ADJ,
  /** Adposition: "in", "van", "volgens". */
  ADP,
  /** Adverb: "niet", "gisteren". */
  ADV,
  /** Auxiliary verb: "heeft", "wordt", "kan". */
  AUX,
  /** Coordinating conjunction: "en", "maar". */
  CCONJ,
  /** Determiner: "de", "een", "deze". */
  DET,
  /** Interjection: "ja", "hè". */
  INTJ,
  /** Noun: "minister", "huis". */
  NOUN,
  /** Numeral: "drie", "2024". */
  NUM,
  /** Particle. */
  PART,
  /** Pronoun: "hij", "die". */
  PRON,
  /** Proper noun: "Rutte", "Utrecht". */
  PROPN,
  /** Punctuation. */
  PUNCT,
  /** Subordinating conjunction: "dat", "omdat". */
  SCONJ,
  /** Symbol: "%", "€". */
  SYM,
  /** Verb: "zegt", "gelopen". */
  VERB,
  /** Other: a foreign word, a word that fits no class. */
  X;

  /** The tag named by a UD string ({@code "PROPN"}); refused with the valid tags for anything else. */
  public static Upos of(String tag) {
    Objects.requireNonNull(tag, "tag must not be null");
    try {
      return valueOf(tag);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a Universal Dependencies part of speech: '" + tag + "' (one of "
          + java.util.Arrays.toString(values()) + ")", e);
    }
  }

  /** The tag named by a UD string, or null for null. */
  public static Upos ofNullable(String tag) {
    return tag == null ? null : of(tag);
  }
}
