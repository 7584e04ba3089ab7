package nl.verrijk.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import nl.verrijk.Verrijk;
import nl.verrijk.html.HtmlReader;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.io.Utf8;
import nl.verrijk.model.Article;
import nl.verrijk.model.Entity;
import nl.verrijk.model.Keyword;
import nl.verrijk.model.Quote;
import nl.verrijk.pipeline.Pipeline;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Verrijk on Apache Spark: enriches a column of texts (or HTML pages) and adds the article and its
 * headline, dateline, entities, quotes and keywords as columns. The pipeline is built once per
 * executor JVM, on first use, and applied partition by partition; the driver loads no model. A row
 * that cannot be enriched (null text, bytes that are not UTF-8, a failure inside the pipeline) gets
 * a message in the {@code error} column and nulls elsewhere; the job goes on.
 */
public final class VerrijkSpark {

  /** The columns {@link #enrich} adds, in order. */
  public static final List<String> COLUMNS =
      List.of("article", "headline", "dateline_place", "entities", "quotes", "keywords", "error");

  /** One entity of an article: its canonical name, label and number of mentions. */
  public static final StructType ENTITY = new StructType()
      .add("name", DataTypes.StringType, false).add("label", DataTypes.StringType, false)
      .add("count", DataTypes.IntegerType, false);

  /** One quote of an article: the content, the kind, the speaker's name and the cue. */
  public static final StructType QUOTE = new StructType()
      .add("content", DataTypes.StringType, false).add("kind", DataTypes.StringType, false)
      .add("speaker", DataTypes.StringType, true).add("cue", DataTypes.StringType, true);

  /**
   * How to read the rows; travels to the executors with the job.
   *
   * @param textColumn the column holding the text (string) or the page (string or binary)
   * @param idColumn the column holding the article's id, or null for none
   * @param referenceTimeColumn a timestamp column of when each text was read or published, to date
   *     relative ages; or null
   * @param html whether the column holds HTML pages rather than plain text
   */
  public record Options(String textColumn, String idColumn, String referenceTimeColumn, boolean html)
      implements Serializable {
    /** Checks that a text column is named. */
    public Options {
      Objects.requireNonNull(textColumn, "textColumn must not be null");
    }

    /** Plain text in {@code textColumn}, ids from {@code id} where the data has such a column. */
    public static Options text(String textColumn) {
      return new Options(textColumn, "id", null, false);
    }

    /** The same options, for HTML pages. */
    public Options asHtml() {
      return new Options(textColumn, idColumn, referenceTimeColumn, true);
    }
  }

  private VerrijkSpark() {}

  /** The rows with the columns of {@link #COLUMNS} added, the text read as plain text; ids from {@code id} if present. */
  public static Dataset<Row> enrich(Dataset<Row> articles, String textColumn) {
    return enrich(articles, Options.text(textColumn));
  }

  /** The rows with the columns of {@link #COLUMNS} added. */
  public static Dataset<Row> enrich(Dataset<Row> articles, Options options) {
    Objects.requireNonNull(articles, "articles must not be null");
    Objects.requireNonNull(options, "options must not be null");
    StructType in = articles.schema();
    int text = fieldIndex(in, options.textColumn());
    if (!(in.fields()[text].dataType() instanceof StringType) && !(in.fields()[text].dataType() instanceof BinaryType)) {
      throw new IllegalArgumentException("column " + options.textColumn() + " must be a string or binary column, not "
          + in.fields()[text].dataType().simpleString());
    }
    for (String c : COLUMNS) {
      if (Arrays.asList(in.fieldNames()).contains(c)) {
        throw new IllegalArgumentException("the data already has a column named " + c);
      }
    }
    int id = options.idColumn() != null && Arrays.asList(in.fieldNames()).contains(options.idColumn())
        ? in.fieldIndex(options.idColumn()) : -1;
    int time = -1;
    if (options.referenceTimeColumn() != null) {
      time = fieldIndex(in, options.referenceTimeColumn());
      if (!(in.fields()[time].dataType() instanceof TimestampType)) {
        throw new IllegalArgumentException("column " + options.referenceTimeColumn() + " must be a timestamp");
      }
    }
    return articles.mapPartitions(new Enrich(text, id, time, options.html()), Encoders.row(withColumns(in)));
  }

