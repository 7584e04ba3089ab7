package nl.verrijk.spark;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Verrijk as a stage of a Spark ML {@code Pipeline}: reads the text (or HTML page) in
 * {@code inputCol} and adds the enriched article as JSON in {@code outputCol}, with the columns
 * {@code headline}, {@code dateline_place}, {@code entities}, {@code quotes}, {@code keywords} and
 * {@code error} of {@link VerrijkSpark#enrich}. Persistable with {@code write().save(path)} and
 * {@link #load(String)}, alone or inside a saved pipeline.
 */
public final class VerrijkTransformer extends Transformer implements DefaultParamsWritable {

  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> outputCol;
  private final Param<String> idCol;
  private final BooleanParam html;

  /** A transformer with a fresh uid, reading {@code text} and writing {@code article}. */
  public VerrijkTransformer() {
    this(Identifiable$.MODULE$.randomUID("verrijk"));
  }

  /** A transformer with the given uid (as Spark's persistence makes them). */
  public VerrijkTransformer(String uid) {
    this.uid = uid;
    this.inputCol = new Param<>(this, "inputCol", "the column holding the text or HTML page");
    this.outputCol = new Param<>(this, "outputCol", "the column for the enriched article as JSON");
    this.idCol = new Param<>(this, "idCol", "the column holding each article's id, if the data has it");
    this.html = new BooleanParam(this, "html", "whether the input column holds HTML pages");
    setDefault(inputCol, "text");
    setDefault(outputCol, "article");
    setDefault(idCol, "id");
    setDefault(html, false);
  }

  /** Reads a transformer saved with {@code write().save(path)}. */
  public static MLReader<VerrijkTransformer> read() {
    return new DefaultParamsReader<>();
  }

  /** Loads a transformer saved at {@code path}. */
  public static VerrijkTransformer load(String path) {
    return read().load(path);
  }

  /** The column holding the text or HTML page (default {@code text}). */
  public Param<String> inputCol() {
    return inputCol;
  }

  /** The column for the article JSON (default {@code article}). */
  public Param<String> outputCol() {
    return outputCol;
  }

  /** The column holding the ids (default {@code id}; used where the data has it). */
  public Param<String> idCol() {
    return idCol;
  }

  /** Whether the input holds HTML pages (default false). */
  public BooleanParam html() {
    return html;
  }

  /** Sets the input column. */
  public VerrijkTransformer setInputCol(String column) {
    set(inputCol, column);
    return this;
  }

  /** Sets the output column. */
  public VerrijkTransformer setOutputCol(String column) {
    set(outputCol, column);
    return this;
  }

  /** Sets the id column. */
  public VerrijkTransformer setIdCol(String column) {
    set(idCol, column);
    return this;
  }

  /** Sets whether the input holds HTML pages. */
  public VerrijkTransformer setHtml(boolean value) {
    set(html, value);
    return this;
  }

  /** Enriches every row. */
  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    VerrijkSpark.Options options = new VerrijkSpark.Options($(inputCol), $(idCol), null, (Boolean) $(html));
    Dataset<Row> out = VerrijkSpark.enrich(dataset.toDF(), options);
    return $(outputCol).equals("article") ? out : out.withColumnRenamed("article", $(outputCol));
  }

  /** The input schema with the added columns. */
  @Override
  public StructType transformSchema(StructType schema) {
    if (!java.util.Arrays.asList(schema.fieldNames()).contains($(inputCol))) {
      throw new IllegalArgumentException("no column named " + $(inputCol) + " in " + schema.simpleString());
    }
    StructField[] fields = VerrijkSpark.withColumns(schema).fields();
    fields[schema.size()] = new StructField($(outputCol), DataTypes.StringType, true, Metadata.empty());
    return new StructType(fields);
  }

  /** A copy with extra parameters. */
  @Override
  public VerrijkTransformer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** The transformer's unique id. */
  @Override
  public String uid() {
    return uid;
  }
}
