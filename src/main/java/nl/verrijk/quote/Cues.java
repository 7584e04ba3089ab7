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

  /** Finite forms of separable verbs → the particle that must follow later in the sentence. */
  private static final Map<String, String> SEPARABLE;

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
    verb(b, "aldus", "aldus");
    verb(b, "volgens", "volgens");
    VERBS = b.buildKeepingLast();
    ImmutableMap.Builder<String, String> s = ImmutableMap.builder();
    separable(s, "weten", "laat", "laten", "liet", "lieten");
    separable(s, "toe", "voegt", "voegen", "voegde", "voegden");
    separable(s, "uit", "legt", "leggen", "legde", "legden");
    separable(s, "mee", "deelt", "delen", "deelde", "deelden");
    separable(s, "op", "merkt", "merkte", "merkten");
    separable(s, "aan", "kondigt", "kondigde", "kondigden", "geeft", "gaf", "gaven");
    separable(s, "bekend", "maakt", "maakte", "maakten");
    SEPARABLE = s.buildKeepingLast();
  }

  /** Pronouns that can be speakers. */
  static final ImmutableSet<String> PRONOUNS = ImmutableSet.of("hij", "zij", "ze", "ik", "wij", "we");

  private Cues() {}

  private static void verb(ImmutableMap.Builder<String, String> b, String lemma, String... forms) {
    for (String f : forms) {
      b.put(f, lemma);
    }
  }

  private static void separable(ImmutableMap.Builder<String, String> b, String particle, String... forms) {
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

  /** The particle a finite form of a separable reporting verb needs, or null. */
  static String particle(String form) {
    return SEPARABLE.get(form.toLowerCase(Locale.ROOT));
  }
}
