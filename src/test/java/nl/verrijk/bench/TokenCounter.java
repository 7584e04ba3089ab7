package nl.verrijk.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts tokens processed, reported by JMH as tokens per second per thread. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {
  /** Tokens processed in this iteration. */
  public long tokens;

  /** Resets the count. */
  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }
}
