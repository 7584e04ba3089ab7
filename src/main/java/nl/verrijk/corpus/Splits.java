package nl.verrijk.corpus;

import nl.verrijk.io.Conllu.Sentence;

/** The splits of the UD Dutch train file that training chooses settings on, written once. */
public final class Splits {

  /** Which sentences of a file a run trains on or scores. */
  public enum Split {
    /** Every sentence. */
    ALL,
    /** Every 10th sentence held out ({@code --dev}). */
    DEV,
    /** The odd-numbered Alpino news documents held out ({@code --newsdev}). */
    NEWSDEV;

    /** Whether sentence {@code i} of the file is held out by this split (none for {@link #ALL}). */
    public boolean heldOut(int i, Sentence s) {
      return switch (this) {
        case ALL -> false;
        case DEV -> i % 10 == 9;
        case NEWSDEV -> heldOutNews(s);
      };
    }
  }

  private static final String NEWS = "WR-P-P-H-";

  private Splits() {}

  /** Whether a sentence comes from the Alpino news documents (ids starting WR-P-P-H-) of the treebank. */
  public static boolean isNews(Sentence s) {
    return s.id().startsWith(NEWS);
  }

  /** The news dev split: sentences of the odd-numbered Alpino news documents (WR-P-P-H) of the train file. */
  public static boolean heldOutNews(Sentence s) {
    if (!isNews(s)) {
      return false;
    }
    String rest = s.id().substring(NEWS.length());
    int end = 0;
    while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
      end++;
    }
    return end > 0 && Long.parseLong(rest.substring(0, end)) % 2 == 1;
  }
}
