package nl.verrijk.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The batch job: {@code EnrichJob [--master local[2]] --input DIR --output DIR
 * [--input-format text|html|jsonl|parquet] [--output-format parquet|json]} reads a directory of text
 * files or HTML pages, JSON lines or Parquet, and writes the tables {@code articles/},
 * {@code entities/} and {@code quotes/} under the output directory, partitioned by {@code date} when
 * the input has such a column. Runs under {@code spark-submit} with the module's jar (then
 * {@code --master} comes from spark-submit).
 */
@Command(name = "EnrichJob", mixinStandardHelpOptions = true,
    description = "Enriches a directory of Dutch news on Apache Spark into the tables articles/, entities/ and quotes/.")
public final class EnrichJob implements Callable<Integer> {

  /** What the input directory holds. */
  enum InputFormat { text, html, jsonl, parquet }

  /** How the tables are written. */
  enum OutputFormat { parquet, json }

  @Option(names = "--master", description = "the Spark master (local[2], spark://host:7077, yarn); "
      + "default: what spark-submit gives")
  String master;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "the directory to read")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "where to write the tables")
  String output;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "text (*.txt files, default), html "
      + "(*.html and *.htm files), jsonl (JSON lines with text and id fields) or parquet (text and id columns)")
  InputFormat inputFormat = InputFormat.text;

  @Option(names = "--output-format", paramLabel = "FORMAT", description = "parquet (default) or json (JSON lines)")
  OutputFormat outputFormat = OutputFormat.parquet;

  @Option(names = "--text-column", paramLabel = "NAME", description = "the text column of jsonl and parquet "
      + "input; default text")
  String textColumn = "text";

  @Option(names = "--id-column", paramLabel = "NAME", description = "the id column of jsonl and parquet input; "
      + "default id (files: their path below the input directory)")
  String idColumn = "id";

  @Option(names = "--overwrite", description = "replace tables that exist already")
  boolean overwrite;

  /** Runs the job and exits with its code (0 when it ran; rows that failed are in the error column). */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the job in this JVM and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new EnrichJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  /** Reads, enriches and writes. */
  @Override
  public Integer call() {
    SparkSession.Builder builder = SparkSession.builder().appName("verrijk-enrich");
    if (master != null) {
      builder.master(master);
    }
    boolean ours = SparkSession.getDefaultSession().isEmpty(); // stop only a session this job started
    SparkSession spark = builder.getOrCreate();
    long t0 = System.nanoTime();
    Dataset<Row> in = read(spark);
    boolean html = inputFormat == InputFormat.html;
    String text = inputFormat == InputFormat.text || html ? "text" : textColumn;
    String id = inputFormat == InputFormat.text || html ? "id" : idColumn;
    if (!Arrays.asList(in.columns()).contains(id)) {
      in = in.withColumn(id, functions.monotonically_increasing_id().cast("string"));
    }
    Dataset<Row> enriched = VerrijkSpark.enrich(in, new VerrijkSpark.Options(text, id, null, html))
        .drop(text).persist(StorageLevel.MEMORY_AND_DISK());
    boolean dated = Arrays.asList(enriched.columns()).contains("date");
    List<String> keys = new ArrayList<>(List.of(id));
    if (dated) {
      keys.add("date");
    }
    write(enriched, "articles", dated);
    write(VerrijkSpark.explode(enriched, keys, "entities", "name", "label", "count"), "entities", dated);
    write(VerrijkSpark.explode(enriched, keys, "quotes", "content", "kind", "speaker", "cue"), "quotes", dated);
    long articles = enriched.count();
    long errors = enriched.filter(functions.col("error").isNotNull()).count();
    System.err.printf("verrijk: %d articles (%d with an error) in %.1f s to %s%n", articles, errors,
        (System.nanoTime() - t0) / 1e9, output);
    enriched.unpersist();
    if (ours) {
      spark.stop();
    }
    return 0;
  }

  private Dataset<Row> read(SparkSession spark) {
    return switch (inputFormat) {
      case text, html -> {
        String abs = Path.of(input).toAbsolutePath().normalize().toString();
        Column relative = functions.regexp_replace(functions.col("path"), "^file:(//)?" + Pattern.quote(abs + "/"), "");
        yield spark.read().format("binaryFile").option("recursiveFileLookup", "true")
            .option("pathGlobFilter", inputFormat == InputFormat.text ? "*.txt" : "*.{html,htm,HTML,HTM}")
            .load(input).select(relative.as("id"), functions.col("content").as("text"));
      }
      case jsonl -> spark.read().json(input);
      case parquet -> spark.read().parquet(input);
    };
  }

  private void write(Dataset<Row> table, String name, boolean dated) {
    DataFrameWriter<Row> w = table.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (dated) {
      w = w.partitionBy("date");
    }
    String path = output + "/" + name;
    if (outputFormat == OutputFormat.json) {
      w.json(path);
    } else {
      w.parquet(path);
    }
  }
}
