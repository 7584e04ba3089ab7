package nl.verrijk.bench;

import java.util.concurrent.TimeUnit;
import nl.verrijk.ner.NameRecognizer;
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
 * Entity recognition, tokens per second per thread, on documents the run has not seen (each call
 * recognises the next document of {@link Documents}); and model load.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class NerBenchmark {

  /** The recognizer and the documents, loaded once. */
  @State(Scope.Benchmark)
  public static class Data {
    NameRecognizer recognizer;
    Documents documents;

    /** Loads the shipped model and the documents. */
    @Setup
    public void load() throws java.io.IOException {
      recognizer = NameRecognizer.load();
      documents = new Documents();
    }

    /** Says whether documents came twice. */
    @org.openjdk.jmh.annotations.TearDown
    public void report() {
      System.out.print(documents.report());
    }
  }

  /** Recognises the names of the next document. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 5, time = 3)
  @Measurement(iterations = 5, time = 3)
  public int recognize(Data d, TokenCounter c) {
    Documents.Doc doc = d.documents.next();
    c.tokens += doc.tokens();
    return d.recognizer.recognize(doc.sentences()).size();
  }

  /** Loads the shipped model from the classpath in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 5, jvmArgsAppend = {"-Xmx3g"})
  public NameRecognizer load() {
    return NameRecognizer.load();
  }
}
