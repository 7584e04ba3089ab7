package nl.verrijk.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.ner.DocumentConsistency.Document;
import nl.verrijk.ner.DocumentConsistency.Span;

/** The rules of the recognizer's second pass, run in {@link DocumentConsistency#ORDER}. */
final class ConsistencyRules {

  private ConsistencyRules() {}

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

  private static String text(List<String> words, int start, int end) {
    return String.join(" ", words.subList(start, end));
  }

  private static Span covering(List<Span> spans, int j) {
    for (Span s : spans) {
      if (s.start <= j && j < s.end) {
        return s;
      }
    }
    return null;
  }

  /** Cuts {@code s} to end at {@code end} and returns its tail from {@code from} as a span of {@code type}. */
  private static Span cut(Span s, int end, int from, String type) {
    Span tail = new Span(from, s.end, type, s.confidence);
    s.end = end;
    return tail;
  }

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

  /** Whether the lexicon knows the word as a first name or a surname. */
  private static boolean personName(NerFeatures features, String w) {
    return (features.nameClasses(w) & (NameLexicon.FST | NameLexicon.LST)) != 0;
  }

  /**
   * A non-PER span whose tail starts with a first name from the lexicon after a capitalised word
   * ({@code Energie Denys Sjmyhal}) is split: the tail becomes PER, the head keeps its type.
   */
  static final class PersonSplit extends ConsistencyRule.SentenceRule {
    PersonSplit() {
      super("person-split");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      NerFeatures features = d.features();
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
        int headBits = features.nameClasses(head) | features.nameClasses(head.toLowerCase(Locale.ROOT));
        ok = ok && (headBits & (NameLexicon.ZNW | NameLexicon.BNW)) != 0;
        for (int k = s.start + 1; k < s.end && ok; k++) {
          if (words.get(k).indexOf('-') >= 0
              || features.knownLowercase().contains(words.get(k).toLowerCase(Locale.ROOT))) {
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
            added.add(cut(s, j, j + 2, "ORG"));
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
   * Titles stay outside names, as CoNLL-2002 annotates them: a title opening a span is cut off
   * ({@code Burgemeester Jansen}, {@code Tweede-Kamerlid De Vries}, which is then a person), a
   * title alone is no name ({@code Kamerlid}, {@code Koningin}) unless the lexicon knows it as a
   * person's name ({@code Koning}), and a MISC adjective keeps no title after it ({@code Europees
   * Commissaris}).
   */
  static final class TitlesOutsideNames extends ConsistencyRule.SentenceRule {
    /**
     * A compound of a name and a title ({@code VLD-voorzitter}, {@code Metro-oprichter}), which
     * CoNLL-2002 annotates as MISC, unlike a listed title ({@code Tweede-Kamerlid}).
     */
    private static boolean nameCompound(NerFeatures features, String w) {
      int dash = w.lastIndexOf('-');
      if (dash <= 0 || DutchWords.personTitles().contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      String head = w.substring(0, dash);
      int first = head.indexOf('-');
      while (first > 0 && DutchWords.titlePrefixes().contains(head.substring(0, first).toLowerCase(Locale.ROOT))) {
        head = head.substring(first + 1);
        first = head.indexOf('-');
      }
      return NerFeatures.isCapitalized(head) && !DutchWords.titlePrefixes().contains(head.toLowerCase(Locale.ROOT));
    }

    TitlesOutsideNames() {
      super("titles-outside-names");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      spans.removeIf(s -> s.end - s.start == 1 && DutchWords.isPersonTitle(words.get(s.start))
          && !nameCompound(d.features(), words.get(s.start))
          && !personName(d.features(), words.get(s.start)) && d.names().lookup(words, s.start, s.end) == null);
      for (Span s : spans) {
        while (s.end - s.start >= 2 && DutchWords.isPersonTitle(words.get(s.start))
            && NerFeatures.isCapitalized(words.get(s.start + 1))
            && d.names().lookup(words, s.start, s.end) == null) {
          s.start++;
          s.type = "PER";
        }
        if (s.type.equals("MISC") && s.end - s.start == 2 && words.get(s.end - 1).indexOf('-') < 0
            && DutchWords.isPersonTitle(words.get(s.end - 1))
            && ((d.features().nameClasses(words.get(s.start))
                | d.features().nameClasses(words.get(s.start).toLowerCase(Locale.ROOT))) & NameLexicon.BNW) != 0) {
          s.end--;
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

  /**
   * A capitalised particle before a person's name belongs to it ({@code De Croo}, {@code Van den
   * Heuvel}, {@code Den Uyl}); a place takes {@code 't}, {@code Den}, {@code Ter} and {@code Ten},
   * and {@code De} inside a sentence ({@code 't Zandt}, {@code Ter Apel}, {@code naar De Bilt}).
   */
  static final class SurnameParticles extends ConsistencyRule.SentenceRule {
    private static final Set<String> PLACE_PARTICLES = Set.of("'t", "’t", "'T", "’T", "Den", "Ter", "Ten");

    SurnameParticles() {
      super("surname-particles");
    }

    private static boolean particle(String w) {
      return DutchWords.surnameParticles().contains(w.toLowerCase(Locale.ROOT));
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      for (Span s : spans) {
        if (s.type.equals("PER")) {
          int k = s.start;
          while (k - 1 >= 0 && s.start - k < 3 && particle(words.get(k - 1)) && covering(spans, k - 1) == null) {
            k--;
          }
          // the particles taken must start with a capital: "Van den Heuvel", not "van den Heuvel"
          while (k < s.start && !Character.isUpperCase(words.get(k).codePointAt(0))) {
            k++;
          }
          s.start = k;
        } else if (s.type.equals("LOC") && s.start >= 1 && covering(spans, s.start - 1) == null) {
          String w = words.get(s.start - 1);
          if (PLACE_PARTICLES.contains(w) || w.equals("De") && s.start >= 2) {
            s.start--;
          }
        }
      }
    }
  }

  /**
   * An initial is a person, as news writes suspects ({@code Almeloërs K. en ten H.}): an initial
   * that ends another span is split off as a person, and a person that is only an initial takes the
   * lower-case particles before it and a first name before those ({@code Eddy ten H.}).
   */
  static final class Initials extends ConsistencyRule.SentenceRule {
    Initials() {
      super("initials");
    }

    /** A capital and a full stop, not a Roman numeral ({@code kabinet-Kok I.}). */
    static boolean initial(String w) {
      return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.' && "IVX".indexOf(w.charAt(0)) < 0;
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      List<Span> added = new ArrayList<>();
      for (Span s : spans) {
        if (!s.type.equals("PER") && s.end - s.start >= 2 && initial(words.get(s.end - 1))
            && !initial(words.get(s.end - 2)) && !personName(d.features(), words.get(s.end - 2))) {
          added.add(cut(s, s.end - 1, s.end - 1, "PER"));
        } else if (s.type.equals("PER") && s.end - s.start == 1 && initial(words.get(s.start))) {
          int k = s.start;
          while (k - 1 >= 0 && s.start - k < 2 && DutchWords.surnameParticles().contains(words.get(k - 1))
              && covering(spans, k - 1) == null) {
            k--;
          }
          if (k < s.start && k - 1 >= 0 && covering(spans, k - 1) == null
              && (d.features().nameClasses(words.get(k - 1)) & NameLexicon.FST) != 0) {
            k--;
          }
          s.start = k;
        }
      }
      spans.addAll(added);
    }
  }

  /**
   * A name written with initials takes the lower-case particles and the surname after it: {@code jhr.
   * P. Beelaerts van Blokland}, {@code mr. A.J. van der Berg}, where the recognizer stopped before
   * {@code van} or took the rest for a place. Initials make the span a person; an all-capitals word
   * after the particles ({@code P. Jansen van de VVD}) is left alone.
   */
  static final class InitialsWithParticles extends ConsistencyRule.SentenceRule {
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}?\\.)+");

    InitialsWithParticles() {
      super("initials-particles");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      for (Span s : new ArrayList<>(spans)) {
        if (!spans.contains(s) || s.end - s.start < 2 || !INITIALS.matcher(words.get(s.start)).matches()
            || !(s.type.equals("PER") || s.type.equals("MISC"))) {
          continue;
        }
        int k = s.end;
        while (k < words.size() && k - s.end < 3 && covering(spans, k) == null
            && DutchWords.surnameParticles().contains(words.get(k)) && Character.isLowerCase(words.get(k).charAt(0))) {
          k++;
        }
        if (k == s.end || k >= words.size() || !NerFeatures.isCapitalized(words.get(k))
            || NerFeatures.isAllCaps(words.get(k))) {
          continue;
        }
        Span tail = covering(spans, k);
        if (tail != null && (tail.start != k || tail.end != k + 1 || tail.type.equals("ORG"))) {
          continue;
        }
        if (tail != null) {
          spans.remove(tail);
        }
        s.end = k + 1;
        s.type = "PER";
      }
    }
  }

  /**
   * A listed party after {@code van} ends a person's span and is an organisation ({@code Petra
   * Claes van Groen} is {@code Petra Claes} and {@code Groen}); after a title, so does a listed place
   * ({@code burgemeester Bruls van Nijmegen}), which without one is a surname ({@code Johan van Hulst}).
   */
  static final class PartyAfterVan extends ConsistencyRule.SentenceRule {
    PartyAfterVan() {
      super("party-after-van");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      List<Span> added = new ArrayList<>();
      for (Span s : spans) {
        if (!s.type.equals("PER")) {
          continue;
        }
        boolean afterTitle = s.start > 0 && DutchWords.isPersonTitle(words.get(s.start - 1));
        for (int j = s.start + 1; j + 1 < s.end; j++) {
          Gazetteer.Known k = words.get(j).equals("van") ? d.names().lookup(words, j + 1, s.end) : null;
          if (k != null && k.is("party")) {
            added.add(cut(s, j, j + 1, "ORG"));
            break;
          }
          if (k != null && afterTitle && k.types().contains("LOC")) {
            added.add(cut(s, j, j + 1, "LOC")); // burgemeester Bruls van Nijmegen, not Johan van Hulst
            break;
          }
        }
      }
      spans.addAll(added);
    }
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
            && !(single && !NerFeatures.isAllCaps(first) && personName(d.features(), first))
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
        if (placeName(d.features(), words, j) && covering(spans, j) == null) {
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
          if (surnames.contains(words.get(j)) && covering(ss, j) == null) {
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
          if (type != null && NerFeatures.isCapitalized(w) && covering(ss, j) == null
              && !NerFeatures.isCapitalized(words.get(j - 1))
              && (j + 1 >= words.size() || !NerFeatures.isCapitalized(words.get(j + 1)))) {
            ss.add(new Span(j, j + 1, type, 0.6));
          }
        }
      }
    }
  }
}
