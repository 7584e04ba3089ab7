package nl.verrijk.model;

import java.util.Objects;

/**
 * A statement the article reports, with who made it.
 *
 * @param index position in the article's quote list
 * @param kind direct, partial, indirect or headline
 * @param content the reported content, without quote marks
 * @param text the content's characters
 * @param cue the reporting verb or word ("zei", "aldus", "volgens", ":"), or null
 * @param speaker who said it
 * @param sentence index of the sentence the content starts in
 * @param rule the attribution rule (sieve) that decided the speaker
 */
public record Quote(
    int index, Kind kind, CharSpan content, String text, Mention cue, Speaker speaker, int sentence, String rule) {

  /** What kind of report a quote is. */
  public enum Kind {
    /** A whole clause in quote marks. */
    DIRECT,
    /** A quoted fragment inside the writer's own sentence. */
    PARTIAL,
    /** Reported speech without quote marks. */
    INDIRECT,
    /** The Dutch headline convention "Kremlin: aanvallers gebruikten westers wapentuig". */
    HEADLINE
  }

  /** Checks the fields. */
  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
  }

  /** Reads as {@code «Dit is een cruciale kwestie…» — Tusk→Donald Tusk (zei) [DIRECT]}. */
  @Override
  public String toString() {
    String t = text.length() > 40 ? text.substring(0, 39) + "…" : text;
    return "«" + t + "» — " + speaker + (cue == null ? "" : " (" + cue.text() + ")") + " [" + kind + "]";
  }
}
