package nl.verrijk.pos;

import nl.verrijk.model.Upos;

/**
 * One sentence as the tag rules see and change it: the analysed tokens, their UPOS tags and, once chosen, their
 * XPOS tags, and which words are plural names (whose lemmas lose the plural ending).
 */
final class TaggedSentence {

  /** Chooses the XPOS of one position again, after a rule changed its UPOS. */
  interface XposChooser {
    /** The best XPOS for position i given the sentence's UPOS tags and the XPOS tags to its left. */
    String choose(TaggedSentence s, int i);
  }

  final TokenInfo[] tokens;
  final Upos[] upos;
  /** The XPOS tags; null until the XPOS model has tagged the sentence. */
  String[] xpos;
  final boolean[] pluralName;
  private final XposChooser chooser;

  /** A sentence with its UPOS tags; the XPOS tags come later ({@link #xpos}), chosen again by the chooser. */
  TaggedSentence(TokenInfo[] tokens, Upos[] upos, String[] xpos, XposChooser chooser) {
    this.tokens = tokens;
    this.upos = upos;
    this.xpos = xpos;
    this.pluralName = new boolean[tokens.length];
    this.chooser = chooser;
  }

  /** The number of tokens. */
  int size() {
    return tokens.length;
  }

  /** The lower-cased form at i. */
  String lower(int i) {
    return tokens[i].lower();
  }

  /** The form at i, as written. */
  String form(int i) {
    return tokens[i].form();
  }

  /** Whether position i has the UPOS tag. */
  boolean is(int i, Upos tag) {
    return upos[i] == tag;
  }

  /** Chooses the XPOS of position i again (its UPOS changed). */
  void retagXpos(int i) {
    xpos[i] = chooser.choose(this, i);
  }

  /** The UPOS tags as the strings the XPOS and lemma models were trained on. */
  String[] uposNames() {
    String[] names = new String[upos.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = upos[i].name();
    }
    return names;
  }

  /** Reads as {@code Het/PRON/VNW|... leed/NOUN/N|...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      sb.append(i == 0 ? "" : " ").append(form(i)).append('/').append(upos[i]);
      if (xpos != null) {
        sb.append('/').append(xpos[i]);
      }
    }
    return sb.toString();
  }
}
