package nl.verrijk.parse;

/**
 * An open-addressing map from non-zero {@code long} feature keys to {@code int} rows, without boxing:
 * the feature index of the parser's linear models. Reads are thread-safe once no one writes.
 */
final class LongIntMap {

  private long[] keys;
  private int[] values;
  private int size;

  /** Creates a map with room for about {@code expected} keys before it grows. */
  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  /** The row of a key, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  /** Maps a key to a value (replacing an earlier one). */
  void put(long key, int value) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved");
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  /** The keys of a map whose values are {@code 0..size-1}, each at the index of its value (0 where none has it). */
  long[] keysByValue(int size) {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && values[i] >= 0 && values[i] < size) {
        out[values[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 29)) & mask;
  }

  /** Reads as {@code LongIntMap[1234 keys]}. */
  @Override
  public String toString() {
    return "LongIntMap[" + size + " keys]";
  }
}
