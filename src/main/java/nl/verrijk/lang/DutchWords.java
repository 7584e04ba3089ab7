package nl.verrijk.lang;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

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

  /** The days of the week in lower case ({@code weekdays.txt}). */
  public static ImmutableSet<String> weekdays() {
    return Holder.WEEKDAYS;
  }

  /** Month names and abbreviations with the month's number ({@code months.tsv}: {@code okt} 10). */
  public static ImmutableMap<String, Integer> months() {
    return Holder.MONTHS;
  }

  /** News agencies as datelines name them, in lower case ({@code news-agencies.txt}). */
  public static ImmutableSet<String> newsAgencies() {
    return Holder.NEWS_AGENCIES;
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
    static final ImmutableSet<String> SPEAKER_PRONOUNS = WordList.set("speaker-pronouns.txt");
    static final ImmutableSet<String> SPEAKER_PREPOSITIONS = WordList.set("speaker-prepositions.txt");
    static final ImmutableSet<String> FIRST_PERSON_PRONOUNS = WordList.set("first-person-pronouns.txt");
    static final ImmutableSet<String> PERSON_PRONOUNS = WordList.set("person-pronouns.txt");
    static final ImmutableSet<String> TIME_WORDS = WordList.set("time-words.txt");
    static final ImmutableSet<String> WEEKDAYS = WordList.set("weekdays.txt");
    static final ImmutableSet<String> SPEECH_TE_VERBS = WordList.set("speech-te-verbs.txt");
    static final ImmutableSet<String> NEWS_AGENCIES = WordList.set("news-agencies.txt");
    static final ImmutableMap<String, Integer> MONTHS = WordList.lines("months.tsv").stream()
        .map(l -> l.split("\t")).collect(ImmutableMap.toImmutableMap(r -> r[0], r -> Integer.parseInt(r[1])));
  }
}
