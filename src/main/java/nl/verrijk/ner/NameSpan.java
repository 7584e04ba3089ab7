package nl.verrijk.ner;

/** One recognised name: token range [start, end) within a sentence, type PER/LOC/ORG/MISC, confidence 0..1. */
public record NameSpan(int sentence, int start, int end, String type, double confidence) {

  /** Validates the span. */
  public NameSpan {
    if (sentence < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + sentence + ":" + start + "-" + end);
    }
  }
}
