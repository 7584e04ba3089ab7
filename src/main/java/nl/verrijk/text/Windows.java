package nl.verrijk.text;

import com.google.common.collect.ImmutableList;
import nl.verrijk.model.CharSpan;

/**
 * Cuts a long text into windows of whole paragraphs, to enrich a text of any length in constant
 * memory: each window ends at the first line break at or after the window size (or, without one
 * within half a window more, at the last whitespace before it, else at the size itself, never inside
 * a surrogate pair). The windows follow each other and cover the whole text; linear in its length.
 */
public final class Windows {

  private Windows() {}

  /** The windows of {@code text} of about {@code size} characters each; one window when it is not longer. */
  public static ImmutableList<CharSpan> of(CharSequence text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("the window size must be positive, not " + size);
    }
    ImmutableList.Builder<CharSpan> out = ImmutableList.builder();
    int n = text.length();
    int begin = 0;
    while (n - begin > size) {
      int end = cut(text, begin, size);
      out.add(CharSpan.of(begin, end));
      begin = end;
    }
    if (begin < n || n == 0) {
      out.add(CharSpan.of(begin, n));
    }
    return out.build();
  }

  private static int cut(CharSequence text, int begin, int size) {
    int target = begin + size;
    int limit = Math.min(text.length(), target + size / 2);
    for (int i = target; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = target; i > begin + size / 2; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(target)) ? target + 1 : target;
  }
}
