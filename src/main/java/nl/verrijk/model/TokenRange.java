package nl.verrijk.model;

/** A half-open range {@code [start, end)} of token indices into an article's token list. */
public record TokenRange(int start, int end) {

  /** Checks that {@code 0 <= start <= end}. */
  public TokenRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid token range [" + start + ", " + end + ")");
    }
  }

  /** Returns the range {@code [start, end)}. */
  public static TokenRange of(int start, int end) {
    return new TokenRange(start, end);
  }

  /** Returns the number of tokens covered. */
  public int size() {
    return end - start;
  }

  /** Returns whether token index {@code i} lies inside the range. */
  public boolean contains(int i) {
    return start <= i && i < end;
  }

  /** Reads as {@code #3-7} (token indices, end exclusive). */
  @Override
  public String toString() {
    return "#" + start + "-" + end;
  }
}
