package nl.verrijk.ner;

import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;

/**
 * Name and word-class bits of a form, read from the shared {@link DutchLexicon} (the LanguageTool
 * Dutch dictionary, loaded once for the tagger and the recognizer alike). Thread-safe.
 */
public final class NameLexicon {

  /** First name (ENM:PER:FST). */
  public static final int FST = 1;
  /** Surname from the curated list (ENM:PER:LST and its particle variants). */
  public static final int LST = 1 << 1;
  /** Surname from the large, noisy list (ENM:PER:LST:NIX). */
  public static final int NIX = 1 << 2;
  /** Place (ENM:LOC:PTS). */
  public static final int PTS = 1 << 3;
  /** Country (ENM:LOC:LND). */
  public static final int LND = 1 << 4;
  /** Region (ENM:LOC:RGN). */
  public static final int RGN = 1 << 5;
  /** Island (ENM:LOC:EIL). */
  public static final int EIL = 1 << 6;
  /** Organisation (ENM:ORG). */
  public static final int ORG = 1 << 7;
  /** Product (ENM:PRD). */
  public static final int PRD = 1 << 8;
  /** Other name or feast day (ENM:OTH, ENM:FSD). */
  public static final int OTH = 1 << 9;
  /** Genitive of a name (ENM:BEZ). */
  public static final int BEZ = 1 << 10;
  /** Noun. */
  public static final int ZNW = 1 << 11;
  /** Adjective. */
  public static final int BNW = 1 << 12;
  /** Verb. */
  public static final int WKW = 1 << 13;
  /** Adverb. */
  public static final int BYW = 1 << 14;
  /** Function word (pronoun, preposition, conjunction, article, numeral, interjection). */
  public static final int FUN = 1 << 15;

  /** Mask of all name classes. */
  public static final int NAMES = (1 << 11) - 1;

  private static final String[] NAMES_OF_BITS = {
    "FST", "LST", "NIX", "PTS", "LND", "RGN", "EIL", "ORG", "PRD", "OTH", "BEZ", "ZNW", "BNW", "WKW", "BYW", "FUN"
  };

  private final DutchLexicon lexicon;

  private NameLexicon(DutchLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Returns the name classes over the shared Dutch lexicon (loaded once per JVM). */
  public static NameLexicon load() {
    return new NameLexicon(DutchLexicon.shared());
  }

  /** Returns the bit set of classes recorded for this exact form (0 when unknown). */
  public int classes(String form) {
    if (form.isEmpty() || form.length() > 60) {
      return 0;
    }
    int bits = 0;
    for (DutchLexicon.Entry e : lexicon.lookup(form)) {
      if (!e.tag().text().isEmpty()) {
        bits |= bitOf(e.tag());
      }
    }
    return bits;
  }

  /** Returns a short readable name for each bit, e.g. "FST+NIX"; "none" for 0. */
  public static String describe(int bits) {
    if (bits == 0) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < NAMES_OF_BITS.length; i++) {
      if ((bits & (1 << i)) != 0) {
        if (sb.length() > 0) {
          sb.append('+');
        }
        sb.append(NAMES_OF_BITS[i]);
      }
    }
    return sb.toString();
  }

  /** Returns the readable name of one single bit. */
  public static String nameOf(int bitIndex) {
    return NAMES_OF_BITS[bitIndex];
  }

  /** Number of distinct bits. */
  public static int bitCount() {
    return NAMES_OF_BITS.length;
  }

  private static int bitOf(LexiconTag tag) {
    return switch (tag.wordClass()) {
      case NAME -> switch (tag.nameClass()) {
        case FIRST_NAME -> FST;
        case RARE_SURNAME -> NIX;
        case SURNAME -> LST;
        case PLACE -> PTS;
        case COUNTRY -> LND;
        case REGION -> RGN;
        case ISLAND -> EIL;
        case ORGANISATION -> ORG;
        case PRODUCT -> PRD;
        case POSSESSIVE -> BEZ;
        case OTHER, NONE -> OTH;
      };
      case NOUN -> ZNW;
      case ADJECTIVE -> BNW;
      case VERB -> WKW;
      case ADVERB -> BYW;
      default -> FUN;
    };
  }
}
