package nl.verrijk.model;

/** A half-open range {@code [begin, end)} of UTF-16 character offsets into an article's original text. */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

  /** Checks that {@code 0 <= begin <= end}. */
  public CharSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid character span [" + begin + ", " + end + ")");
    }
  }

  /** Returns the span {@code [begin, end)}. */
  public static CharSpan of(int begin, int end) {
    return new CharSpan(begin, end);
  }

  /** Returns the number of characters covered. */
  public int length() {
    return end - begin;
  }

  /** Returns whether {@code other} lies entirely inside this span. */
  public boolean contains(CharSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  /** Returns whether the two spans share at least one character. */
  public boolean overlaps(CharSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** Returns the covered characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  /** Orders by begin, then by end. */
  @Override
  public int compareTo(CharSpan o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  /** Reads as {@code 12..17}. */
  @Override
  public String toString() {
    return begin + ".." + end;
  }
}
