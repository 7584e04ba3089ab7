package nl.verrijk.lang;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;

/**
 * Dutch word lists used by the rule-based annotators, each read once from a resource file of this
 * package ({@code src/main/resources/nl/verrijk/lang/}); the file names say what each list holds.
 */
public final class DutchWords {

  private DutchWords() {}

  /** Determiners and possessives that open a noun phrase ({@code determiners.txt}). */
  public static ImmutableSet<String> determiners() {
    return Holder.DETERMINERS;
  }

  /** Small words linking the parts of a name or role phrase ({@code name-links.txt}). */
  public static ImmutableSet<String> nameLinks() {
    return Holder.NAME_LINKS;
  }

  /** Nouns naming a speaker by role, function or group ({@code role-words.txt}). */
  public static ImmutableSet<String> roleWords() {
    return Holder.ROLE_WORDS;
  }

  /** Finite auxiliaries and modals before a reporting participle ({@code auxiliaries.txt}). */
  public static ImmutableSet<String> auxiliaries() {
    return Holder.AUXILIARIES;
  }

  /** Words that may follow a reporting verb instead of its subject ({@code cue-particles.txt}). */
  public static ImmutableSet<String> cueParticles() {
    return Holder.CUE_PARTICLES;
  }

  /** Object pronouns that name a source after {@code volgens} ({@code object-pronouns.txt}). */
  public static ImmutableSet<String> objectPronouns() {
    return Holder.OBJECT_PRONOUNS;
  }

  /** Endings of a noun phrase head that can speak ({@code speaker-suffixes.txt}). */
  public static ImmutableSet<String> speakerSuffixes() {
    return Holder.SPEAKER_SUFFIXES;
  }

  /**
   * The kinds of listed names ({@code names/*.tsv}) an organisation described by a head with this
   * ending has, {@code *} for any ({@code organisation-descriptions.tsv}: {@code site} media, {@code
   * bedrijf} *); empty when the ending describes no organisation.
   */
  public static ImmutableSet<String> organisationKinds(String head) {
    for (int i = 0; i < head.length(); i++) {
      ImmutableSet<String> kinds = Holder.ORGANISATION_DESCRIPTIONS.get(head.substring(i));
      if (!kinds.isEmpty()) {
        return kinds;
      }
    }
    return ImmutableSet.of();
  }

  /** Possessive pronouns that open a noun phrase: {@code haar werkgever} ({@code possessives.txt}). */
  public static ImmutableSet<String> possessives() {
    return Holder.POSSESSIVES;
  }

  /** Personal pronouns that can be the subject of a reporting verb ({@code speaker-pronouns.txt}). */
  public static ImmutableSet<String> speakerPronouns() {
    return Holder.SPEAKER_PRONOUNS;
  }

  /** Prepositions that make a name in a speaker phrase a modifier ({@code speaker-prepositions.txt}). */
  public static ImmutableSet<String> speakerPrepositions() {
    return Holder.SPEAKER_PREPOSITIONS;
  }

  /** First-person subject pronouns ({@code first-person-pronouns.txt}). */
  public static ImmutableSet<String> firstPersonPronouns() {
    return Holder.FIRST_PERSON_PRONOUNS;
  }

  /** Pronouns that refer to a person, never a named organisation or place ({@code person-pronouns.txt}). */
  public static ImmutableSet<String> personPronouns() {
    return Holder.PERSON_PRONOUNS;
  }

  /**
   * Whether a word as written is a lower-case time adverbial ({@code dinsdag}, {@code dinsdagavond},
   * {@code gisteren}: {@code time-words.txt} and {@code weekdays.txt}), never a speaker.
   */
  public static boolean isTimeWord(String word) {
    if (Holder.TIME_WORDS.contains(word)) {
      return true;
    }
    for (String day : Holder.WEEKDAYS) {
      if (word.startsWith(day)) {
        String rest = word.substring(day.length());
        return rest.isEmpty() || rest.equals("ochtend") || rest.equals("morgen") || rest.equals("middag")
            || rest.equals("avond") || rest.equals("nacht");
      }
    }
    return false;
  }

  /** Reporting verbs whose te-infinitive clause is what was said, as lemmas ({@code speech-te-verbs.txt}). */
  public static ImmutableSet<String> speechTeVerbs() {
    return Holder.SPEECH_TE_VERBS;
  }

  /** Verbs of asking and urging whose {@code om ... te} clause is what was said ({@code om-te-verbs.txt}). */
  public static ImmutableSet<String> omTeVerbs() {
    return Holder.OM_TE_VERBS;
  }

