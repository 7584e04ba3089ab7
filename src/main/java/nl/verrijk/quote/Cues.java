package nl.verrijk.quote;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;

/**
 * The Dutch reporting cues: verbs of saying by lemma and inflected form, separable ones with their
 * particle ({@code liet ... weten}, {@code voegde ... toe}), and the cue words {@code aldus} and
 * {@code volgens}.
 */
final class Cues {

  /** Inflected form → lemma, for verbs that report speech. */
  private static final Map<String, String> VERBS;

  /** Finite forms of separable verbs → the particles one of which must follow later in the sentence. */
  private static final com.google.common.collect.ImmutableSetMultimap<String, String> SEPARABLE;

  static {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    verb(b, "zeggen", "zeg", "zegt", "zeggen", "zei", "zeiden", "gezegd");
    verb(b, "verklaren", "verklaart", "verklaren", "verklaarde", "verklaarden", "verklaard");
    verb(b, "melden", "meldt", "melden", "meldde", "meldden", "gemeld");
    verb(b, "schrijven", "schrijft", "schrijven", "schreef", "schreven", "geschreven");
    verb(b, "stellen", "stelt", "stellen", "stelde", "stelden", "gesteld");
    verb(b, "benadrukken", "benadrukt", "benadrukken", "benadrukte", "benadrukten");
    verb(b, "herhalen", "herhaalt", "herhalen", "herhaalde", "herhaalden", "herhaald");
    verb(b, "waarschuwen", "waarschuwt", "waarschuwen", "waarschuwde", "waarschuwden", "gewaarschuwd");
    verb(b, "vragen", "vraagt", "vroeg", "vroegen");
    verb(b, "antwoorden", "antwoordt", "antwoordde", "antwoordden", "geantwoord");
    verb(b, "reageren", "reageert", "reageerde", "reageerden", "gereageerd");
    verb(b, "beweren", "beweert", "beweren", "beweerde", "beweerden", "beweerd");
    verb(b, "ontkennen", "ontkent", "ontkennen", "ontkende", "ontkenden");
    verb(b, "erkennen", "erkent", "erkennen", "erkende", "erkenden");
    verb(b, "bevestigen", "bevestigt", "bevestigen", "bevestigde", "bevestigden", "bevestigd");
    verb(b, "vinden", "vindt", "vinden", "vond", "vonden");
    verb(b, "menen", "meent", "menen", "meende", "meenden");
    verb(b, "verzekeren", "verzekert", "verzekerde", "verzekerden");
    verb(b, "beloven", "belooft", "beloven", "beloofde", "beloofden");
    verb(b, "twitteren", "twittert", "twitterde", "tweette", "tweet");
    verb(b, "concluderen", "concludeert", "concludeerde", "concludeerden");
    verb(b, "onderstrepen", "onderstreept", "onderstreepte");
    verb(b, "verwachten", "verwacht", "verwachtte", "verwachtten");
    verb(b, "denken", "denkt", "dacht", "dachten");
    verb(b, "betogen", "betoogt", "betoogde");
    verb(b, "zweren", "zweert", "zwoer");
    verb(b, "klagen", "klaagt", "klaagde", "klaagden");
    verb(b, "eisen", "eist", "eiste", "eisten");
    verb(b, "vertellen", "vertelt", "vertellen", "vertelde", "vertelden", "verteld");
    verb(b, "besluiten", "besluit", "besloot", "besloten");
    verb(b, "zuchten", "zucht", "zuchtte");
    verb(b, "lachen", "lacht", "lachte");
    verb(b, "citeren", "citeert", "citeerde");
    verb(b, "bestempelen", "bestempelt", "bestempelde");
    verb(b, "noemen", "noemt", "noemde", "noemden");
    verb(b, "oordelen", "oordeelt", "oordeelde");
    verb(b, "opperen", "oppert", "opperde");
    verb(b, "preciseren", "preciseert", "preciseerde");
    verb(b, "verduidelijken", "verduidelijkt", "verduidelijkte");
    verb(b, "vervolgen", "vervolgt", "vervolgde");
    verb(b, "insisteren", "insisteert", "insisteerde");
    verb(b, "argumenteren", "argumenteert", "argumenteerde");
    verb(b, "verdedigen", "verdedigt", "verdedigde");
    verb(b, "verwijten", "verwijt", "verweet");
    verb(b, "hopen", "hoopt", "hoopte");
    verb(b, "wijzen", "wijst", "wees");
    verb(b, "mompelen", "mompelt", "mompelde", "mompelden");
    verb(b, "fluisteren", "fluistert", "fluisterde");
    verb(b, "schreeuwen", "schreeuwt", "schreeuwde", "schreeuwden");
    verb(b, "roepen", "roept", "riep", "riepen");
    verb(b, "noteren", "noteert", "noteerde");
    verb(b, "hekelen", "hekelt", "hekelde", "hekelden");
    verb(b, "omschrijven", "omschrijft", "omschreef", "omschreven");
    verb(b, "appreciëren", "apprecieert", "apprecieerde");
    verb(b, "ondervinden", "ondervond");
    verb(b, "spreken", "sprak");
    verb(b, "dixit", "dixit");
    verb(b, "aldus", "aldus");
    verb(b, "volgens", "volgens");
    VERBS = b.buildKeepingLast();
    com.google.common.collect.ImmutableSetMultimap.Builder<String, String> s =
        com.google.common.collect.ImmutableSetMultimap.builder();
    separable(s, "weten", "laat", "laten", "liet", "lieten");
    separable(s, "toe", "voegt", "voegen", "voegde", "voegden");
    separable(s, "uit", "legt", "leggen", "legde", "legden");
    separable(s, "mee", "deelt", "delen", "deelde", "deelden");
    separable(s, "op", "merkt", "merkte", "merkten");
    separable(s, "aan", "kondigt", "kondigde", "kondigden", "geeft", "gaf", "gaven", "geven", "vult", "vulde");
    separable(s, "toe", "geeft", "gaf", "gaven", "geven");
    separable(s, "kennen", "geeft", "gaf", "gaven", "geven");
    separable(s, "verder", "gaat", "ging", "gingen");
    separable(s, "terug", "blikt", "blikte", "kijkt", "keek");
    separable(s, "vol", "houdt", "hield", "hielden");
    separable(s, "uit", "spreekt", "sprak", "spraken", "haalt", "haalde");
    separable(s, "bekend", "maakt", "maakte", "maakten");
    SEPARABLE = s.build();
  }

