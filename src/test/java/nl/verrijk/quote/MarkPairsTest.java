package nl.verrijk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The mark-pair index answers as a scan of every pair would, on any set of pairs. */
class MarkPairsTest {

  private static List<MarkPair> pairs(List<Integer> opens, List<Integer> lengths) {
    List<MarkPair> pairs = new ArrayList<>();
    for (int i = 0; i < Math.min(opens.size(), lengths.size()); i++) {
      pairs.add(new MarkPair(opens.get(i), opens.get(i) + lengths.get(i), true));
    }
    pairs.sort(Comparator.comparingInt(MarkPair::open));
    return pairs;
  }

  @Property
  void answersAsAScanWould(@ForAll @Size(max = 12) List<@IntRange(min = -1, max = 40) Integer> opens,
      @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 15) Integer> lengths) {
    List<MarkPair> pairs = pairs(opens, lengths);
    MarkPairs index = new MarkPairs(pairs);
    for (int k = -2; k < 60; k++) {
      int t = k;
      assertThat(index.inside(t)).isEqualTo(pairs.stream().anyMatch(p -> p.open() < t && t < p.close()));
      for (int to = k + 1; to < k + 12; to++) {
        int u = to;
        assertThat(index.coverWhole(t, u)).isEqualTo(pairs.stream().anyMatch(p -> p.open() <= t && u <= p.close() + 1
            || p.open() == t - 1 || p.open() == t && p.close() >= u - 1));
        assertThat(index.openingIn(t, u)).isEqualTo(pairs.stream().filter(p -> t <= p.open() && p.open() < u).toList());
      }
    }
    for (MarkPair p : pairs) {
      assertThat(index.enclosed(p)).isEqualTo(
          pairs.stream().anyMatch(q -> q != p && q.open() < p.open() && p.close() < q.close()));
    }
  }

  @Test
  void aQuoteInsideAQuoteIsEnclosedAndItsTokensInside() {
    MarkPair outer = new MarkPair(2, 20, true);
    MarkPair inner = new MarkPair(5, 9, false);
    MarkPairs index = new MarkPairs(List.of(outer, inner));
    assertThat(index.enclosed(inner)).isTrue();
    assertThat(index.enclosed(outer)).isFalse();
    assertThat(index.inside(7)).isTrue();
    assertThat(index.inside(2)).isFalse();
    assertThat(index.inside(21)).isFalse();
    assertThat(index.openingIn(3, 10)).containsExactly(inner);
  }
}
