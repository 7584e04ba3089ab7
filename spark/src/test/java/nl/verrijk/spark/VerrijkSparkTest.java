package nl.verrijk.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verrijk on Spark in local mode: the same articles as {@code Verrijk.enrich}, bad rows as errors. */
class VerrijkSparkTest {

  private static SparkSession spark;
  private static final List<Corpus.Text> ARTICLES = Corpus.articles(300);
  private static final Pipeline PIPELINE = Verrijk.pipeline();
  private static final StructType TEXTS = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("verrijk-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> texts(List<Corpus.Text> texts) {
    List<Row> rows = new ArrayList<>();
    texts.forEach(t -> rows.add(RowFactory.create(t.id(), t.text())));
    return spark.createDataFrame(rows, TEXTS).repartition(4);
  }

  private static Map<String, Row> byId(Dataset<Row> enriched) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : enriched.collectAsList()) {
      out.put(r.getAs("id"), r);
    }
    return out;
  }

  @Test
  void threeHundredArticlesComeOutAsVerrijkEnrichesThem() {
    assertThat(ARTICLES).hasSize(300);
    Dataset<Row> enriched = VerrijkSpark.enrich(texts(ARTICLES), "text");
    assertThat(enriched.columns()).containsExactly("id", "text", "article", "headline", "dateline_place", "entities",
        "quotes", "keywords", "error");
    Map<String, Row> rows = byId(enriched);
    assertThat(rows).hasSize(300);
    int entities = 0;
    int quotes = 0;
    for (Corpus.Text t : ARTICLES) {
      Row r = rows.get(t.id());
      Article expected = PIPELINE.annotate(Article.builder(t.text()).id(t.id()).build());
      assertThat((String) r.getAs("error")).as(t.id()).isNull();
      assertThat((String) r.getAs("article")).as(t.id()).isEqualTo(ArticleJson.toJson(expected));
      assertThat((String) r.getAs("headline")).isEqualTo(expected.headline().orElse(null));
      assertThat(r.<List<Row>>getList(r.fieldIndex("entities"))).hasSize(expected.entities().size());
      assertThat(r.<List<Row>>getList(r.fieldIndex("quotes"))).hasSize(expected.quotes().size());
      assertThat(r.<String>getList(r.fieldIndex("keywords"))).hasSize(expected.keywords().size());
      entities += expected.entities().size();
      quotes += expected.quotes().size();
    }
    assertThat(VerrijkSpark.entities(enriched, "id").count()).isEqualTo(entities);
    assertThat(VerrijkSpark.quotes(enriched, "id").columns()).containsExactly("id", "content", "kind", "speaker", "cue");
    assertThat(VerrijkSpark.quotes(enriched, "id").count()).isEqualTo(quotes);
    assertThat(quotes).isGreaterThan(100);

    // a second run gives the same output
    Map<String, Row> again = byId(VerrijkSpark.enrich(texts(ARTICLES), "text"));
    for (Corpus.Text t : ARTICLES) {
      assertThat((String) again.get(t.id()).getAs("article")).isEqualTo(rows.get(t.id()).getAs("article"));
    }
  }

  @Test
  void badRowsGetAnErrorAndTheJobGoesOn() {
    StructType bytes = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.BinaryType);
    List<Row> rows = List.of(
        RowFactory.create("good", "\"Het regent\", zei Jan Jansen.".getBytes(StandardCharsets.UTF_8)),
        RowFactory.create("null", null),
        RowFactory.create("binary", new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF}));
    Map<String, Row> out = byId(VerrijkSpark.enrich(spark.createDataFrame(rows, bytes), "text"));
    assertThat(out).hasSize(3);
    assertThat((String) out.get("good").getAs("error")).isNull();
    assertThat(out.get("good").<Row>getList(out.get("good").fieldIndex("quotes")).get(0).getString(2))
        .isEqualTo("Jan Jansen");
    assertThat((String) out.get("null").getAs("error")).contains("null");
    assertThat((String) out.get("binary").getAs("error")).contains("UTF-8");
    assertThat((String) out.get("binary").getAs("article")).isNull();
    Row empty = byId(VerrijkSpark.enrich(texts(List.of(new Corpus.Text("leeg", ""))), "text")).get("leeg");
    assertThat((String) empty.getAs("error")).isNull();
    assertThat(ArticleJson.fromJson(empty.getAs("article")).text()).isEmpty();
  }

  @Test
  void wrongColumnsAreRefusedOnTheDriver() {
    assertThatThrownBy(() -> VerrijkSpark.enrich(texts(ARTICLES.subList(0, 1)), "body"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column named body");
    assertThatThrownBy(() -> VerrijkSpark.enrich(VerrijkSpark.enrich(texts(ARTICLES.subList(0, 1)), "text"), "text"))
        .hasMessageContaining("already has a column named article");
  }

  @Test
  void theTransformerFitsAPipelineAndIsSavedAndLoaded(@TempDir Path dir) throws Exception {
    Dataset<Row> data = texts(ARTICLES.subList(0, 20)).withColumnRenamed("text", "body");
    VerrijkTransformer verrijk = new VerrijkTransformer().setInputCol("body").setOutputCol("verrijkt");
    org.apache.spark.ml.Pipeline pipeline = new org.apache.spark.ml.Pipeline()
        .setStages(new PipelineStage[] {verrijk});
    PipelineModel model = pipeline.fit(data);
    Dataset<Row> out = model.transform(data);
    assertThat(out.columns()).contains("verrijkt", "entities", "quotes").doesNotContain("article");
    assertThat(verrijk.transformSchema(data.schema()).fieldNames()).containsExactly(out.columns());
    String path = dir.resolve("model").toString();
    model.write().overwrite().save(path);
    PipelineModel loaded = PipelineModel.load(path);
    VerrijkTransformer stage = (VerrijkTransformer) loaded.stages()[0];
    assertThat(stage.getOrDefault(stage.inputCol())).isEqualTo("body");
    assertThat(stage.uid()).isEqualTo(verrijk.uid());
    Map<String, Row> first = new HashMap<>();
    out.collectAsList().forEach(r -> first.put(r.getAs("id"), r));
    for (Row r : loaded.transform(data).collectAsList()) {
      assertThat((String) r.getAs("verrijkt")).isEqualTo(first.get(r.<String>getAs("id")).getAs("verrijkt"));
    }
    verrijk.write().overwrite().save(dir.resolve("stage").toString());
    assertThat(VerrijkTransformer.load(dir.resolve("stage").toString()).getOrDefault(verrijk.outputCol()))
        .isEqualTo("verrijkt");
    assertThat(Files.exists(dir.resolve("stage/metadata"))).isTrue();
  }
}
