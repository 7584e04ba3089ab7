package nl.verrijk.ner;

import java.util.List;
import nl.verrijk.ner.DocumentConsistency.Span;

/** The span look-up and edit that rules of several families in {@link DocumentConsistency#ORDER} share. */
final class SpanEdits {

  private SpanEdits() {}

  /** The span of {@code spans} that covers token {@code j}, or null. */
  static Span covering(List<Span> spans, int j) {
    for (Span s : spans) {
      if (s.start <= j && j < s.end) {
        return s;
      }
    }
    return null;
  }

  /** Cuts {@code s} to end at {@code end} and returns its tail from {@code from} as a span of {@code type}. */
  static Span cut(Span s, int end, int from, String type) {
    Span tail = new Span(from, s.end, type, s.confidence);
    s.end = end;
    return tail;
  }
}
