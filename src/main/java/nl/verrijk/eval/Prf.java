package nl.verrijk.eval;

/**
 * Precision, recall and F1 from counts of matches, predictions and gold items.
 *
 * @param correct predictions that match a gold item
 * @param predicted all predictions
 * @param gold all gold items
 */
public record Prf(long correct, long predicted, long gold) {

  /** Correct over predicted, in percent (100 when nothing was predicted and nothing was gold). */
  public double precision() {
    return predicted == 0 ? (gold == 0 ? 100 : 0) : 100.0 * correct / predicted;
  }

  /** Correct over gold, in percent. */
  public double recall() {
    return gold == 0 ? (predicted == 0 ? 100 : 0) : 100.0 * correct / gold;
  }

  /** The harmonic mean of precision and recall, in percent. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Adds two counts. */
  public Prf plus(Prf o) {
    return new Prf(correct + o.correct, predicted + o.predicted, gold + o.gold);
  }

  /** Reads as {@code P=99.10 R=98.70 F1=98.90 (987/996 predicted, 1000 gold)}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (%d correct, %d predicted, %d gold)",
        precision(), recall(), f1(), correct, predicted, gold);
  }
}
