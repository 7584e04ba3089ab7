package nl.verrijk.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second pass over one document's spans: all-capitals datelines, surname propagation from full person names,
 * and (optionally) one type per surface form. Pure functions; thread-safe.
 */
public final class DocumentConsistency {

  /** Which rules run. */
  public record Options(boolean datelines, boolean personPropagation, boolean typeVote, boolean fillUntagged,
      boolean personSplit, boolean orgSplit, boolean vanExtension) {
    /** All rules that are on by default. */
    public static Options defaults() {
      return new Options(true, true, true, false, true, true, true);
    }
  }

  /** A mutable working span. */
  static final class Span {
    int start;
    int end;
    String type;
    double confidence;
    boolean dateline;

    Span(int start, int end, String type, double confidence) {
      this.start = start;
      this.end = end;
      this.type = type;
      this.confidence = confidence;
    }
  }

  private DocumentConsistency() {}

  /** Applies the enabled rules in place to the per-sentence span lists. */
  static void apply(List<List<String>> sentences, List<List<Span>> spans, Options options, NerFeatures features) {
    if (options.personSplit()) {
      for (int i = 0; i < sentences.size(); i++) {
        personSplit(sentences.get(i), spans.get(i), features);
      }
    }
    if (options.vanExtension()) {
      for (int i = 0; i < sentences.size(); i++) {
        vanExtension(sentences.get(i), spans.get(i));
      }
    }
    if (options.orgSplit()) {
      for (int i = 0; i < sentences.size(); i++) {
        orgSplit(sentences.get(i), spans.get(i));
      }
    }
    if (options.datelines()) {
      for (int i = 0; i < sentences.size(); i++) {
        datelines(sentences.get(i), spans.get(i));
      }
    }
    if (options.personPropagation()) {
      personPropagation(sentences, spans);
    }
    if (options.typeVote()) {
      typeVote(sentences, spans);
    }
    if (options.fillUntagged()) {
      fillUntagged(sentences, spans);
    }
    for (List<Span> s : spans) {
      s.sort((a, b) -> Integer.compare(a.start, b.start));
    }
  }

  private static boolean isDash(String w) {
    return w.equals("-") || w.equals("–") || w.equals("—") || w.equals("--");
  }

