package nl.verrijk.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weights of a trained multi-class linear model over hashed features: for each feature the
 * classes it scores and by how much, stored sparsely and quantized to 16 bits, the feature by the low
 * 40 bits of its hash (a feature outside the model meets one of a million stored ones once in a
 * million look-ups). Immutable and thread-safe.
 */
final class LinearModel implements Beam.Weights {

  private static final long KEY_BITS = (1L << 40) - 1;

  private final int classes;
  private final LongIntMap index;
  private final int[] start;
  private final byte[] cls;
  private final short[] weights;
  private final float scale;

  LinearModel(int classes, LongIntMap index, int[] start, byte[] cls, short[] weights, float scale) {
    this.classes = classes;
    this.index = index;
    this.start = start;
    this.cls = cls;
    this.weights = weights;
    this.scale = scale;
  }

  /** The key a feature hash is stored under: its low 40 bits, never 0. */
  static long key(long feature) {
    long k = feature & KEY_BITS;
    return k == 0 ? 1 : k;
  }

  /** The number of classes. */
  int classes() {
    return classes;
  }

  /** The number of features with a weight. */
  int features() {
    return index.size();
  }

  /** Adds the weights of {@code n} features into {@code scores} (zeroed by the caller), in units of the scale. */
  @Override
  public void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      int row = index.get(key(features[f]));
      if (row >= 0) {
        for (int k = start[row], end = start[row + 1]; k < end; k++) {
          scores[cls[k]] += weights[k];
        }
      }
    }
  }

  /**
   * The model without the weights whose magnitude is below {@code minWeight} quantization steps, and
   * without the features left with none: a smaller model that scores almost the same.
   */
  LinearModel pruned(int minWeight) {
    int rows = start.length - 1;
    long[] keys = index.keysByValue(rows);
    LongIntMap kept = new LongIntMap(rows);
    int[] newStart = new int[rows + 1];
    byte[] newCls = new byte[cls.length];
    short[] newWeights = new short[weights.length];
    int entries = 0;
    int keptRows = 0;
    for (int r = 0; r < rows; r++) {
      int before = entries;
      for (int k = start[r]; k < start[r + 1]; k++) {
        if (Math.abs(weights[k]) >= minWeight) {
          newCls[entries] = cls[k];
          newWeights[entries++] = weights[k];
        }
      }
      if (entries > before) {
        kept.put(keys[r], keptRows);
        newStart[++keptRows] = entries;
      }
    }
    return new LinearModel(classes, kept, java.util.Arrays.copyOf(newStart, keptRows + 1),
        java.util.Arrays.copyOf(newCls, entries), java.util.Arrays.copyOf(newWeights, entries), scale);
  }

  /** Writes the model: classes, rows, entries, the quantization scale, then keys, row lengths, classes and weights. */
  void write(DataOutputStream out) throws IOException {
    int rows = start.length - 1;
    out.writeInt(classes);
    out.writeInt(rows);
    out.writeInt(cls.length);
    out.writeFloat(scale);
    long[] keys = index.keysByValue(rows);
    for (long k : keys) {
      for (int shift = 32; shift >= 0; shift -= 8) {
        out.writeByte((int) (k >>> shift));
      }
    }
    for (int r = 0; r < rows; r++) {
      out.writeByte(start[r + 1] - start[r]);
    }
    out.write(cls);
    for (short w : weights) {
      out.writeShort(w);
    }
  }

  /** Reads a model written by {@link #write}. */
  static LinearModel read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int rows = in.readInt();
    int entries = in.readInt();
    float scale = in.readFloat();
    if (classes <= 0 || classes > 127 || rows < 0 || entries < 0) {
      throw new IOException("not a parser model: " + classes + " classes, " + rows + " rows");
    }
    LongIntMap index = new LongIntMap(rows);
    byte[] k = new byte[5];
    for (int r = 0; r < rows; r++) {
      in.readFully(k);
      long key = 0;
      for (byte b : k) {
        key = key << 8 | (b & 0xff);
      }
      index.put(key(key), r);
    }
    int[] start = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      start[r + 1] = start[r] + in.readUnsignedByte();
    }
    byte[] cls = new byte[entries];
    in.readFully(cls);
    byte[] raw = new byte[entries * 2];
    in.readFully(raw);
    short[] weights = new short[entries];
    for (int i = 0; i < entries; i++) {
      weights[i] = (short) ((raw[2 * i] << 8) | (raw[2 * i + 1] & 0xff));
    }
    return new LinearModel(classes, index, start, cls, weights, scale);
  }

  /** Reads as {@code LinearModel[3 classes, 812345 features]}. */
  @Override
  public String toString() {
    return "LinearModel[" + classes + " classes, " + index.size() + " features]";
  }
}
