package nl.verrijk.lexicon;

/**
 * A typed view of a LanguageTool Dutch lexicon tag ({@code ZNW:MRV:DE_}, {@code WKW:VTD:ONV},
 * {@code ENM:PER:LST:VAN}): word class, verb form, number and name class, so that no annotator
 * parses tag strings of its own. The codes are LanguageTool's: the first segment is the word class,
 * the second the verb form, number or name kind, later ones refine it.
 *
 * @param text the tag as the lexicon writes it (empty when the lexicon gives none)
 */
public record LexiconTag(String text) {

  /** The word class: the tag's first segment. */
  public enum WordClass {
    /** {@code ZNW}, zelfstandig naamwoord. */ NOUN("ZNW"),
    /** {@code WKW}, werkwoord. */ VERB("WKW"),
    /** {@code BNW}, bijvoeglijk naamwoord. */ ADJECTIVE("BNW"),
    /** {@code BYW}, bijwoord. */ ADVERB("BYW"),
    /** {@code ENM}, eigennaam. */ NAME("ENM"),
    /** {@code GET}, getal. */ NUMERAL("GET"),
    /** {@code VNW}, voornaamwoord. */ PRONOUN("VNW"),
    /** {@code VRZ}, voorzetsel. */ PREPOSITION("VRZ"),
    /** {@code VGW}, voegwoord. */ CONJUNCTION("VGW"),
    /** {@code TSW}, tussenwerpsel. */ INTERJECTION("TSW"),
    /** Any other code ({@code DVS}, {@code DVW}, {@code MEH}) or none. */ OTHER("");

    private static final WordClass[] ALL = values();
    private final String code;

    WordClass(String code) {
      this.code = code;
    }

    /** The class of a first tag segment. */
    static WordClass of(String code) {
      for (WordClass c : ALL) {
        if (c.code.equals(code)) {
          return c;
        }
      }
      return OTHER;
    }
  }

  /** The form of a verb reading: the second segment of a {@code WKW} tag. */
  public enum VerbForm {
    /** {@code TGW}: present tense, the plural present also serving as infinitive ({@code TGW:INF}). */ PRESENT("TGW"),
    /** {@code VLT}: past tense. */ PAST("VLT"),
    /** {@code VTD}: past participle. */ PAST_PARTICIPLE("VTD"),
    /** {@code ODW}: present participle. */ PRESENT_PARTICIPLE("ODW"),
    /** {@code INF}: the infinitive as a noun ({@code WKW:INF:ZNW}). */ NOMINAL_INFINITIVE("INF"),
    /** {@code AWS}: subjunctive. */ SUBJUNCTIVE("AWS"),
    /** Not a verb reading, or a form not listed. */ NONE("");

    private static final VerbForm[] ALL = values();
    private final String code;

    VerbForm(String code) {
      this.code = code;
    }
  }

  /** The kind of name of an {@code ENM} tag. */
  public enum NameClass {
    /** {@code ENM:PER:FST}. */ FIRST_NAME("PER:FST"),
    /** {@code ENM:PER:LST:NIX}: the large, noisy surname list (before {@link #SURNAME}, which it extends). */ RARE_SURNAME("PER:LST:NIX"),
    /** {@code ENM:PER:LST} and its particle variants ({@code VAN}, {@code DE_}, …). */ SURNAME("PER:LST"),
    /** {@code ENM:LOC:PTS}: a town or city. */ PLACE("LOC:PTS"),
    /** {@code ENM:LOC:LND}: a country. */ COUNTRY("LOC:LND"),
    /** {@code ENM:LOC:RGN}: a region. */ REGION("LOC:RGN"),
    /** {@code ENM:LOC:EIL}: an island. */ ISLAND("LOC:EIL"),
    /** {@code ENM:ORG}. */ ORGANISATION("ORG"),
    /** {@code ENM:PRD}: a product. */ PRODUCT("PRD"),
    /** {@code ENM:BEZ}: a possessive form of a name. */ POSSESSIVE("BEZ"),
    /** Any other name tag. */ OTHER(null),
    /** Not a name reading. */ NONE(null);

    private static final NameClass[] ALL = values();
    private final String code;

    NameClass(String code) {
      this.code = code;
    }

    /** Whether this is a surname of either list. */
    public boolean isSurname() {
      return this == SURNAME || this == RARE_SURNAME;
    }
  }

  /** The tag of a lexicon reading; null reads as no tag. */
  public LexiconTag {
    text = text == null ? "" : text;
  }

  /** The first segment as written ({@code ZNW}, {@code WKW}, …), as the tagger's features spell it. */
  public String code() {
    int i = text.indexOf(':');
    return i < 0 ? text : text.substring(0, i);
  }

  /** The first two segments as written ({@code WKW:VTD}, {@code ZNW:MRV}), as the tagger's features spell them. */
  public String fineCode() {
    int i = text.indexOf(':');
    if (i < 0) {
      return text;
    }
    int j = text.indexOf(':', i + 1);
    return j < 0 ? text : text.substring(0, j);
  }

  /** The word class. */
  public WordClass wordClass() {
    return WordClass.of(code());
  }

  /** Whether the word class is {@code c}. */
  public boolean is(WordClass c) {
    return wordClass() == c;
  }

  /** The verb form, {@link VerbForm#NONE} for other word classes. */
  public VerbForm verbForm() {
    if (!text.startsWith("WKW:")) {
      return VerbForm.NONE;
    }
    for (VerbForm f : VerbForm.ALL) {
      if (f != VerbForm.NONE && text.startsWith(f.code, 4) && (text.length() == 7 || text.charAt(7) == ':')) {
        return f;
      }
    }
    return VerbForm.NONE;
  }

  /** Whether this is a plural noun reading ({@code ZNW:MRV}). */
  public boolean isPluralNoun() {
    return text.startsWith("ZNW:MRV");
  }

  /** Whether this is a verb form used as a noun ({@code WKW:INF:ZNW}, {@code WKW:VTD:ZNW}). */
  public boolean isNominalisedVerb() {
    return text.startsWith("WKW:INF:ZNW") || text.startsWith("WKW:VTD:ZNW");
  }

  /** The kind of name, {@link NameClass#NONE} for other word classes. */
  public NameClass nameClass() {
    if (!text.startsWith("ENM:")) {
      return NameClass.NONE;
    }
    for (NameClass c : NameClass.ALL) {
      if (c.code != null && text.startsWith(c.code, 4)) {
        return c;
      }
    }
    return NameClass.OTHER;
  }

  /** The tag as the lexicon writes it. */
  @Override
  public String toString() {
    return text;
  }
}
