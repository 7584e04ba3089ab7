package nl.verrijk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.verrijk.Verrijk;
import nl.verrijk.html.HtmlReader;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch job on directories of text files, HTML pages and JSON lines, in local mode. */
class EnrichJobTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("verrijk-job-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void textFilesGiveTheThreeTablesAsJsonLines(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    List<Corpus.Text> texts = Corpus.articles(8);
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString((i % 2 == 0 ? in : in.resolve("sub")).resolve("a" + i + ".txt"), texts.get(i).text());
    }
    Files.writeString(in.resolve("skip.md"), "not a text file");
    Path out = dir.resolve("out");
    assertThat(EnrichJob.run("--master", "local[2]", "--input", in.toString(), "--output", out.toString(),
        "--output-format", "json")).isZero();
    for (String table : List.of("articles", "entities", "quotes")) {
      try (Stream<Path> files = Files.list(out.resolve(table))) {
        assertThat(files.map(p -> p.getFileName().toString())).contains("_SUCCESS").anyMatch(n -> n.endsWith(".json"));
      }
    }
    List<Row> articles = spark.read().json(out.resolve("articles").toString()).collectAsList();
    assertThat(articles).hasSize(8);
    for (Row r : articles) {
      String id = r.getAs("id");
      assertThat(id).matches("(sub/)?a\\d\\.txt");
      String text = Files.readString(in.resolve(id));
      assertThat((String) r.getAs("article"))
          .isEqualTo(ArticleJson.toJson(Verrijk.pipeline().annotate(Article.builder(text).id(id).build())));
    }
    long entities = articles.stream().mapToLong(r -> ArticleJson.fromJson(r.getAs("article")).entities().size()).sum();
    assertThat(spark.read().json(out.resolve("entities").toString()).count()).isEqualTo(entities);
    assertThat(spark.read().json(out.resolve("quotes").toString()).columns())
        .contains("id", "content", "kind", "speaker", "cue");
    // the tables are there: a second run refuses to overwrite them unless told
    assertThat(EnrichJob.run("--master", "local[2]", "--input", in.toString(), "--output", out.toString()))
        .isNotZero();
    assertThat(EnrichJob.run("--master", "local[2]", "--input", in.toString(), "--output", out.toString(),
        "--output-format", "json", "--overwrite")).isZero();
  }

  @Test
  void htmlPagesGiveParquetTables(@TempDir Path dir) throws Exception {
    Path repo = Corpus.repository();
    Path in = dir.resolve("pages");
    Files.createDirectories(in);
    Files.copy(repo.resolve("testdata/html/nos.html"), in.resolve("nos.html"));
    Files.copy(repo.resolve("testdata/html/archief1998.html"), in.resolve("oud.htm"));
    Path out = dir.resolve("out");
    assertThat(EnrichJob.run("--master", "local[2]", "--input", in.toString(), "--output", out.toString(),
        "--input-format", "html")).isZero();
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    assertThat(rows).hasSize(2);
    Row nos = rows.stream().filter(r -> r.<String>getAs("id").equals("nos.html")).findFirst().orElseThrow();
    Article page = HtmlReader.read(Files.readAllBytes(in.resolve("nos.html")), null);
    Article expected = Verrijk.pipeline().annotate(page.toBuilder().id("nos.html").build());
    assertThat((String) nos.getAs("article")).isEqualTo(ArticleJson.toJson(expected));
    assertThat(spark.read().parquet(out.resolve("quotes").toString()).count()).isEqualTo(
        rows.stream().mapToLong(r -> ArticleJson.fromJson(r.getAs("article")).quotes().size()).sum());
  }

  @Test
  void parquetInWithItsOwnColumnNames(@TempDir Path dir) {
    List<Row> rows = List.of(org.apache.spark.sql.RowFactory.create("p1", "Premier Rutte zei dat het kabinet blijft."),
        org.apache.spark.sql.RowFactory.create("p2", "Het regent in Gent."));
    Path in = dir.resolve("in");
    spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType().add("key", "string").add("body", "string"))
        .write().parquet(in.toString());
    Path out = dir.resolve("out");
    assertThat(EnrichJob.run("--master", "local[2]", "--input", in.toString(), "--output", out.toString(),
        "--input-format", "parquet", "--text-column", "body", "--id-column", "key")).isZero();
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    assertThat(articles).extracting(r -> r.<String>getAs("key")).containsExactlyInAnyOrder("p1", "p2");
    assertThat(spark.read().parquet(out.resolve("entities").toString()).collectAsList())
        .extracting(r -> r.<String>getAs("name")).contains("Rutte", "Gent");
  }

  @Test
  void datedJsonLinesArePartitionedByDate(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, """
        {"id": "x1", "date": "2026-01-22", "text": "\\"Het regent\\", zei Jan Jansen in Utrecht."}
        {"id": "x2", "date": "2026-01-23", "text": "Volgens minister Paul loopt het tekort op."}
        {"id": "x3", "date": "2026-01-23", "text": null}
        """);
    Path out = dir.resolve("out");
    assertThat(EnrichJob.run("--master", "local[2]", "--input", in.toString(), "--output", out.toString(),
        "--input-format", "jsonl")).isZero();
    assertThat(out.resolve("articles/date=2026-01-22")).isDirectory();
    assertThat(out.resolve("entities/date=2026-01-23")).isDirectory();
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    assertThat(rows).hasSize(3);
    assertThat(rows.stream().filter(r -> r.getAs("error") != null).map(r -> r.<String>getAs("id"))).containsExactly("x3");
  }
}