  /** Verbs whose source stands after {@code uit} before them ({@code uit-cue-verbs.txt}: {@code Uit X blijkt dat}). */
  public static ImmutableSet<String> uitCueVerbs() {
    return Holder.UIT_CUE_VERBS;
  }

  /** Nouns of saying whose {@code van X dat} names a speaker and content ({@code reporting-nouns.txt}). */
  public static ImmutableSet<String> reportingNouns() {
    return Holder.REPORTING_NOUNS;
  }

  /** The days of the week in lower case ({@code weekdays.txt}). */
  public static ImmutableSet<String> weekdays() {
    return Holder.WEEKDAYS;
  }

  /**
   * The usual sex of a first name, {@code M}, {@code F} or {@code U} for both ({@code
   * first-names.tsv}: {@code Annelies} F, {@code Bart} M, {@code Kim} U); absent when unknown.
   */
  public static ImmutableMap<String, Character> firstNameSexes() {
    return Holder.FIRST_NAMES;
  }

  /** Forms of address before a name with the sex they give ({@code forms-of-address.tsv}: {@code mevrouw} F). */
  public static ImmutableMap<String, Character> formsOfAddress() {
    return Holder.FORMS_OF_ADDRESS;
  }

  /** The titles a description's head may stand for ({@code title-synonyms.tsv}: {@code burgervader} burgemeester). */
  public static ImmutableSetMultimap<String, String> titleSynonyms() {
    return Holder.TITLE_SYNONYMS;
  }

  /** Month names and abbreviations with the month's number ({@code months.tsv}: {@code okt} 10). */
  public static ImmutableMap<String, Integer> months() {
    return Holder.MONTHS;
  }

  /** News agencies as datelines name them, in lower case ({@code news-agencies.txt}). */
  public static ImmutableSet<String> newsAgencies() {
    return Holder.NEWS_AGENCIES;
  }

  /** Titles and forms of address before a person's name ({@code person-titles.txt}). */
  public static ImmutableSet<String> personTitles() {
    return Holder.PERSON_TITLES;
  }

