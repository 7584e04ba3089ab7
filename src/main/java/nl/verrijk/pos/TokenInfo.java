package nl.verrijk.pos;

import com.google.common.collect.ImmutableList;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;

/**
 * Per-token analysis shared by the tagger features and the lemmatizer: the form, its lower-cased form,
 * its shape class and its lexicon readings (exact case and lower-cased).
 */
public record TokenInfo(
    String form,
    String lower,
    String shape,
    ImmutableList<DutchLexicon.Entry> exact,
    ImmutableList<DutchLexicon.Entry> lowered,
    String ambiguity,
    String ambiguityFine) {

  /** All lexicon readings: exact-case ones first, then lower-cased ones. */
  public ImmutableList<DutchLexicon.Entry> readings() {
    if (lowered.isEmpty()) {
      return exact;
    }
    if (exact.isEmpty()) {
      return lowered;
    }
    return ImmutableList.<DutchLexicon.Entry>builder().addAll(exact).addAll(lowered).build();
  }

  /** Whether a reading, in either case, is a verb in form {@code f}. */
  public boolean hasVerbForm(LexiconTag.VerbForm f) {
    for (DutchLexicon.Entry e : exact) {
      if (e.tag().verbForm() == f) {
        return true;
      }
    }
    for (DutchLexicon.Entry e : lowered) {
      if (e.tag().verbForm() == f) {
        return true;
      }
    }
    return false;
  }
}
