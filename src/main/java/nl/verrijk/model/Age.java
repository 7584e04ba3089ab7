package nl.verrijk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How old a feed item was when the page was read, as the page wrote it ({@code 3 uur geleden}).
 *
 * @param span where it is written
 * @param text as written
 * @param duration the age as a duration ({@code PT3H})
 * @param instant the reference time minus the age, or null when no reference time was given
 */
public record Age(CharSpan span, String text, Duration duration, Instant instant) {

  /** Checks the fields. */
  public Age {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(duration, "duration");
  }

  /** Reads as {@code "3 uur geleden"=PT3H}. */
  @Override
  public String toString() {
    return "\"" + text + "\"=" + duration + (instant == null ? "" : "@" + instant);
  }
}