  /**
   * Whether a word as written is a title before a person's name ({@code Burgemeester}, {@code jhr.}):
   * listed in {@code person-titles.txt}, or a compound whose last part is a listed title, after a
   * hyphen ({@code Tweede-Kamerlid}, {@code NPO-directeur}) or of six letters or more
   * ({@code nachtburgemeester}, {@code partijvoorzitter}).
   */
  public static boolean isPersonTitle(String word) {
    String l = word.toLowerCase(java.util.Locale.ROOT);
    if (Holder.PERSON_TITLES.contains(l)) {
      return true;
    }
    int dash = l.lastIndexOf('-');
    if (dash > 0 && dash < l.length() - 1 && Holder.PERSON_TITLES.contains(l.substring(dash + 1))) {
      return true;
    }
    for (String t : Holder.PERSON_TITLES) {
      if (t.length() >= 6 && l.length() >= t.length() + 3 && l.endsWith(t)) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a former or deputy title, lower case ({@code title-prefixes.txt}: oud-, ex-, vice-). */
  public static ImmutableSet<String> titlePrefixes() {
    return Holder.TITLE_PREFIXES;
  }

  /** Endings of organisation names ({@code org-suffixes.txt}: vereniging, korps, bataljon). */
  public static ImmutableSet<String> orgSuffixes() {
    return Holder.ORG_SUFFIXES;
  }

  /** Endings of street, square and venue names ({@code place-suffixes.txt}: straat, plein, stadion). */
  public static ImmutableSet<String> placeSuffixes() {
    return Holder.PLACE_SUFFIXES;
  }

  /**
   * The language of a sentence that is no Dutch ({@code en}, {@code fr}, {@code de}), or null: at
   * least four words, of which at least two and a quarter are function words of that language and no
   * Dutch words ({@code foreign-words.tsv}).
   */
  public static String foreignLanguage(java.util.List<String> words) {
    if (words.size() < 4) {
      return null;
    }
    java.util.Map<String, Integer> hits = new java.util.HashMap<>();
    for (String w : words) {
      String lang = foreignWordLanguage(w);
      if (lang != null) {
        hits.merge(lang, 1, Integer::sum);
      }
    }
    for (java.util.Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() >= 2 && e.getValue() * 4 >= words.size()) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The language of a foreign function word in any case ({@code The}: {@code en}), or null. */
  public static String foreignWordLanguage(String word) {
    return Holder.FOREIGN_WORDS.get(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Titles whose {@code van} phrase names a portfolio ({@code portfolio-titles.txt}: minister van Economie). */
  public static ImmutableSet<String> portfolioTitles() {
    return Holder.PORTFOLIO_TITLES;
  }

  /** Particles of surnames and place names, lower case ({@code surname-particles.txt}: van, den, 't). */
  public static ImmutableSet<String> surnameParticles() {
    return Holder.SURNAME_PARTICLES;
  }

  /** Loads every list on first use of any. */
  private static final class Holder {
    static final ImmutableSet<String> DETERMINERS = WordList.set("determiners.txt");
    static final ImmutableSet<String> NAME_LINKS = WordList.set("name-links.txt");
    static final ImmutableSet<String> ROLE_WORDS = WordList.set("role-words.txt");
    static final ImmutableSet<String> AUXILIARIES = WordList.set("auxiliaries.txt");
    static final ImmutableSet<String> CUE_PARTICLES = WordList.set("cue-particles.txt");
    static final ImmutableSet<String> OBJECT_PRONOUNS = WordList.set("object-pronouns.txt");
    static final ImmutableSet<String> SPEAKER_SUFFIXES = WordList.set("speaker-suffixes.txt");
    static final ImmutableSet<String> POSSESSIVES = WordList.set("possessives.txt");
    static final ImmutableSetMultimap<String, String> ORGANISATION_DESCRIPTIONS = WordList.lines("organisation-descriptions.tsv")
        .stream().map(l -> l.split("\t"))
        .collect(ImmutableSetMultimap.flatteningToImmutableSetMultimap(r -> r[0], r -> java.util.Arrays.stream(r[1].split(" "))));
    static final ImmutableSet<String> SPEAKER_PRONOUNS = WordList.set("speaker-pronouns.txt");
    static final ImmutableSet<String> SPEAKER_PREPOSITIONS = WordList.set("speaker-prepositions.txt");
    static final ImmutableSet<String> FIRST_PERSON_PRONOUNS = WordList.set("first-person-pronouns.txt");
    static final ImmutableSet<String> PERSON_PRONOUNS = WordList.set("person-pronouns.txt");
    static final ImmutableSet<String> TIME_WORDS = WordList.set("time-words.txt");
    static final ImmutableSet<String> WEEKDAYS = WordList.set("weekdays.txt");
    static final ImmutableSet<String> SPEECH_TE_VERBS = WordList.set("speech-te-verbs.txt");
    static final ImmutableSet<String> OM_TE_VERBS = WordList.set("om-te-verbs.txt");
    static final ImmutableSet<String> UIT_CUE_VERBS = WordList.set("uit-cue-verbs.txt");
    static final ImmutableSet<String> REPORTING_NOUNS = WordList.set("reporting-nouns.txt");
    static final ImmutableSet<String> NEWS_AGENCIES = WordList.set("news-agencies.txt");
    static final ImmutableSet<String> PERSON_TITLES = WordList.set("person-titles.txt");
    static final ImmutableSet<String> TITLE_PREFIXES = WordList.set("title-prefixes.txt");
    static final ImmutableSet<String> ORG_SUFFIXES = WordList.set("org-suffixes.txt");
    static final ImmutableSet<String> PLACE_SUFFIXES = WordList.set("place-suffixes.txt");
    static final ImmutableMap<String, String> FOREIGN_WORDS = WordList.lines("foreign-words.tsv").stream()
        .map(l -> l.split("\t")).collect(ImmutableMap.toImmutableMap(r -> r[0], r -> r[1]));
    static final ImmutableSet<String> PORTFOLIO_TITLES = WordList.set("portfolio-titles.txt");
    static final ImmutableSet<String> SURNAME_PARTICLES = WordList.set("surname-particles.txt");
    static final ImmutableMap<String, Character> FIRST_NAMES = sexes("first-names.tsv");
    static final ImmutableMap<String, Character> FORMS_OF_ADDRESS = sexes("forms-of-address.tsv");
    static final ImmutableSetMultimap<String, String> TITLE_SYNONYMS = WordList.lines("title-synonyms.tsv").stream()
        .map(l -> l.split("\t"))
        .collect(ImmutableSetMultimap.flatteningToImmutableSetMultimap(r -> r[0], r -> java.util.Arrays.stream(r[1].split(" "))));
    static final ImmutableMap<String, Integer> MONTHS = WordList.lines("months.tsv").stream()
        .map(l -> l.split("\t")).collect(ImmutableMap.toImmutableMap(r -> r[0], r -> Integer.parseInt(r[1])));

    private static ImmutableMap<String, Character> sexes(String file) {
      return WordList.lines(file).stream().map(l -> l.split("\t"))
          .collect(ImmutableMap.toImmutableMap(r -> r[0], r -> r[1].charAt(0), (a, b) -> a));
    }
  }
}
