package nl.verrijk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's jar under {@code spark-submit}: Spark's own launcher class ({@code SparkSubmit}) in a
 * fresh JVM whose class path holds Spark and its libraries, as a Spark installation's {@code jars/}
 * does, and none of Verrijk's, which must all come from {@code verrijk-spark-all.jar}.
 */
class SparkSubmitIT {

  /** Jars that Verrijk brings and a Spark installation does not have. */
  private static final Pattern VERRIJK_ONLY = Pattern.compile(
      ".*(/classes|/test-classes|verrijk[^/]*\\.jar|stanford-corenlp|opennlp|lucene|jsoup|readability4j|picocli|"
          + "morfologik|dutch-pos-dict|languagetool|jackson-datatype-guava|guava|failureaccess)[^/]*$");

  @Test
  void theJobRunsUnderSparkSubmitWithTheModulesJar(@TempDir Path dir) throws Exception {
    Path jar = Path.of(System.getProperty("verrijk.spark.jar", "target/verrijk-spark-all.jar"));
    assertThat(jar).exists();
    String sparkOnly = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !VERRIJK_ONLY.matcher(p.replace('\\', '/')).matches()).collect(Collectors.joining(File.pathSeparator));
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "\"Het regent\", zei Jan Jansen in Utrecht.");
    Files.writeString(in.resolve("b.txt"), "Volgens minister Mariëlle Paul loopt het lerarentekort op.");
    Path out = dir.resolve("out");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(System.getProperty("spark.jvm.options", "").split(" ")));
    cmd.addAll(List.of("-Xmx2g", "-cp", sparkOnly, "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
        "--conf", "spark.ui.enabled=false", "--class", "nl.verrijk.spark.EnrichJob", jar.toString(),
        "--input", in.toString(), "--output", out.toString(), "--output-format", "json"));
    Path log = dir.resolve("log.txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("verrijk: 2 articles (0 with an error)");
    String articles;
    try (Stream<Path> files = Files.list(out.resolve("articles"))) {
      articles = files.filter(f -> f.toString().endsWith(".json")).map(f -> {
        try {
          return Files.readString(f);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining());
    }
    assertThat(articles).contains("Jan Jansen").contains("Utrecht").contains("\"id\":\"a.txt\"");
  }
}
