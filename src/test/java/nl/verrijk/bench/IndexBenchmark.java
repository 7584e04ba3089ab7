package nl.verrijk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.verrijk.Verrijk;
import nl.verrijk.index.ArticleIndex;
import nl.verrijk.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput (articles per second, with and without enrichment) and query latency on an
 * index of 10,000 generated news articles.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 3)
public class IndexBenchmark {

  static final String[] PLACES = {"BRUSSEL", "DEN HAAG", "AMSTERDAM", "MOSKOU", "KYIV", "PARIJS", "BERLIJN", "ROTTERDAM"};
  static final String[] PEOPLE = {"Kaja Kallas", "Emmanuel Macron", "Friedrich Merz", "Mark Rutte", "Donald Tusk",
      "Dick Schoof", "Ursula von der Leyen", "Sigrid Kaag"};
  static final String[] SUBJECTS = {"de begroting", "de stikstofregels", "de oorlog in Oekraïne", "de woningmarkt",
      "het asielbeleid", "de energieprijzen", "de handelsoorlog", "de klimaatdoelen", "de zorgkosten", "het onderwijs"};
  static final String[] VERBS = {"zei", "verklaarde", "liet weten", "benadrukte", "waarschuwde"};

  /** A generated article in the style of an agency page, deterministic for a seed. */
  static String article(Random r, int n) {
    String place = PLACES[r.nextInt(PLACES.length)];
    String who = PEOPLE[r.nextInt(PEOPLE.length)];
    String about = SUBJECTS[r.nextInt(SUBJECTS.length)];
    String about2 = SUBJECTS[r.nextInt(SUBJECTS.length)];
    return "Bericht " + n + ": " + who + " over " + about + "\n"
        + place + " (ANP) - " + who + " heeft dinsdag gesproken over " + about + ". Volgens "
        + who.split(" ")[0] + " moet er snel iets veranderen aan " + about2 + ". \"Dit kan zo niet langer\", "
        + VERBS[r.nextInt(VERBS.length)] + " " + who.split(" ")[1] + ". Het gaat om " + (1000 + r.nextInt(90000))
        + " euro per jaar.\n"
        + "Critici zijn sceptisch. Zij wijzen erop dat " + about2 + " al jaren een probleem is in " + place + ".\n";
  }

  /** An index of 10,000 generated articles, built once. */
  @State(Scope.Benchmark)
  public static class Filled {
    Path dir;
    ArticleIndex index;
    final String[] queries = {"stikstofregels", "speaker:Macron", "place:Brussel", "\"dit kan zo niet langer\"",
        "quote:langer AND place:Moskou", "oorlog Oekraïne", "headline:begroting", "agency:ANP AND energieprijzen"};
    int next;

    /** Builds the index. */
    @Setup(Level.Trial)
    public void build() throws IOException {
      dir = Files.createTempDirectory("verrijk-bench-index");
      index = ArticleIndex.open(dir);
      Random r = new Random(7);
      List<Article> batch = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        batch.add(Verrijk.enrich("gen-" + i, article(r, i)));
        if (batch.size() == 1000) {
          index.addAll(batch);
          batch.clear();
        }
      }
    }

    /** Closes and removes the index. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
      index.close();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One query of a rotating set against the 10,000-article index, top 10 with snippets. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<ArticleIndex.Hit> query(Filled f) {
    return f.index.search(f.queries[f.next++ % f.queries.length], 10);
  }

  /** A fresh index receiving batches of 100 articles; enriched once beforehand. */
  @State(Scope.Benchmark)
  public static class Fresh {
    Path dir;
    ArticleIndex index;
    List<Article> enriched = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int n;

    /** Prepares the texts and their enriched articles. */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
      Random r = new Random(11);
      for (int i = 0; i < 100; i++) {
        texts.add(article(r, i));
        enriched.add(Verrijk.enrich("pre-" + i, texts.get(i)));
      }
      dir = Files.createTempDirectory("verrijk-bench-add");
      index = ArticleIndex.open(dir);
    }

    /** Closes the index. */
    @TearDown(Level.Trial)
    public void close() {
      index.close();
    }
  }

  /** Adds 100 already enriched articles and commits: articles/s = 100 × ops/s. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void add100Enriched(Fresh f) {
    List<Article> batch = new ArrayList<>(100);
    int base = f.n++ * 100;
    for (int i = 0; i < 100; i++) {
      batch.add(f.enriched.get(i).toBuilder().id("e-" + (base + i)).build());
    }
    f.index.addAll(batch);
  }

  /** Enriches 100 texts and adds them, committing once: articles/s = 100 × ops/s. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void add100WithEnrichment(Fresh f) {
    List<Article> batch = new ArrayList<>(100);
    int base = f.n++ * 100;
    for (int i = 0; i < 100; i++) {
      batch.add(Verrijk.enrich("w-" + (base + i), f.texts.get(i)));
    }
    f.index.addAll(batch);
  }
}
