package nl.verrijk.pos;

/**
 * One grammar check of the tagger: it reads a tagged sentence and corrects tags the statistical models got wrong
 * in a way the grammar rules out. The rules run in the order {@link TagRules} gives, each seeing the changes of
 * the ones before.
 */
interface TagRule {

  /** Corrects the tags of one sentence in place. */
  void apply(TaggedSentence s);
}
