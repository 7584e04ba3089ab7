package nl.verrijk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lifting the arcs of a hand-built tree. */
class ProjectivityTest {

  @Test
  void liftingMakesACrossingArcProjective() {
    // words 1..4; 3 hangs on 1 across 2, whose head 4 is outside the arc 1-3
    int[] heads = {0, 4, 4, 1, 0};
    assertThat(Projectivity.projective(heads, 3)).isFalse();
    int[] lifts = new int[1];
    int[] p = Projectivity.lift(heads, lifts);
    for (int d = 1; d < p.length; d++) {
      assertThat(Projectivity.projective(p, d)).as("arc into %d", d).isTrue();
    }
    assertThat(lifts[0]).isPositive();
    assertThat(p[3]).isEqualTo(4);
  }
}