  /** A schema with the columns of {@link #COLUMNS} added. */
  static StructType withColumns(StructType in) {
    return in.add("article", DataTypes.StringType, true).add("headline", DataTypes.StringType, true)
        .add("dateline_place", DataTypes.StringType, true)
        .add("entities", new ArrayType(ENTITY, false), true).add("quotes", new ArrayType(QUOTE, false), true)
        .add("keywords", new ArrayType(DataTypes.StringType, false), true).add("error", DataTypes.StringType, true);
  }

  /** One row per entity of every enriched article: the id column, then name, label and count. */
  public static Dataset<Row> entities(Dataset<Row> enriched, String idColumn) {
    return explode(enriched, List.of(idColumn), "entities", "name", "label", "count");
  }

  /** One row per quote of every enriched article: the id column, then content, kind, speaker and cue. */
  public static Dataset<Row> quotes(Dataset<Row> enriched, String idColumn) {
    return explode(enriched, List.of(idColumn), "quotes", "content", "kind", "speaker", "cue");
  }

  /** One row per element of an array column, with the key columns first and the element's fields after. */
  static Dataset<Row> explode(Dataset<Row> enriched, List<String> keys, String column, String... fields) {
    Column[] first = new Column[keys.size() + 1];
    List<Column> select = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      fieldIndex(enriched.schema(), keys.get(i));
      first[i] = functions.col(keys.get(i));
      select.add(functions.col(keys.get(i)));
    }
    first[keys.size()] = functions.explode(functions.col(column)).as("x");
    for (String f : fields) {
      select.add(functions.col("x." + f).as(f));
    }
    return enriched.select(first).select(select.toArray(new Column[0]));
  }

  private static int fieldIndex(StructType schema, String name) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      throw new IllegalArgumentException("no column named " + name + " in " + schema.simpleString());
    }
    return schema.fieldIndex(name);
  }

  /** The pipeline of this JVM, built on first use (on an executor, never on the driver). */
  static final class Holder {
    static final Pipeline PIPELINE = Verrijk.pipeline();

    private Holder() {}
  }

  /** Enriches the rows of one partition, one at a time. */
  private record Enrich(int text, int id, int time, boolean html) implements MapPartitionsFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          return enrichRow(rows.next());
        }
      };
    }

    private Row enrichRow(Row row) {
      Object[] values = new Object[row.length() + COLUMNS.size()];
      for (int i = 0; i < row.length(); i++) {
        values[i] = row.get(i);
      }
      int at = row.length();
      try {
        Article a = Holder.PIPELINE.annotate(read(row));
        values[at] = ArticleJson.toJson(a);
        values[at + 1] = a.headline().orElse(null);
        values[at + 2] = a.structure() == null || a.structure().dateline() == null ? null
            : a.structure().dateline().placeName();
        List<Row> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
          entities.add(RowFactory.create(e.name(), e.label().name(), e.mentions().size()));
        }
        values[at + 3] = seq(entities);
        List<Row> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
          quotes.add(RowFactory.create(q.text(), q.kind().name(), q.speaker().who(),
              q.cue() == null ? null : q.cue().text()));
        }
        values[at + 4] = seq(quotes);
        values[at + 5] = seq(a.keywords().stream().map(Keyword::form).toList());
      } catch (RuntimeException e) {
        Arrays.fill(values, at, at + COLUMNS.size() - 1, null);
        values[at + COLUMNS.size() - 1] = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      return RowFactory.create(values);
    }

    private Article read(Row row) {
      if (row.isNullAt(text)) {
        throw new IllegalArgumentException("the text is null");
      }
      String articleId = id < 0 || row.isNullAt(id) ? null : String.valueOf(row.get(id));
      Instant reference = time < 0 || row.isNullAt(time) ? null : ((java.sql.Timestamp) row.get(time)).toInstant();
      Object value = row.get(text);
      Article in;
      if (html) {
        in = value instanceof byte[] bytes ? HtmlReader.read(bytes, null) : HtmlReader.read((String) value);
        if (in.referenceTime() != null) { // the page's own date first, as enrich --input html does
          reference = in.referenceTime();
        }
      } else {
        in = Article.of(value instanceof byte[] bytes ? Utf8.decode(bytes) : (String) value);
      }
      return in.toBuilder().id(articleId).referenceTime(reference).build();
    }

    /** A Scala sequence, which Spark's row encoder wants for arrays. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
      return scala.collection.JavaConverters.asScalaBuffer(list).toSeq();
    }
  }
}
