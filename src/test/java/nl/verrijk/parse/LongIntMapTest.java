package nl.verrijk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

  @Test
  void keepsWhatAHashMapKeepsThroughGrowing() {
    LongIntMap m = new LongIntMap(4);
    Map<Long, Integer> expected = new HashMap<>();
    Random r = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      long k = r.nextLong() | 1;
      m.put(k, i);
      expected.put(k, i);
    }
    assertThat(m.size()).isEqualTo(expected.size());
    expected.forEach((k, v) -> assertThat(m.get(k)).isEqualTo(v));
    assertThat(m.get(2)).isEqualTo(-1);
    long[] byValue = m.keysByValue(50_000);
    expected.forEach((k, v) -> assertThat(byValue[v]).isEqualTo(k));
  }

  @Test
  void refusesTheReservedKey() {
    assertThatThrownBy(() -> new LongIntMap(4).put(0, 1)).hasMessageContaining("reserved");
  }
}
