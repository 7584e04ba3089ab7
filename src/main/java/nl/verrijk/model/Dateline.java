package nl.verrijk.model;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;

/**
 * The dateline that opens a news item, such as {@code MOSKOU (ANP/RTR) -} or
 * {@code DEN HAAG, 3 maart (ANP) -}.
 *
 * @param span the whole dateline, dash included
 * @param place the place as written ({@code MOSKOU})
 * @param placeName the place in normal spelling ({@code Moskou})
 * @param placeSpan where the place is written
 * @param date the date as written ({@code 3 maart}), or null
 * @param agencies the news agencies as written, in order ({@code ANP}, {@code RTR}); may be empty
 * @param day the start of the dated day in Dutch time, when the date names a day and month and the
 *     year is written or known from the reference time; or null
 */
public record Dateline(
    CharSpan span, String place, String placeName, CharSpan placeSpan, String date, ImmutableList<String> agencies,
    Instant day) {

  /** Checks the fields. */
  public Dateline {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(placeName, "placeName");
    agencies = agencies == null ? ImmutableList.of() : agencies;
  }

  /** Reads as {@code MOSKOU (ANP/RTR)@64..82}. */
  @Override
  public String toString() {
    return place + (date == null ? "" : ", " + date) + (agencies.isEmpty() ? "" : " (" + String.join("/", agencies) + ")")
        + "@" + span;
  }
}
