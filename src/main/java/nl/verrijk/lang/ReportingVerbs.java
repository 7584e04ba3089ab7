package nl.verrijk.lang;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Dutch reporting cues: verbs of saying, thinking and writing by lemma and inflected form
 * ({@code reporting-verbs.tsv}), finite forms of separable ones with the particle that must follow
 * ({@code separable-reporting-verbs.tsv}: {@code liet ... weten}, {@code voegde ... toe}), and the
 * cue words {@code aldus} and {@code volgens}.
 */
public final class ReportingVerbs {

  private ReportingVerbs() {}

  /** The lemma of a reporting verb form (by the token's lemma when tagged, may be null), or null. */
  public static String verbLemma(String form, String lemma) {
    if (lemma != null && Holder.LEMMAS.contains(lemma) && !lemma.equals("aldus") && !lemma.equals("volgens")) {
      return lemma;
    }
    String l = Holder.FORMS.get(form.toLowerCase(Locale.ROOT));
    return l == null || l.equals("aldus") || l.equals("volgens") ? null : l;
  }

  /** The particles one of which a finite form of a separable reporting verb needs; empty for others. */
  public static ImmutableSet<String> particles(String form) {
    return Holder.SEPARABLE.get(form.toLowerCase(Locale.ROOT));
  }

  /** Loads both files on first use. */
  private static final class Holder {
    static final ImmutableMap<String, String> FORMS;
    static final ImmutableSet<String> LEMMAS;
    static final ImmutableSetMultimap<String, String> SEPARABLE;

    static {
      Map<String, String> forms = new LinkedHashMap<>();
      for (String[] row : rows("reporting-verbs.tsv")) {
        for (String f : row[1].split(" ")) {
          forms.remove(f);
          forms.put(f, row[0]); // the last line that lists a form wins
        }
      }
      FORMS = ImmutableMap.copyOf(forms);
      LEMMAS = ImmutableSet.copyOf(forms.values());
      ImmutableSetMultimap.Builder<String, String> s = ImmutableSetMultimap.builder();
      for (String[] row : rows("separable-reporting-verbs.tsv")) {
        for (String f : row[1].split(" ")) {
          s.put(f, row[0]);
        }
      }
      SEPARABLE = s.build();
    }

    private static List<String[]> rows(String resource) {
      List<String[]> rows = WordList.lines(resource).stream().map(l -> l.split("\t")).toList();
      for (String[] row : rows) {
        if (row.length != 2) {
          throw new IllegalStateException(resource + ": every line needs two tab-separated fields, not \""
              + String.join("\\t", row) + "\"");
        }
      }
      return rows;
    }
  }
}
