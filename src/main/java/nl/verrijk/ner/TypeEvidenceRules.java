package nl.verrijk.ner;

import java.util.List;
import java.util.Locale;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.ner.DocumentConsistency.Document;
import nl.verrijk.ner.DocumentConsistency.Span;

/** Second-pass rules that type spans from the name lists, the lexicon, the language and word endings. */
final class TypeEvidenceRules {

  private TypeEvidenceRules() {}

  private static boolean overlaps(List<Span> spans, int from, int to) {
    for (Span s : spans) {
      if (s.start < to && from < s.end) {
        return true;
      }
    }
    return false;
  }

  /** Whether some span lies in {@code [from, to)} and every span that overlaps it lies inside it. */
  private static boolean within(List<Span> spans, int from, int to) {
    boolean any = false;
    for (Span s : spans) {
      if (s.start < to && from < s.end) {
        if (s.start < from || s.end > to) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * In a sentence of English, French or German ({@link DutchWords#foreignLanguage}), the CRF, trained
   * on Dutch, reads capitals as names: a single word there that is a function word of that language
   * ({@code The}, {@code Nous}), or opens the sentence and is no name the lists or the lexicon know,
   * is none. Listed names keep their types through {@link KnownNames}.
   */
  static final class ForeignSentences extends ConsistencyRule.SentenceRule {
    ForeignSentences() {
      super("foreign-sentences");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      if (DutchWords.foreignLanguage(words) == null) {
        return;
      }
      spans.removeIf(s -> s.end - s.start == 1 && d.names().lookup(words, s.start, s.end) == null
          && (DutchWords.foreignWordLanguage(words.get(s.start)) != null
              || s.start == 0 && (d.features().nameClasses(words.get(s.start))
                  & (NameLexicon.NAMES & ~NameLexicon.NIX)) == 0));
    }
  }

  /**
   * The name lists as evidence on types: a span that is exactly a listed name of one type takes that
   * type ({@code Vooruit}, {@code N-VA} as ORG, not LOC or MISC), a span inside a longer listed name
   * grows to it ({@code Open VLD}, {@code Tweede Kamer}), and a listed organisation, programme or
   * multi-word place the CRF left untagged becomes a span, when it is capitalised and not a person's
   * name or, at a sentence start, a common word. A single word the lexicon knows as a place is left
   * to the CRF when a list names a club after it ({@code Gent}, {@code Anderlecht}).
   */
  static final class KnownNames extends ConsistencyRule.SentenceRule {
    KnownNames() {
      super("known-names");
    }

    /** A word the lexicon knows as a place: a club named after it ({@code Gent}) stays ambiguous. */
    private static boolean lexiconPlace(Document d, String w) {
      return (d.features().nameClasses(w) & (NameLexicon.PTS | NameLexicon.LND | NameLexicon.RGN)) != 0;
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      for (Span s : spans) {
        Gazetteer.Known k = d.names().lookup(words, s.start, s.end);
        if (k != null && k.types().size() == 1 && !k.types().contains(s.type) && !s.dateline
            && !(s.end - s.start == 1 && k.is("club") && lexiconPlace(d, words.get(s.start)))) {
          s.type = k.types().iterator().next();
        }
      }
      for (int j = 0; j < words.size(); j++) {
        int end = d.names().longestMatch(words, j);
        if (end < 0) {
          continue;
        }
        Gazetteer.Known k = d.names().lookup(words, j, end);
        if (end - j >= 2 && k.types().size() == 1 && NerFeatures.isCapitalized(words.get(j))
            && within(spans, j, end)) {
          // a span inside a longer listed name grows to it: Open [VLD], Tweede [Kamer]
          int from = j;
          int to = end;
          spans.removeIf(s -> s.start >= from && s.end <= to);
          spans.add(new Span(j, end, k.types().iterator().next(), 0.8));
          j = end - 1;
          continue;
        }
        if (overlaps(spans, j, end)) {
          continue;
        }
        String first = words.get(j);
        String type = k.types().iterator().next();
        boolean single = end - j == 1;
        boolean ok = k.types().size() == 1 && !(type.equals("LOC") && single)
            && !(single && k.is("club") && lexiconPlace(d, first))
            && Character.isLetter(first.codePointAt(0)) && (NerFeatures.isCapitalized(first)
                || !d.features().knownLowercase().contains(first))
            && !(single && !NerFeatures.isAllCaps(first) && PersonRules.personName(d.features(), first))
            && !(j == 0 && single && d.features().knownLowercase().contains(first.toLowerCase(Locale.ROOT)));
        if (ok) {
          spans.add(new Span(j, end, type, 0.8));
          j = end - 1;
        }
      }
    }
  }

  /**
   * A capitalised word ending like a street, square, waterway or venue ({@code Tobbackstraat},
   * {@code Coolsingel}, {@code Bosuilstadion}) is a place, tagged or not, inside a sentence (where
   * Dutch writes common nouns in lower case) or, at its start, when it is no common word.
   */
  static final class PlaceSuffixes extends ConsistencyRule.SentenceRule {
    PlaceSuffixes() {
      super("place-suffixes");
    }

    /** Whether word {@code j} of a sentence is such a name: capitalised inside the sentence, or no common word. */
    static boolean placeName(NerFeatures features, List<String> words, int j) {
      String w = words.get(j);
      if (!NerFeatures.isCapitalized(w) || NerFeatures.isAllCaps(w) || w.indexOf('-') >= 0) {
        return false;
      }
      String l = w.toLowerCase(Locale.ROOT);
      for (String suffix : DutchWords.placeSuffixes()) {
        if (l.length() >= suffix.length() + 3 && l.endsWith(suffix)) {
          return j > 0 || !features.knownLowercase().contains(l);
        }
      }
      return false;
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      for (Span s : spans) {
        if (s.end - s.start == 1 && placeName(d.features(), words, s.start)) {
          s.type = "LOC";
        }
      }
      for (int j = 1; j < words.size(); j++) {
        if (placeName(d.features(), words, j) && SpanEdits.covering(spans, j) == null) {
          spans.add(new Span(j, j + 1, "LOC", 0.8));
        }
      }
    }
  }

  /**
   * A span whose last word ends like an organisation ({@code Elfstedenvereniging}, {@code Russisch
   * Vrijwilligerskorps}, {@code Azov-bataljon}) is an organisation, unless a name list says otherwise.
   */
  static final class OrgSuffixes extends ConsistencyRule.SentenceRule {
    OrgSuffixes() {
      super("org-suffixes");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      for (Span s : spans) {
        String l = words.get(s.end - 1).toLowerCase(Locale.ROOT);
        if (s.type.equals("ORG") || s.type.equals("PER") && s.end - s.start > 1 || s.dateline
            || d.names().lookup(words, s.start, s.end) != null) {
          continue;
        }
        for (String suffix : DutchWords.orgSuffixes()) {
          if (l.endsWith(suffix) && l.length() > suffix.length() + 1) {
            s.type = "ORG";
            break;
          }
        }
      }
    }
  }
}
