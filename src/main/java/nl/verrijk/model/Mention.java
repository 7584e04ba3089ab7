package nl.verrijk.model;

import java.util.Objects;

/**
 * A labelled stretch of text: the general span type that named-entity mentions, quote contents,
 * cues and speakers reuse.
 *
 * @param label what the span is (for example {@code PER}, {@code LOC}, {@code CUE})
 * @param span the characters in the original text
 * @param tokens the tokens covered
 * @param sentence index of the sentence the span starts in
 * @param text the covered characters, for reading and matching
 * @param confidence between 0 and 1; 1 for rule-made spans
 */
public record Mention(
    String label, CharSpan span, TokenRange tokens, int sentence, String text, double confidence) {

  /** Checks the fields. */
  public Mention {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(text, "text");
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }

  /** Reads as {@code "Mark Rutte"[PER]@0..10}. */
  @Override
  public String toString() {
    return "\"" + text + "\"[" + label + "]@" + span;
  }
}
