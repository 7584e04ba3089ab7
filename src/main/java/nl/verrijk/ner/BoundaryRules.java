package nl.verrijk.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.ner.DocumentConsistency.Document;
import nl.verrijk.ner.DocumentConsistency.Span;

/** Second-pass rules on where a span starts and ends: extensions, splits, datelines, sentence starts. */
final class BoundaryRules {

  private BoundaryRules() {}

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

  private static void replace(List<Span> spans, Span add) {
    spans.removeIf(s -> s.start < add.end && add.start < s.end);
    spans.add(add);
  }

  /**
   * {@code het Vrijheid van Rusland-legioen}: a capitalised, non-initial, untagged word directly
   * before {@code van} + a name, itself after {@code de} or {@code het}, makes one ORG with that name.
   */
  static final class VanExtension extends ConsistencyRule.SentenceRule {
    VanExtension() {
      super("van-extension");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      for (Span s : new ArrayList<>(spans)) {
        int j = s.start;
        if (j < 3 || !words.get(j - 1).equals("van")) {
          continue;
        }
        String head = words.get(j - 2);
        String before = words.get(j - 3);
        Span headSpan = SpanEdits.covering(spans, j - 2);
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
  }

  /**
   * An ORG span {@code A B van de C D} whose both sides are capitalised name groups is split into two
   * ORG spans ({@code Internationale Organisatie voor Migratie} + {@code Verenigde Naties}).
   */
  static final class OrgSplit extends ConsistencyRule.SentenceRule {
    OrgSplit() {
      super("org-split");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
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
            added.add(SpanEdits.cut(s, j, j + 2, "ORG"));
            break;
          }
        }
      }
      spans.addAll(added);
    }
  }

  /** {@code PLACE ( AGENCY[/AGENCY] ) -}: the place in capitals is LOC, each agency ORG. */
  static final class Datelines extends ConsistencyRule.SentenceRule {
    Datelines() {
      super("datelines");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
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
  }

  /**
   * A span the CRF opened with the capitalised first word of its sentence, when that word is a
   * function word and no article, name particle or first name ({@code Tijdens Paars II},
   * {@code In Nederland}), starts after it ({@code De Telegraaf} and {@code Van Dijk} stay whole).
   */
  static final class SentenceStartWords extends ConsistencyRule.SentenceRule {
    SentenceStartWords() {
      super("sentence-start-words");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      String l = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
      if (l.isEmpty() || !NerFeatures.isCapitalized(words.get(0)) || (d.features().nameClasses(l) & NameLexicon.FUN) == 0
          || (d.features().nameClasses(words.get(0)) & NameLexicon.FST) != 0
          || DutchWords.determiners().contains(l) || DutchWords.surnameParticles().contains(l)) {
        return;
      }
      for (Span s : spans) {
        if (s.start == 0 && s.end - s.start >= 2 && d.names().lookup(words, s.start, s.end) == null) {
          s.start = 1;
        }
      }
    }
  }
}
