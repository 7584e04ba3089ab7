package nl.verrijk.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verrijk.ner.DocumentConsistency.Document;
import nl.verrijk.ner.DocumentConsistency.Span;

/** Second-pass rules that weigh the whole document: propagation, type votes, untagged repeats. */
final class DocumentRules {

  private DocumentRules() {}

  private static String text(List<String> words, int start, int end) {
    return String.join(" ", words.subList(start, end));
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

  /** A surname (last token of a multi-token PER span) elsewhere in the document becomes PER too. */
  static final class PersonPropagation extends ConsistencyRule {
    PersonPropagation() {
      super("person-propagation");
    }

    @Override
    void apply(Document d) {
      List<List<String>> sentences = d.sentences();
      Set<String> surnames = new HashSet<>();
      Set<String> fullNames = new HashSet<>();
      for (int i = 0; i < sentences.size(); i++) {
        for (Span s : d.spans().get(i)) {
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
        List<Span> ss = d.spans().get(i);
        for (Span s : ss) {
          if (!s.type.equals("PER") && fullNames.contains(text(words, s.start, s.end))) {
            s.type = "PER";
          }
          if (!s.type.equals("PER") && s.end - s.start == 1 && surnames.contains(words.get(s.start))) {
            s.type = "PER";
          }
        }
        for (int j = 0; j < words.size(); j++) {
          if (surnames.contains(words.get(j)) && SpanEdits.covering(ss, j) == null) {
            ss.add(new Span(j, j + 1, "PER", 0.7));
          }
        }
      }
    }
  }

  /** All spans with the same surface form get the type with the highest summed confidence. */
  static final class TypeVote extends ConsistencyRule {
    TypeVote() {
      super("type-vote");
    }

    @Override
    void apply(Document d) {
      Map<String, Map<String, Double>> votes = new HashMap<>();
      for (int i = 0; i < d.sentences().size(); i++) {
        for (Span s : d.spans().get(i)) {
          String t = text(d.sentences().get(i), s.start, s.end);
          votes.computeIfAbsent(t, k -> new HashMap<>()).merge(s.type, s.confidence, Double::sum);
          if (s.dateline) {
            // a dateline place (KYIV) also votes for its ordinary spelling (Kyiv)
            votes.computeIfAbsent(titleCaseWords(t), k -> new HashMap<>()).merge(s.type, s.confidence, Double::sum);
          }
        }
      }
      for (int i = 0; i < d.sentences().size(); i++) {
        for (Span s : d.spans().get(i)) {
          Map<String, Double> v = votes.get(text(d.sentences().get(i), s.start, s.end));
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
  }

  /**
   * An untagged, capitalised, non-sentence-initial single token tagged elsewhere in the document gets
   * that type. Off by default: it cost precision on {@code ned.testa}.
   */
  static final class FillUntagged extends ConsistencyRule {
    FillUntagged() {
      super("fill-untagged");
    }

    @Override
    boolean onByDefault() {
      return false;
    }

    @Override
    void apply(Document d) {
      Map<String, String> single = new HashMap<>();
      for (int i = 0; i < d.sentences().size(); i++) {
        for (Span s : d.spans().get(i)) {
          if (s.end - s.start == 1) {
            single.putIfAbsent(d.sentences().get(i).get(s.start), s.type);
          }
        }
      }
      for (int i = 0; i < d.sentences().size(); i++) {
        List<String> words = d.sentences().get(i);
        List<Span> ss = d.spans().get(i);
        for (int j = 1; j < words.size(); j++) {
          String w = words.get(j);
          String type = single.get(w);
          if (type != null && NerFeatures.isCapitalized(w) && SpanEdits.covering(ss, j) == null
              && !NerFeatures.isCapitalized(words.get(j - 1))
              && (j + 1 >= words.size() || !NerFeatures.isCapitalized(words.get(j + 1)))) {
            ss.add(new Span(j, j + 1, type, 0.6));
          }
        }
      }
    }
  }
}
