package nl.verrijk.structure;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.lang.PlaceNames;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Dateline;

/**
 * Finds datelines as papers write them: {@code MOSKOU (ANP/RTR) -}, {@code BRUSSEL (Belga) -},
 * {@code AMSTERDAM -}, {@code BRUSSEL --}, {@code DEN HAAG, 3 maart (ANP) -}, {@code PLAATS, 22
 * oktober -}, without a dash after a date ({@code GRONINGEN, 14 nov.}, {@code ROTTERDAM, 26 APRIL.},
 * {@code OOSTERHOUT, maandag}), and a place in title case before known agencies, also in
 * mid-paragraph as on OCR'd pages ({@code Genève (rtr/afp/anp) -}), and a listed town in title case
 * before a spaced dash and a sentence ({@code Brussel - Minister …}). A matcher per call: thread-safe.
 */
final class Datelines {

  private static final ZoneId NEWS_ZONE = ZoneId.of("Europe/Amsterdam");
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.]*\\p{Lu}[\\p{Lu}\\p{M}'’.]*";
  private static final String CAPS_PLACE = "(?:'[sS]-)?" + CAPS_WORD + "(?:[ \\-]" + CAPS_WORD + "|[ \\-]\\p{Lu}){0,3}";
  private static final String TITLE_PLACE = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:[ \\-]\\p{Lu}[\\p{Ll}\\p{M}'’]+){0,2}";
  private static final String DATE = "\\d{1,2}\\s+\\p{L}+\\.?(?:\\s+\\d{4})?";
  private static final Pattern WITH_DASH = Pattern.compile(
      "(?<place>" + CAPS_PLACE + ")(?:,\\s*(?<date>" + DATE + "|\\p{Ll}+dag))?"
          + "\\s*(?:\\((?<agencies>[^()\\r\\n]{1,600})\\))?\\s*(?:-{1,2}|[–—])(?:\\s+|$)");
  private static final Pattern DATED = Pattern.compile(
      "(?<place>" + CAPS_PLACE + "),\\s*(?<date>\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?|\\p{Ll}+dag)\\.?(?:\\s+|$)(?<agencies>(?!))?");
  private static final Pattern AGENCY_LED = Pattern.compile(
      "(?<place>" + TITLE_PLACE + "|" + CAPS_PLACE + ")\\s*\\((?<agencies>[\\p{L} /,;]{2,40})\\)\\s*(?:-{1,2}|[–—])\\s(?<date>(?!))?");
  /** A page's time stamp and reaction count before a place, as Flemish news sites print them: {@code 15u46 0 Hasselt Het}. */
  private static final Pattern STAMPED = Pattern.compile(
      "\\d{1,2}u\\d{2}(?:\\s+\\d{1,4})?\\s+(?<place>\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+)\\s+(?=\\p{Lu}\\p{Ll})"
          + "(?<date>(?!))?(?<agencies>(?!))?");
  /** {@code Brussel - Minister …}: a town in title case before a spaced dash, as Flemish and regional sites write it. */
  private static final Pattern TOWN_DASH = Pattern.compile(
      "(?<place>" + TITLE_PLACE + ")\\s+(?:-{1,2}|[–—])\\s+(?=\\p{Lu})(?<date>(?!))?(?<agencies>(?!))?");
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?(?:\\s+(\\d{4}))?");

  private Datelines() {}

  /** The dateline that opens the line {@code [b, e)}, or null. */
  static Dateline at(String text, int b, int e, Instant referenceTime) {
    Matcher m = WITH_DASH.matcher(text).region(b, e);
    if (m.lookingAt()) {
      return dateline(text, m, b, referenceTime);
    }
    m = DATED.matcher(text).region(b, e);
    if (m.lookingAt() && knownDate(m.group("date")) && startsSentence(text, m.end(), e)) {
      return dateline(text, m, b, referenceTime);
    }
    m = AGENCY_LED.matcher(text).region(b, e);
    if (m.lookingAt() && knownAgencies(m.group("agencies"))) {
      return dateline(text, m, b, referenceTime);
    }
    m = TOWN_DASH.matcher(text).region(b, e);
    if (m.lookingAt() && PlaceNames.isTown(m.group("place")) && words(text, m.end(), e) >= 8) {
      return dateline(text, m, b, referenceTime); // not "Anderlecht - Club Brugge 2-1"
    }
    return null;
  }

  private static int words(String text, int b, int e) {
    int n = 0;
    for (int i = b; i < e; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && (i == b || Character.isWhitespace(text.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
  }

  /**
   * A dateline inside the line {@code [b, e)}: with known agencies after text a scanner glued on
   * ({@code ... Genève (rtr/afp/anp) - De}), or a place after a page's time stamp
   * ({@code 15u46 0 Hasselt Het ...}); or null.
   */
  static Dateline inside(String text, int b, int e, Instant referenceTime) {
    Matcher stamped = STAMPED.matcher(text).region(b, e);
    if (stamped.lookingAt()) {
      return dateline(text, stamped, stamped.start("place"), referenceTime);
    }
    Matcher m = AGENCY_LED.matcher(text).region(b, e);
    while (m.find()) {
      if (m.start() > b && knownAgencies(m.group("agencies")) && startsSentence(text, m.end(), e)) {
        return dateline(text, m, m.start(), referenceTime);
      }
    }
    return null;
  }

  private static boolean startsSentence(String text, int at, int e) {
    return at >= e || Character.isUpperCase(text.charAt(at)) || Character.isDigit(text.charAt(at))
        || "\"'“‘„«".indexOf(text.charAt(at)) >= 0;
  }

  private static boolean knownDate(String date) {
    if (date.endsWith("dag")) {
      return DutchWords.weekdays().contains(date);
    }
    Matcher dm = DAY_MONTH.matcher(date);
    return dm.matches() && DutchWords.months().containsKey(dm.group(2).toLowerCase(Locale.ROOT));
  }

  private static boolean knownAgencies(String agencies) {
    for (String a : agencies.split("[/,;]|\\s+en\\s+")) {
      if (!a.isBlank() && !DutchWords.newsAgencies().contains(a.strip().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static Dateline dateline(String text, Matcher m, int b, Instant referenceTime) {
    String place = m.group("place");
    ImmutableList.Builder<String> agencies = ImmutableList.builder();
    String list = m.group("agencies");
    if (list != null) {
      for (String a : list.split("[/,;]|\\s+en\\s+")) {
        if (!a.isBlank()) {
          agencies.add(a.strip());
        }
      }
    }
    String date = m.group("date");
    if (date != null) {
      date = date.strip();
    }
    return new Dateline(new CharSpan(b, m.start() + m.group().stripTrailing().length()), place, PlaceNames.casing(place),
        new CharSpan(m.start("place"), m.end("place")), date, agencies.build(), day(date, referenceTime));
  }

  /** The start of the day a date names, the year from the date or from the reference time. */
  static Instant day(String date, Instant referenceTime) {
    if (date == null) {
      return null;
    }
    Matcher dm = DAY_MONTH.matcher(date);
    if (!dm.matches()) {
      return null;
    }
    Integer month = DutchWords.months().get(dm.group(2).toLowerCase(Locale.ROOT));
    if (month == null || (dm.group(3) == null && referenceTime == null)) {
      return null;
    }
    try {
      int dayOfMonth = Integer.parseInt(dm.group(1));
      if (dm.group(3) != null) {
        return LocalDate.of(Integer.parseInt(dm.group(3)), month, dayOfMonth).atStartOfDay(NEWS_ZONE).toInstant();
      }
      LocalDate ref = referenceTime.atZone(NEWS_ZONE).toLocalDate();
      LocalDate d = LocalDate.of(ref.getYear(), month, dayOfMonth);
      return (d.isAfter(ref.plusDays(2)) ? d.minusYears(1) : d).atStartOfDay(NEWS_ZONE).toInstant();
    } catch (DateTimeException e) {
      return null; // 31 februari
    }
  }
}
