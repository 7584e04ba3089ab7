package nl.verrijk.train;

import java.util.ArrayList;
import java.util.List;
import nl.verrijk.io.Conllu;
import nl.verrijk.parse.ParserTrainer;
import nl.verrijk.pos.PosLemmaTagger;
import nl.verrijk.pos.PosTags;

/**
 * The tags the dependency parser trains on: each treebank sentence tagged by a part-of-speech tagger
 * (the shipped one, or {@code train parse --tagger}), as the parser sees them when parsing. Here, in
 * {@code train}, so that the parser's package does not depend on the tagger's.
 */
public final class ParserTags {

  private ParserTags() {}

  /** The tags of each sentence by one tagger, one list per sentence, one entry per word. */
  public static List<List<ParserTrainer.Tags>> of(PosLemmaTagger tagger, List<Conllu.Sentence> sentences) {
    List<List<ParserTrainer.Tags>> out = new ArrayList<>(sentences.size());
    for (Conllu.Sentence s : sentences) {
      List<ParserTrainer.Tags> words = new ArrayList<>(s.size());
      for (PosTags t : tagger.tag(s.forms())) {
        words.add(new ParserTrainer.Tags(t.upos().name(), t.xpos(), t.lemma()));
      }
      out.add(words);
    }
    return out;
  }
}
