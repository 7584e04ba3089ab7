package nl.verrijk.ner;

import java.util.List;
import nl.verrijk.pipeline.NamedRule;

/**
 * One rule of the recognizer's second pass over a whole document ({@link DocumentConsistency#ORDER}):
 * it mends the CRF's spans in place where one sentence's evidence, the document or the name lists
 * say better. A model's manifest turns one off with {@code postprocess.NAME=false};
 * {@link NameRecognizer#without} leaves rules out of a loaded recognizer.
 */
abstract class ConsistencyRule extends NamedRule {

  ConsistencyRule(String name) {
    super(name);
  }

  /** Mends the spans of the document in place. */
  abstract void apply(DocumentConsistency.Document d);

  /** Whether the rule runs unless turned off (a rule that did not pay its way is kept off). */
  boolean onByDefault() {
    return true;
  }

  /** A rule that mends each sentence's spans on its own, in text order. */
  abstract static class SentenceRule extends ConsistencyRule {
    SentenceRule(String name) {
      super(name);
    }

    /** Applies {@link #apply(List, List, DocumentConsistency.Document)} to every sentence. */
    @Override
    final void apply(DocumentConsistency.Document d) {
      for (int i = 0; i < d.sentences().size(); i++) {
        apply(d.sentences().get(i), d.spans().get(i), d);
      }
    }

    /** Mends the spans of one sentence of {@code d} in place. */
    abstract void apply(List<String> words, List<DocumentConsistency.Span> spans, DocumentConsistency.Document d);
  }
}
