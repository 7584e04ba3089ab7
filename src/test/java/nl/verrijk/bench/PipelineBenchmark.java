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
     * pipeline) or {@code noquotes} (the default pipeline without quote attribution).
     */
    @Param({"tokens", "full", "noquotes"})
    public String stages;

    /** The UD text is cut into documents of about this many characters, the size of a news article. */
    static final int CHUNK_CHARS = 5_000;
    final java.util.List<String> docs = new java.util.ArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger cursor = new java.util.concurrent.atomic.AtomicInteger();
    Pipeline pipeline;

    /** Loads the documents and builds the pipeline. */
    @Setup
    public void load() throws Exception {
      Path shared = Path.of(System.getProperty("verrijk.shared", "../shared"), "data");
      for (String f : new String[] {"conll2002/ned.train", "conll2002/ned.testa"}) {
        if (Files.exists(shared.resolve(f))) {
          for (nl.verrijk.io.Conll2002Reader.Document d : nl.verrijk.io.Conll2002Reader.read(shared.resolve(f))) {
            StringBuilder sb = new StringBuilder();
            d.words().forEach(w -> sb.append(String.join(" ", w)).append('\n'));
            docs.add(sb.toString());
          }
        }
      }
      for (String f : new String[] {"ud-nl/ud-nl-test.conllu", "ud-nl/ud-nl-train.conllu"}) {
        if (Files.exists(shared.resolve(f))) {
          java.util.List<Conllu.Sentence> group = new java.util.ArrayList<>();
          int chars = 0;
          for (Conllu.Sentence sentence : Conllu.read(shared.resolve(f))) {
            group.add(sentence);
            chars += sentence.words().stream().mapToInt(w -> w.form().length() + 1).sum();
            if (chars >= CHUNK_CHARS) {
              docs.add(UdEvaluator.rebuild(group).text());
              group = new java.util.ArrayList<>();
              chars = 0;
            }
          }
          if (!group.isEmpty()) {
            docs.add(UdEvaluator.rebuild(group).text());
          }
        }
      }
      if (docs.isEmpty()) {
        docs.add(Files.readString(Path.of("testdata/example.txt")));
      }
      pipeline = switch (stages) {
        case "full" -> Verrijk.pipeline();
        case "noquotes" -> {
          Pipeline.Builder b = Verrijk.builder();
          Verrijk.pipeline().annotators().stream().filter(a -> !(a instanceof RuleBasedQuoteAttributor)).forEach(b::add);
          yield b.build();
        }
        default -> Verrijk.builder().add(RuleBasedTokenizer.instance()).add(RuleBasedSentenceSplitter.instance()).build();
      };
      pipeline.annotate("Het model is geladen."); // load the models, not the corpus
    }

    /** The next document, each once until the corpus is used up. */
    String next() {
      return docs.get(Math.floorMod(cursor.getAndIncrement(), docs.size()));
    }

    /** How many times the corpus was used up (printed at the end of the run). */
    int wraps() {
      return cursor.get() / docs.size();
    }

    /** Says whether documents came twice. */
    @org.openjdk.jmh.annotations.TearDown
    public void report() {
      System.out.printf("%n%d documents, %d enriched, corpus used up %d times%n", docs.size(), cursor.get(), wraps());
    }
  }

  /** Enriches the corpus with the chosen stages. */
  @Benchmark
  public Article pipeline(Corpus c, TokenCounter n) {
    Article a = c.pipeline.annotate(c.next());
    n.tokens += a.tokens().size();
    return a;
  }
}
