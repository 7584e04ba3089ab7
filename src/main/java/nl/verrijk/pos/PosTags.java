package nl.verrijk.pos;

import nl.verrijk.model.Upos;

/** UPOS, Alpino/CGN XPOS and lemma for one token. */
public record PosTags(Upos upos, String xpos, String lemma) {}
