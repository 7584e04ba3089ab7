package nl.verrijk.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verrijk.lang.DutchWords;
import nl.verrijk.ner.DocumentConsistency.Document;
import nl.verrijk.ner.DocumentConsistency.Span;

/** Second-pass rules on persons' names: titles, particles, initials and what follows {@code van}. */
final class PersonRules {

  private PersonRules() {}

  /** Whether the lexicon knows the word as a first name or a surname. */
  static boolean personName(NerFeatures features, String w) {
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
          while (k - 1 >= 0 && s.start - k < 3 && particle(words.get(k - 1))
              && SpanEdits.covering(spans, k - 1) == null) {
            k--;
          }
          // the particles taken must start with a capital: "Van den Heuvel", not "van den Heuvel"
          while (k < s.start && !Character.isUpperCase(words.get(k).codePointAt(0))) {
            k++;
          }
          s.start = k;
        } else if (s.type.equals("LOC") && s.start >= 1 && SpanEdits.covering(spans, s.start - 1) == null) {
          String w = words.get(s.start - 1);
          if (PLACE_PARTICLES.contains(w) || w.equals("De") && s.start >= 2) {
            s.start--;
          }
        }
      }
    }
  }

  /**
   * Two person spans with only lower-case surname particles between them are one name ({@code
   * Alexandra} + {@code van} + {@code Huffelen}, as the document pass may leave a surname it has seen
   * alone): the first a first name in the lexicon, the second one capitalised word.
   */
  static final class ParticleJoin extends ConsistencyRule.SentenceRule {
    ParticleJoin() {
      super("particle-join");
    }

    @Override
    void apply(List<String> words, List<Span> spans, Document d) {
      spans.sort((x, y) -> Integer.compare(x.start, y.start));
      for (int i = 0; i + 1 < spans.size(); i++) {
        Span a = spans.get(i);
        Span b = spans.get(i + 1);
        int gap = b.start - a.end;
        if (!a.type.equals("PER") || !b.type.equals("PER") || gap < 1 || gap > 3 || b.end - b.start != 1
            || (d.features().nameClasses(words.get(a.end - 1)) & NameLexicon.FST) == 0) {
          continue;
        }
        boolean particles = true;
        for (int k = a.end; k < b.start && particles; k++) {
          String w = words.get(k);
          particles = Character.isLowerCase(w.codePointAt(0)) && DutchWords.surnameParticles().contains(w);
        }
        if (particles) {
          a.end = b.end;
          spans.remove(i + 1);
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
          added.add(SpanEdits.cut(s, s.end - 1, s.end - 1, "PER"));
        } else if (s.type.equals("PER") && s.end - s.start == 1 && initial(words.get(s.start))) {
          int k = s.start;
          while (k - 1 >= 0 && s.start - k < 2 && DutchWords.surnameParticles().contains(words.get(k - 1))
              && SpanEdits.covering(spans, k - 1) == null) {
            k--;
          }
          if (k < s.start && k - 1 >= 0 && SpanEdits.covering(spans, k - 1) == null
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
        while (k < words.size() && k - s.end < 3 && SpanEdits.covering(spans, k) == null
            && DutchWords.surnameParticles().contains(words.get(k)) && Character.isLowerCase(words.get(k).charAt(0))) {
          k++;
        }
        if (k == s.end || k >= words.size() || !NerFeatures.isCapitalized(words.get(k))
            || NerFeatures.isAllCaps(words.get(k))) {
          continue;
        }
        Span tail = SpanEdits.covering(spans, k);
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
   * ({@code burgemeester Bruls van Nijmegen}), which without one, or after a first name, is a surname
   * ({@code Johan van Hulst}, {@code politiewoordvoerder Jiske van Pelt}).
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
            added.add(SpanEdits.cut(s, j, j + 1, "ORG"));
            break;
          }
          boolean firstNameBefore = j == s.start + 1 && (d.features().nameClasses(words.get(s.start)) & NameLexicon.FST) != 0;
          if (k != null && afterTitle && k.types().contains("LOC") && !firstNameBefore) {
            added.add(SpanEdits.cut(s, j, j + 1, "LOC")); // burgemeester Bruls van Nijmegen, not Johan van Hulst
            break;
          }
        }
      }
      spans.addAll(added);
    }
  }
}
