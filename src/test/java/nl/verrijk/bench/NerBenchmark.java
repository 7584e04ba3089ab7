package nl.verrijk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verrijk.io.Conll2002Reader;
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

/** Entity recognition, tokens per second per thread, on the ned.testa documents; and model load. */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class NerBenchmark {

  /** The recognizer and the documents, loaded once. */
  @State(Scope.Benchmark)
  public static class Data {
    NameRecognizer recognizer;
    List<List<List<String>>> documents = new ArrayList<>();

    /** Loads the shipped model and the documents. */
    @Setup
    public void load() {
      recognizer = NameRecognizer.load();
      for (Conll2002Reader.Document d : Conll2002Reader.read(
          Path.of(System.getProperty("verrijk.shared", "../shared"), "data/conll2002/ned.testa"))) {
        documents.add(d.words());
      }
    }
  }

  /** Recognises the names of every ned.testa document (37,687 tokens). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 8, time = 5)
  @Measurement(iterations = 5, time = 5)
  public int recognize(Data d, TokenCounter c) {
    int n = 0;
    for (List<List<String>> doc : d.documents) {
      n += d.recognizer.recognize(doc).size();
      for (List<String> s : doc) {
        c.tokens += s.size();
      }
    }
    return n;
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
