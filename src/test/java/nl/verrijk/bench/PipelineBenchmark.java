package nl.verrijk.bench;

import java.util.concurrent.TimeUnit;
import nl.verrijk.Verrijk;
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
 * Throughput of the default pipeline in tokens per second per thread, on text the run has not seen:
 * each call enriches the next of some 2,000 distinct documents (the 287 documents of CoNLL-2002
 * ned.train and the 58 of ned.testa, then the UD Dutch test and train text in documents of
 * about 5,000 characters, the size of a news article), so no document comes twice while one thread warms up and
 * measures (30 s at some 20,000 tokens/s use up 600,000 tokens: the last seconds of a one-thread
 * run and two threads start again from the top, and {@link Corpus#wraps()} says so). Run with
 * {@code -t 1} and {@code -t 2} (see the README).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PipelineBenchmark {

  /** The shared corpus and pipeline, loaded once for all threads. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /**
     * Which stages: {@code tokens} (tokenizer and sentence splitter), {@code full} (the default
     * pipeline), {@code noquotes} (the default pipeline without quote attribution), or the default
     * pipeline up to {@code structure}, {@code pos}, {@code parse}, {@code entities}, {@code stems} or {@code keywords}: the
     * differences between these give each stage's share.
     */
    @Param({"tokens", "structure", "pos", "parse", "entities", "stems", "keywords", "full", "noquotes"})
    public String stages;

    Documents docs;
    Pipeline pipeline;

    /** Loads the documents and builds the pipeline. */
    @Setup
    public void load() throws Exception {
      docs = new Documents();
      pipeline = switch (stages) {
        case "full" -> Verrijk.pipeline();
        case "noquotes" -> {
          Pipeline.Builder b = Verrijk.builder();
          Verrijk.pipeline().annotators().stream().filter(a -> !(a instanceof RuleBasedQuoteAttributor)).forEach(b::add);
          yield b.build();
        }
        case "tokens" -> Verrijk.builder().add(RuleBasedTokenizer.instance()).add(RuleBasedSentenceSplitter.instance())
            .build();
        default -> { // a prefix of the default pipeline, up to and including the named stage
          java.util.List<String> order = java.util.List.of("structure", "pos", "parse", "entities", "stems", "keywords");
          int upTo = order.indexOf(stages);
          if (upTo < 0) {
            throw new IllegalArgumentException("stages must be tokens, structure, pos, parse, entities, stems, keywords, noquotes or full");
          }
          Pipeline.Builder b = Verrijk.builder();
          Verrijk.pipeline().annotators().stream().limit(upTo + 3).forEach(b::add);
          yield b.build();
        }
      };
      pipeline.annotate("Het model is geladen."); // load the models, not the corpus
    }

    /** Says whether documents came twice. */
    @org.openjdk.jmh.annotations.TearDown
    public void report() {
      System.out.print(docs.report());
    }
  }

  /** Enriches the corpus with the chosen stages. */
  @Benchmark
  public Article pipeline(Corpus c, TokenCounter n) {
    Article a = c.pipeline.annotate(c.docs.next().text());
    n.tokens += a.tokens().size();
    return a;
  }
}
