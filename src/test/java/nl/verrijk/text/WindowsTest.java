package nl.verrijk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import nl.verrijk.model.CharSpan;
import org.junit.jupiter.api.Test;

/** Windows of whole paragraphs that cover the text. */
class WindowsTest {

  @Test
  void windowsEndAfterALineBreak() {
    String text = "aaaa bbbb\ncccc dddd\neeee";
    assertThat(Windows.of(text, 7)).containsExactly(CharSpan.of(0, 10), CharSpan.of(10, 20), CharSpan.of(20, 24));
    assertThat(Windows.of(text, 100)).containsExactly(CharSpan.of(0, 24));
    assertThat(Windows.of("", 10)).containsExactly(CharSpan.of(0, 0));
    assertThatThrownBy(() -> Windows.of(text, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutLineBreaksAWindowEndsAtWhitespaceOrAtItsSize() {
    assertThat(Windows.of("aaaa bbbb cccc", 7)).containsExactly(CharSpan.of(0, 5), CharSpan.of(5, 10),
        CharSpan.of(10, 14));
    assertThat(Windows.of("abcdefghij", 4)).containsExactly(CharSpan.of(0, 4), CharSpan.of(4, 8), CharSpan.of(8, 10));
    assertThat(Windows.of("ab\uD83D\uDE00cd", 3)).as("never inside a surrogate pair")
        .containsExactly(CharSpan.of(0, 4), CharSpan.of(4, 6));
  }

  @Property(tries = 300)
  void theWindowsCoverTheTextInOrder(@ForAll @StringLength(max = 300) String text,
      @ForAll @IntRange(min = 1, max = 50) int size) {
    List<CharSpan> w = Windows.of(text, size);
    assertThat(w.get(0).begin()).isZero();
    assertThat(w.get(w.size() - 1).end()).isEqualTo(text.length());
    for (int i = 1; i < w.size(); i++) {
      assertThat(w.get(i).begin()).isEqualTo(w.get(i - 1).end());
    }
    assertThat(w).allMatch(s -> s.length() <= size * 3 / 2 + 1 && (s.length() > 0 || text.isEmpty()));
  }
}
