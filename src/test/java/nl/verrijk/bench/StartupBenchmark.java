package nl.verrijk.bench;

import java.util.concurrent.TimeUnit;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.Pipeline;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: the first {@code Verrijk.enrich} on a new JVM, model loading included; and the heap the
 * loaded default pipeline keeps.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-Xmx2g"})
public class StartupBenchmark {

  /** One enrich call in a fresh JVM. */
  @Benchmark
  public Article firstEnrich() {
    return Verrijk.enrich("DEN HAAG (ANP) - Het kabinet is gevallen, zei premier Schoof dinsdag.");
  }

  /** The heap the loaded pipeline retains, in megabytes, reported as a JMH counter. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    /** Megabytes retained after loading and one enrich, measured after full collections. */
    public long retainedMegabytes;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Loads the default pipeline in a fresh JVM and measures the heap it keeps. One fork: JMH sums event counters
   * over forks, so more forks would report a multiple of the figure.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
  public Pipeline loadedHeap(Heap heap) {
    long before = usedAfterGc();
    Pipeline p = Verrijk.pipeline();
    p.annotate("DEN HAAG (ANP) - Het kabinet is gevallen, zei premier Schoof dinsdag.");
    heap.retainedMegabytes = (usedAfterGc() - before) >> 20;
    return p;
  }
}
