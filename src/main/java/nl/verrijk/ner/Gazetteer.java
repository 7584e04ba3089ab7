package nl.verrijk.ner;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verrijk.lang.NameLists;
import nl.verrijk.model.CharSpan;
import nl.verrijk.text.TokenSpans;

/**
 * The name lists of {@link NameLists} as token sequences, cut as the tokenizer cuts the text ({@link TokenSpans}):
 * which listed names a run of tokens is, with their CoNLL types and kinds. Evidence for the
 * recognizer's features and mention rules. Immutable and thread-safe; built once.
 */
final class Gazetteer {

  /** The types and kinds one listed form has (a form may be listed as a club and as a place). */
  record Known(ImmutableSet<String> types, ImmutableSet<String> kinds) {
    /** Whether the form is listed with this kind ({@code party}). */
    boolean is(String kind) {
      return kinds.contains(kind);
    }
  }

  private static final String SEP = "\u0001";

  private final ImmutableMap<String, Known> byForm;
  private final ImmutableMap<String, Known> byUpper;
  private final int longest;
  private final ImmutableSet<String> firstWords;

  private Gazetteer(List<NameLists.Entry> entries) {
    Map<String, Set<String>> types = new HashMap<>();
    Map<String, Set<String>> kinds = new HashMap<>();
    int max = 1;
    Set<String> first = new java.util.HashSet<>();
    for (NameLists.Entry e : entries) {
      List<String> words = words(e.form());
      max = Math.max(max, words.size());
      String key = String.join(SEP, words);
      if (!words.isEmpty()) {
        first.add(words.get(0));
        first.add(words.get(0).toUpperCase(Locale.ROOT));
      }
      types.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.type());
      kinds.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.kind());
    }
    ImmutableMap.Builder<String, Known> b = ImmutableMap.builder();
    Map<String, Known> upper = new HashMap<>();
    for (Map.Entry<String, Set<String>> t : types.entrySet()) {
      Known k = new Known(ImmutableSet.copyOf(t.getValue()), ImmutableSet.copyOf(kinds.get(t.getKey())));
      b.put(t.getKey(), k);
      upper.putIfAbsent(t.getKey().toUpperCase(Locale.ROOT), k);
    }
    this.byForm = b.buildOrThrow();
    this.byUpper = ImmutableMap.copyOf(upper);
    this.longest = max;
    this.firstWords = ImmutableSet.copyOf(first);
  }

  /**
   * The tokens of a listed form as the tokenizer cuts them ({@link TokenSpans}); a form of letters, digits, hyphens and
   * spaces only, without a capital after a small letter ({@code Open Vld}, {@code N-VA}; not
   * {@code DéFI}), is cut at its spaces without it, which is the same.
   */
  static List<String> words(String form) {
    boolean plain = true;
    for (int i = 0; i < form.length() && plain; i++) {
      char c = form.charAt(i);
      plain = (Character.isLetterOrDigit(c) || c == ' ' || c == '-' && i > 0 && i < form.length() - 1
          && Character.isLetterOrDigit(form.charAt(i - 1)) && Character.isLetterOrDigit(form.charAt(i + 1)))
          && !(Character.isUpperCase(c) && i > 0 && Character.isLowerCase(form.charAt(i - 1)));
    }
    if (plain) {
      return List.of(form.split(" +"));
    }
    List<String> out = new java.util.ArrayList<>();
    for (CharSpan s : TokenSpans.of(form)) {
      out.add(form.substring(s.begin(), s.end()));
    }
    return out;
  }

  /** The shared gazetteer of the shipped name lists. */
  static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  /** A gazetteer over the given entries (for tests). */
  static Gazetteer of(List<NameLists.Entry> entries) {
    return new Gazetteer(entries);
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = new Gazetteer(NameLists.entries());
  }

  /**
   * What the tokens {@code [from, to)} are as a listed name, or null: the form as written, or (when
   * every letter is a capital, {@code N-VA}, {@code BRUSSEL}) any listed form in capitals.
   */
  Known lookup(List<String> words, int from, int to) {
    if (from < 0 || to > words.size() || from >= to || to - from > longest) {
      return null;
    }
    String key = to - from == 1 ? words.get(from) : String.join(SEP, words.subList(from, to));
    Known k = byForm.get(key);
    if (k == null && NerFeatures.isAllCaps(key.replace(SEP, ""))) {
      k = byUpper.get(key);
    }
    if (k == null && key.length() > 3 && key.endsWith("s")) {
      // the plural of a product: Humvees, F-16's
      Known singular = byForm.get(key.substring(0, key.length() - (key.endsWith("'s") || key.endsWith("’s") ? 2 : 1)));
      if (singular != null && singular.is("product")) {
        k = singular;
      }
    }
    return k;
  }

  /** The end of the longest listed name that starts at token {@code from}, or -1. */
  int longestMatch(List<String> words, int from) {
    if (from >= words.size()) {
      return -1;
    }
    if (!firstWords.contains(words.get(from))) {
      return words.get(from).endsWith("s") && lookup(words, from, from + 1) != null ? from + 1 : -1;
    }
    for (int to = Math.min(words.size(), from + longest); to > from; to--) {
      if (lookup(words, from, to) != null) {
        return to;
      }
    }
    return -1;
  }
}
