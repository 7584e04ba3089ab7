package nl.verrijk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.verrijk.Verrijk;
import nl.verrijk.eval.UdEvaluator;
import nl.verrijk.io.Conllu;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.Pipeline;
import nl.verrijk.quote.RuleBasedQuoteAttributor;
import nl.verrijk.sentence.RuleBasedSentenceSplitter;
import nl.verrijk.tokenize.RuleBasedTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the default pipeline in tokens per second per thread, on the UD Dutch Alpino test
 * text (news, 11,046 tokens). Run with {@code -t 1} and {@code -t 2} (see the README).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PipelineBenchmark {

  /** The shared corpus and pipeline, loaded once for all threads. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /**
     * Which stages: {@code tokens} (tokenizer and sentence splitter), {@code full} (the default
     * pipeline) or {@code noquotes} (the default pipeline without quote attribution).
     */
    @Param({"tokens", "full", "noquotes"})
    public String stages;

    String text;
    Pipeline pipeline;
    int tokens;

    /** Loads the text and builds the pipeline. */
    @Setup
    public void load() throws Exception {
      Path ud = Path.of(System.getProperty("verrijk.shared", "../shared"), "data/ud-nl/ud-nl-test.conllu");
      text = Files.exists(ud) ? UdEvaluator.rebuild(Conllu.read(ud)).text()
          : Files.readString(Path.of("testdata/example.txt")).repeat(50);
      pipeline = switch (stages) {
        case "full" -> Verrijk.pipeline();
        case "noquotes" -> {
          Pipeline.Builder b = Verrijk.builder();
          Verrijk.pipeline().annotators().stream().filter(a -> !(a instanceof RuleBasedQuoteAttributor)).forEach(b::add);
          yield b.build();
        }
        default -> Verrijk.builder().add(RuleBasedTokenizer.instance()).add(RuleBasedSentenceSplitter.instance()).build();
      };
      tokens = pipeline.annotate(text).tokens().size();
    }
  }

  /** Enriches the corpus with the chosen stages. */
  @Benchmark
  public Article pipeline(Corpus c, TokenCounter n) {
    Article a = c.pipeline.annotate(c.text);
    n.tokens += a.tokens().size();
    return a;
  }
}
