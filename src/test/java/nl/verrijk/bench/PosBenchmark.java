package nl.verrijk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verrijk.pos.PosLemmaTagger;
import nl.verrijk.pos.PosTags;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Part of speech and lemmas together, tokens per second per thread, on documents the run has not
 * seen (each call tags the sentences of the next document of {@link Documents}); and model load.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class PosBenchmark {

  /** The tagger and the documents, loaded once. */
  @State(Scope.Benchmark)
  public static class Data {
    PosLemmaTagger tagger;
    Documents documents;

    /** Loads the shipped model and the documents. */
    @Setup
    public void load() throws java.io.IOException {
      tagger = PosLemmaTagger.load();
      documents = new Documents();
    }

    /** Says whether documents came twice. */
    @org.openjdk.jmh.annotations.TearDown
    public void report() {
      System.out.print(documents.report());
    }
  }

  /** Tags and lemmatises the sentences of the next document. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 5, time = 3)
  @Measurement(iterations = 5, time = 3)
  public int tag(Data d, TokenCounter c) {
    int n = 0;
    for (List<String> s : d.documents.next().sentences()) {
      List<PosTags> tags = d.tagger.tag(s);
      n += tags.size();
    }
    c.tokens += n;
    return n;
  }

  /** Loads the shipped models from the classpath in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 5, jvmArgsAppend = {"-Xmx3g"})
  public PosLemmaTagger load() {
    return PosLemmaTagger.load();
  }
}
