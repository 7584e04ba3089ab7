package nl.verrijk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.verrijk.Verrijk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while adding leaves an index that opens and holds every committed article. */
class IndexCrashTest {

  /** Adds articles one by one, forever, printing the count after each commit. */
  public static void main(String[] args) {
    try (ArticleIndex index = ArticleIndex.open(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        index.add(Verrijk.enrich("crash-" + i, "Bericht " + i + ": de minister zei dat het goed gaat met de fietsen."));
        System.out.println(i + 1);
        System.out.flush();
      }
    }
  }

  @Test
  void killedWriterLosesAtMostTheArticleBeingAdded(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("idx");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), IndexCrashTest.class.getName(), idx.toString())
        .redirectOutput(out.toFile()).redirectErrorStream(true).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && Files.readAllLines(out).size() < 5) {
      Thread.sleep(100);
    }
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int committed = Files.readAllLines(out).stream().filter(l -> l.matches("\\d+")).mapToInt(Integer::parseInt)
        .max().orElse(0);
    assertThat(committed).as("the writer committed some articles before it was killed").isGreaterThanOrEqualTo(5);
    try (ArticleIndex index = ArticleIndex.openReadOnly(idx)) {
      assertThat(index.size()).isBetween(committed, committed + 1);
      assertThat(index.search("fiets", 1000)).hasSize(index.size());
    }
    try (ArticleIndex index = ArticleIndex.open(idx)) {
      index.add(Verrijk.enrich("after", "Na de crash gaat het verder."));
      assertThat(index.search("crash", 10)).extracting(h -> h.article().id()).containsExactly("after");
    }
  }
}
