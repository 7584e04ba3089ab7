package nl.verrijk.bench;

import java.util.concurrent.TimeUnit;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Start-up: the first {@code Verrijk.enrich} on a new JVM, model loading included. */
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
}