  /** Pronouns that can be speakers. */
  static final ImmutableSet<String> PRONOUNS = ImmutableSet.of("hij", "zij", "ze", "ik", "wij", "we");

  private static final ImmutableSet<String> WEEKDAYS = ImmutableSet.of("maandag", "dinsdag", "woensdag", "donderdag",
      "vrijdag", "zaterdag", "zondag");
  private static final ImmutableSet<String> TIME_WORDS = ImmutableSet.of("gisteren", "vandaag", "morgen",
      "eergisteren", "overmorgen", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht", "gisteravond",
      "gistermiddag", "gisterochtend", "gistermorgen");

  /** Whether a word as written is a lower-case time adverbial ("dinsdag", "dinsdagavond", "gisteren"), never a speaker. */
  static boolean isTimeWord(String lower) {
    if (TIME_WORDS.contains(lower)) {
      return true;
    }
    for (String day : WEEKDAYS) {
      if (lower.startsWith(day)) {
        String rest = lower.substring(day.length());
        return rest.isEmpty() || rest.equals("ochtend") || rest.equals("morgen") || rest.equals("middag")
            || rest.equals("avond") || rest.equals("nacht");
      }
    }
    return false;
  }

  private Cues() {}

  private static void verb(ImmutableMap.Builder<String, String> b, String lemma, String... forms) {
    for (String f : forms) {
      b.put(f, lemma);
    }
  }

  private static void separable(com.google.common.collect.ImmutableSetMultimap.Builder<String, String> b,
      String particle, String... forms) {
    for (String f : forms) {
      b.put(f, particle);
    }
  }

  /** The lemma of a reporting verb form (by the token's lemma when tagged), or null. */
  static String verbLemma(String form, String lemma) {
    String f = form.toLowerCase(Locale.ROOT);
    if (lemma != null && VERBS.containsValue(lemma) && !lemma.equals("aldus") && !lemma.equals("volgens")) {
      return lemma;
    }
    String l = VERBS.get(f);
    return l == null || l.equals("aldus") || l.equals("volgens") ? null : l;
  }

  /** The particles one of which a finite form of a separable reporting verb needs; empty for others. */
  static java.util.Set<String> particles(String form) {
    return SEPARABLE.get(form.toLowerCase(Locale.ROOT));
  }
}
