package nl.verrijk.structure;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verrijk.model.Age;
import nl.verrijk.model.CharSpan;
import nl.verrijk.text.Chars;

/** Ages as news feeds print them ({@code 3 uur geleden}), and the instants they name from a reference time. */
final class Ages {

  private static final Pattern AGE = Pattern.compile(
      "(?<n>\\d{1,4}|een|één)\\s+(?<unit>seconden?|minuut|minuten|min\\.?|uur|dagen|dag|weken|week|maanden|maand)"
          + "\\s+geleden",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Ages() {}

  /** The end of an age that opens the line [b, e), or -1. */
  static int leadingEnd(String text, int b, int e) {
    Matcher m = AGE.matcher(text).region(b, e);
    return m.lookingAt() ? m.end() : -1;
  }

  /** The start of an age that ends the line [b, e), or -1. */
  static int trailing(String text, int b, int e) {
    Matcher m = AGE.matcher(text).region(b, e);
    while (m.find()) {
      if (m.end() == e && m.start() > b && Chars.isSpace(text.charAt(m.start() - 1))) {
        return m.start();
      }
    }
    return -1;
  }

  /** The age that starts at {@code b}; {@code referenceTime} (may be null) turns it into an instant. */
  static Age at(String text, int b, Instant referenceTime) {
    Matcher m = AGE.matcher(text).region(b, text.length());
    if (!m.lookingAt()) {
      throw new IllegalStateException("no age at " + b);
    }
    String n = m.group("n").toLowerCase(Locale.ROOT);
    long count = n.equals("een") || n.equals("één") ? 1 : Long.parseLong(n);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    Duration d;
    if (unit.startsWith("sec")) {
      d = Duration.ofSeconds(count);
    } else if (unit.startsWith("min")) {
      d = Duration.ofMinutes(count);
    } else if (unit.equals("uur")) {
      d = Duration.ofHours(count);
    } else if (unit.startsWith("dag")) {
      d = Duration.ofDays(count);
    } else if (unit.startsWith("week")) {
      d = Duration.ofDays(7 * count);
    } else {
      d = Duration.ofDays(30 * count); // a month, approximately
    }
    return new Age(new CharSpan(m.start(), m.end()), m.group(), d, referenceTime == null ? null : referenceTime.minus(d));
  }
}
