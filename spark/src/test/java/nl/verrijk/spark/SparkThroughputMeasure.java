package nl.verrijk.spark;

import java.util.ArrayList;
import java.util.List;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.Pipeline;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the README's Spark figures. The same 1,000 articles through plain {@code annotate} in
 * this JVM, then {@code local[1]} and {@code local[2]}, after a warm-up on 300 other articles (the real
 * articles, then CoNLL-2002 documents in articles of 12 sentences). Run with
 * {@code mvn -B -q -f spark/pom.xml test -Dtest=SparkThroughputMeasure} (the library installed).
 */
class SparkThroughputMeasure {

  @Test
  void measure() {
    List<Corpus.Text> all = Corpus.articles(1300, 12);
    List<Corpus.Text> warm = all.subList(1000, 1300);
    List<Corpus.Text> texts = all.subList(0, 1000);
    Pipeline pipeline = VerrijkSpark.Holder.PIPELINE;
    warm.forEach(t -> pipeline.annotate(Article.of(t.text())));
    long t0 = System.nanoTime();
    long tokens = 0;
    for (Corpus.Text t : texts) {
      tokens += pipeline.annotate(Article.builder(t.text()).id(t.id()).build()).tokens().size();
    }
    double plain = (System.nanoTime() - t0) / 1e9;
    System.out.printf("plain annotate, 1 thread: %d articles, %d tokens, %.1f s, %.0f tokens/s%n", texts.size(),
        tokens, plain, tokens / plain);
    for (int cores : new int[] {1, 2}) {
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("measure")
          .config("spark.ui.enabled", "false").getOrCreate();
      List<Row> rows = new ArrayList<>();
      texts.forEach(t -> rows.add(RowFactory.create(t.id(), t.text())));
      Dataset<Row> data = spark.createDataFrame(rows, new StructType().add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)).repartition(8 * cores).cache();
      data.count();
      long t1 = System.nanoTime();
      long errors = VerrijkSpark.enrich(data, "text").filter(functions.col("error").isNotNull()).count();
      double s = (System.nanoTime() - t1) / 1e9;
      System.out.printf("local[%d]: %.1f s, %.0f tokens/s, %.2f times plain, %.0f articles per core-hour, %d errors%n",
          cores, s, tokens / s, plain / s, texts.size() / s * 3600 / cores, errors);
      spark.stop();
    }
    System.out.println("articles from " + Verrijk.class.getPackage());
  }
}
