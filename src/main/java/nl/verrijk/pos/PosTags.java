package nl.verrijk.pos;

/** UPOS, Alpino/CGN XPOS and lemma for one token. */
public record PosTags(String upos, String xpos, String lemma) {}
