package nl.verrijk.parse;

/**
 * A multi-class averaged perceptron over hashed features (Collins 2002, with the lazy averaging of
 * Daumé III): trains the parser's models and turns into a {@link LinearModel}. Not thread-safe.
 */
final class AveragedPerceptron implements Beam.Weights {

  private final int classes;
  private final LongIntMap index = new LongIntMap(1 << 20);
  private float[] w = new float[0];
  private double[] u = new double[0];
  private int rows;
  private long time = 1;

  AveragedPerceptron(int classes) {
    this.classes = classes;
  }

  /** The number of classes. */
  int classesCount() {
    return classes;
  }

  /** Adds the current weights of {@code n} features into {@code scores}. */
  @Override
  public void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      int row = index.get(features[f]);
      if (row >= 0) {
        int o = row * classes;
        for (int c = 0; c < classes; c++) {
          scores[c] += w[o + c];
        }
      }
    }
  }

  /** Moves the weights of the features towards {@code good} and away from {@code bad}. */
  void update(long[] features, int n, int good, int bad) {
    for (int f = 0; f < n; f++) {
      int o = row(features[f]) * classes;
      w[o + good] += 1;
      u[o + good] += time;
      w[o + bad] -= 1;
      u[o + bad] -= time;
    }
  }

  /** Adds {@code delta} to the weights of the features for class {@code cls} (a global update's one side). */
  void add(long[] features, int n, int cls, int delta) {
    for (int f = 0; f < n; f++) {
      int o = row(features[f]) * classes;
      w[o + cls] += delta;
      u[o + cls] += (double) delta * time;
    }
  }

  /** Counts one training example (the clock of the averaging). */
  void tick() {
    time++;
  }

  private int row(long key) {
    int r = index.get(key);
    if (r >= 0) {
      return r;
    }
    if ((rows + 1) * classes > w.length) {
      int size = Math.max(1024, w.length * 2);
      w = java.util.Arrays.copyOf(w, size);
      u = java.util.Arrays.copyOf(u, size);
    }
    index.put(key, rows);
    return rows++;
  }

  /** The number of features that have been updated. */
  int features() {
    return rows;
  }

  /**
   * The averaged weights, quantized to 16 bits; weights whose magnitude rounds to zero, features
   * left with none, and the training-only features ({@link Features#olderOnly}) are dropped.
   */
  LinearModel average() {
    float[] avg = new float[rows * classes];
    float max = 0;
    for (int i = 0; i < avg.length; i++) {
      avg[i] = (float) (w[i] - u[i] / time);
      max = Math.max(max, Math.abs(avg[i]));
    }
    float scale = max == 0 ? 1 : max / 32000f;
    LongIntMap kept = new LongIntMap(rows);
    int[] start = new int[rows + 1];
    byte[] cls = new byte[avg.length];
    short[] q = new short[avg.length];
    int entries = 0;
    int keptRows = 0;
    long[] keys = index.keysByValue(rows);
    for (int r = 0; r < rows; r++) {
      long key = LinearModel.key(keys[r]);
      if (Features.olderOnly(keys[r]) || kept.get(key) >= 0) {
        continue;
      }
      int before = entries;
      for (int c = 0; c < classes; c++) {
        int v = Math.round(avg[r * classes + c] / scale);
        if (v != 0) {
          cls[entries] = (byte) c;
          q[entries++] = (short) v;
        }
      }
      if (entries > before) {
        kept.put(key, keptRows);
        start[++keptRows] = entries;
      }
    }
    return new LinearModel(classes, kept, java.util.Arrays.copyOf(start, keptRows + 1),
        java.util.Arrays.copyOf(cls, entries), java.util.Arrays.copyOf(q, entries), scale);
  }

  /** Reads as {@code AveragedPerceptron[3 classes, 812345 features]}. */
  @Override
  public String toString() {
    return "AveragedPerceptron[" + classes + " classes, " + rows + " features]";
  }
}