  private static boolean isPlaceCaps(String w) {
    if (!NerFeatures.isAllCaps(w)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '.') {
        return false;
      }
    }
    return true;
  }

  /** PLACE ( AGENCY[/AGENCY] ) - : the place is LOC, each agency ORG. */
  static void datelines(List<String> words, List<Span> spans) {
    for (int k = 1; k + 3 < words.size(); k++) {
      if (!words.get(k).equals("(") || !isPlaceCaps(words.get(k - 1))) {
        continue;
      }
      int r = k - 1;
      while (r - 1 >= 0 && isPlaceCaps(words.get(r - 1)) && k - r < 4) {
        r--;
      }
      List<Integer> agencies = new ArrayList<>();
      int m = k + 1;
      boolean ok = false;
      while (m < words.size()) {
        String w = words.get(m);
        if (NerFeatures.isAllCaps(w) && w.length() <= 10) {
          agencies.add(m);
          m++;
          if (m < words.size() && (words.get(m).equals("/") || words.get(m).equals(","))) {
            m++;
            continue;
          }
          ok = m < words.size() && words.get(m).equals(")");
          break;
        }
        break;
      }
      if (!ok || agencies.isEmpty() || m + 1 >= words.size() || !isDash(words.get(m + 1))) {
        continue;
      }
      Span place = new Span(r, k, "LOC", 0.95);
      place.dateline = true;
      replace(spans, place);
      for (int a : agencies) {
        replace(spans, new Span(a, a + 1, "ORG", 0.95));
      }
    }
  }

  private static void replace(List<Span> spans, Span add) {
    spans.removeIf(s -> s.start < add.end && add.start < s.end);
    spans.add(add);
  }

  private static String text(List<String> words, int start, int end) {
    return String.join(" ", words.subList(start, end));
  }

  /** A surname (last token of a multi-token PER span) elsewhere in the document becomes PER too. */
  static void personPropagation(List<List<String>> sentences, List<List<Span>> spans) {
    Set<String> surnames = new HashSet<>();
    Set<String> fullNames = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : spans.get(i)) {
        if (s.type.equals("PER") && s.end - s.start >= 2) {
          String last = sentences.get(i).get(s.end - 1);
          if (last.length() >= 2 && NerFeatures.isCapitalized(last) && !NerFeatures.isAllCaps(last)) {
            surnames.add(last);
          }
          fullNames.add(text(sentences.get(i), s.start, s.end));
        }
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    for (int i = 0; i < sentences.size(); i++) {
      List<String> words = sentences.get(i);
      List<Span> ss = spans.get(i);
      for (Span s : ss) {
        if (!s.type.equals("PER") && fullNames.contains(text(words, s.start, s.end))) {
          s.type = "PER";
        }
        if (!s.type.equals("PER") && s.end - s.start == 1 && surnames.contains(words.get(s.start))) {
          s.type = "PER";
        }
      }
      for (int j = 0; j < words.size(); j++) {
        if (surnames.contains(words.get(j)) && covering(ss, j) == null) {
          ss.add(new Span(j, j + 1, "PER", 0.7));
        }
      }
    }
  }

  private static Span covering(List<Span> spans, int j) {
    for (Span s : spans) {
      if (s.start <= j && j < s.end) {
        return s;
      }
    }
    return null;
  }

  private static String titleCaseWords(String t) {
    StringBuilder sb = new StringBuilder();
    for (String w : t.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(NerFeatures.titleCase(w));
    }
    return sb.toString();
  }

  /**
   * A non-PER span whose tail starts with a first name from the lexicon after a capitalised word
   * ("Energie Denys Sjmyhal") is split: the tail becomes PER, the head keeps its type.
   */
  static void personSplit(List<String> words, List<Span> spans, NerFeatures features) {
    List<Span> added = new ArrayList<>();
    for (Span s : spans) {
      if (s.type.equals("PER") || s.end - s.start != 3) {
        continue;
      }
      boolean ok = true;
      for (int k = s.start; k < s.end; k++) {
        String t = words.get(k);
        if (!NerFeatures.isCapitalized(t) || NerFeatures.isAllCaps(t)) {
          ok = false;
        }
      }
      String head = words.get(s.start);
      int headBits = features.nameClasses(head) | features.nameClasses(head.toLowerCase(java.util.Locale.ROOT));
      ok = ok && (headBits & (NameLexicon.ZNW | NameLexicon.BNW)) != 0;
      for (int k = s.start + 1; k < s.end && ok; k++) {
        if (words.get(k).indexOf('-') >= 0
            || features.knownLowercase().contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
          ok = false;
        }
      }
      if (ok) {
        added.add(new Span(s.start + 1, s.end, "PER", s.confidence * 0.9));
        s.end = s.start + 1;
      }
    }
    spans.addAll(added);
  }

  /**
   * An ORG span "A B van de C D" whose both sides are capitalised name groups is split into two ORG spans
   * ("Internationale Organisatie voor Migratie" + "Verenigde Naties").
   */
  static void orgSplit(List<String> words, List<Span> spans) {
    List<Span> added = new ArrayList<>();
    for (Span s : spans) {
      if (!s.type.equals("ORG")) {
        continue;
      }
      for (int j = s.start + 2; j + 2 < s.end; j++) {
        if (!words.get(j).equals("van") || !(words.get(j + 1).equals("de") || words.get(j + 1).equals("het"))) {
          continue;
        }
        boolean rightCaps = true;
        for (int k = j + 2; k < s.end; k++) {
          rightCaps &= NerFeatures.isCapitalized(words.get(k));
        }
        if (rightCaps && s.end - (j + 2) >= 2 && NerFeatures.isCapitalized(words.get(j - 1))) {
          added.add(new Span(j + 2, s.end, "ORG", s.confidence));
          s.end = j;
          break;
        }
      }
    }
    spans.addAll(added);
  }

  /**
   * "het Vrijheid van Rusland-legioen": a capitalised, non-initial, untagged word directly before
   * "van" + a name, itself after a lower-case word, makes one ORG with that name.
   */
  static void vanExtension(List<String> words, List<Span> spans) {
    for (Span s : new ArrayList<>(spans)) {
      int j = s.start;
      if (j < 3 || !words.get(j - 1).equals("van")) {
        continue;
      }
      String head = words.get(j - 2);
      String before = words.get(j - 3);
      Span headSpan = covering(spans, j - 2);
      if (!NerFeatures.isCapitalized(head) || NerFeatures.isAllCaps(head)
          || (headSpan != null && headSpan.start != j - 2)
          || !(before.equals("het") || before.equals("de"))) {
        continue;
      }
      if (headSpan != null) {
        spans.remove(headSpan);
      }
      s.start = j - 2;
      s.type = "ORG";
    }
  }

  /** All spans with the same surface form get the type with the highest summed confidence. */
  static void typeVote(List<List<String>> sentences, List<List<Span>> spans) {
    Map<String, Map<String, Double>> votes = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : spans.get(i)) {
        String t = text(sentences.get(i), s.start, s.end);
        votes.computeIfAbsent(t, k -> new HashMap<>()).merge(s.type, s.confidence, Double::sum);
        if (s.dateline) {
          // a dateline place (KYIV) also votes for its ordinary spelling (Kyiv)
          votes.computeIfAbsent(titleCaseWords(t), k -> new HashMap<>()).merge(s.type, s.confidence, Double::sum);
        }
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : spans.get(i)) {
        Map<String, Double> v = votes.get(text(sentences.get(i), s.start, s.end));
        if (v.size() > 1) {
          String best = s.type;
          double bestScore = -1;
          for (Map.Entry<String, Double> e : v.entrySet()) {
            if (e.getValue() > bestScore) {
              bestScore = e.getValue();
              best = e.getKey();
            }
          }
          s.type = best;
        }
      }
    }
  }

  /** An untagged, capitalised, non-sentence-initial single token tagged elsewhere in the document gets that type. */
  static void fillUntagged(List<List<String>> sentences, List<List<Span>> spans) {
    Map<String, String> single = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : spans.get(i)) {
        if (s.end - s.start == 1) {
          single.putIfAbsent(sentences.get(i).get(s.start), s.type);
        }
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      List<String> words = sentences.get(i);
      List<Span> ss = spans.get(i);
      for (int j = 1; j < words.size(); j++) {
        String w = words.get(j);
        String type = single.get(w);
        if (type != null && NerFeatures.isCapitalized(w) && covering(ss, j) == null
            && (j == 0 || !NerFeatures.isCapitalized(words.get(j - 1)))
            && (j + 1 >= words.size() || !NerFeatures.isCapitalized(words.get(j + 1)))) {
          ss.add(new Span(j, j + 1, type, 0.6));
        }
      }
    }
  }
}
