package nl.verrijk.index;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.verrijk.analysis.DutchAnalysis;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.model.Keyword;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Section;
import nl.verrijk.pipeline.VerrijkException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An embedded Lucene index of enriched articles on disk. Stores each article's JSON and indexes its
 * text, headline, dateline place and agencies, entity names by type, quote contents, speakers and
 * keywords, all through Lucene's Dutch analysis, so that {@code aanvallen} finds
 * {@code aanvallers}. Re-adding an article with the same id replaces it; every {@link #add} is
 * committed, so a crash loses at most the article being added. Readers opened with
 * {@link #openReadOnly} see the last commit and may run while a writer adds.
 */
public final class ArticleIndex implements Closeable {

  /** The version of the index layout this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The searchable fields, for Lucene query syntax. */
  public static final List<String> FIELDS = List.of("text", "headline", "place", "agency", "entity_per",
      "entity_loc", "entity_org", "entity_misc", "speaker", "quote", "keyword");

  private static final String SCHEMA_KEY = "verrijk.schema";

  private final Directory directory;
  private final IndexWriter writer;
  private final Analyzer analyzer = DutchAnalysis.instance().analyzer();
  private final SearcherManager searchers;

  private ArticleIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens an index for adding and searching, creating the directory and index when missing. */
  public static ArticleIndex open(Path dir) {
    Objects.requireNonNull(dir, "dir must not be null");
    try {
      Files.createDirectories(dir);
      FSDirectory d = FSDirectory.open(dir);
      boolean exists = DirectoryReader.indexExists(d);
      if (exists) {
        checkSchema(d, dir);
      } else if (!isEmpty(dir)) {
        d.close();
        throw new VerrijkException(dir + " is not empty and holds no Verrijk index; choose an empty or new directory");
      }
      IndexWriterConfig config = new IndexWriterConfig(DutchAnalysis.instance().analyzer());
      config.setCommitOnClose(true);
      IndexWriter w;
      try {
        w = new IndexWriter(d, config);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        d.close();
        throw new Locked(dir);
      }
      w.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(SCHEMA_VERSION)).entrySet());
      if (!exists) {
        w.commit();
      }
      return new ArticleIndex(d, w, new SearcherManager(w, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** An index another writer holds open: one writer at a time, wait for it to finish. */
  public static final class Locked extends VerrijkException {
    /** Names the index. */
    Locked(Path dir) {
      super("index " + dir + " is open for writing elsewhere (another verrijk index running?); "
          + "wait for it to finish, or search it meanwhile");
    }
  }

  /** Opens an existing index for searching only; refuses a missing directory or a foreign index. */
  public static ArticleIndex openReadOnly(Path dir) {
    Objects.requireNonNull(dir, "dir must not be null");
    if (!Files.isDirectory(dir)) {
      throw new VerrijkException("no index at " + dir + ": the directory does not exist; create one with "
          + "'verrijk index " + dir + " FILE...'");
    }
    try {
      FSDirectory d = FSDirectory.open(dir);
      checkSchema(d, dir);
      return new ArticleIndex(d, null, new SearcherManager(d, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void checkSchema(Directory d, Path dir) throws IOException {
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(d).getUserData();
    } catch (IndexNotFoundException e) {
      d.close();
      throw new VerrijkException(dir + " holds no Verrijk index");
    }
    String v = data.get(SCHEMA_KEY);
    if (v == null) {
      d.close();
      throw new VerrijkException(dir + " is a Lucene index but not a Verrijk index (no " + SCHEMA_KEY + ")");
    }
    if (Integer.parseInt(v) > SCHEMA_VERSION) {
      d.close();
      throw new VerrijkException(dir + " was written with index schema " + v + "; this Verrijk reads schema "
          + SCHEMA_VERSION + " and older: upgrade Verrijk");
    }
  }

  /** One search result. */
  public record Hit(Article article, float score, String snippet) {

    /** Reads as {@code 2.31 Kremlin: aanvallers … — snippet}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f %s — %s", score, article.id(), snippet);
    }
  }

  /** The article's identifier: its id, or a hash of its text when it has none. */
  public static String idOf(Article a) {
    return a.id() != null ? a.id() : "sha1:" + Hashing.sha1().hashString(a.text(), StandardCharsets.UTF_8);
  }

  /** Adds (or replaces, by id) one article and commits. */
  public void add(Article article) {
    addAll(List.of(article));
  }

  /** Adds (or replaces, by id) articles and commits once. */
  public void addAll(Collection<Article> articles) {
    if (writer == null) {
      throw new VerrijkException("this index was opened read-only; use ArticleIndex.open to add");
    }
    try {
      for (Article a : articles) {
        writer.updateDocument(new Term("id", idOf(a)), document(a));
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add to index: " + e.getMessage(), e);
    }
  }

  private static Document document(Article a) {
    Document doc = new Document();
    doc.add(new StringField("id", idOf(a), Field.Store.YES));
    doc.add(new StoredField("json", ArticleJson.toJson(a.toBuilder().id(idOf(a)).build())));
    doc.add(new TextField("text", a.text(), Field.Store.YES));
    if (a.structure() != null) {
      if (a.structure().headline() != null) {
        doc.add(new TextField("headline", a.text(a.structure().headline()), Field.Store.NO));
      }
      for (Section s : a.structure().sections()) {
        if (s.dateline() != null) {
          doc.add(new TextField("place", s.dateline().placeName(), Field.Store.NO));
          s.dateline().agencies().forEach(ag -> doc.add(new TextField("agency", ag, Field.Store.NO)));
        }
      }
    }
    a.entities().forEach(e -> doc.add(new TextField("entity_" + e.label().name().toLowerCase(Locale.ROOT), e.name(),
        Field.Store.NO)));
    for (Quote q : a.quotes()) {
      doc.add(new TextField("quote", q.text(), Field.Store.NO));
      if (q.speaker().name() != null) {
        doc.add(new TextField("speaker", q.speaker().name(), Field.Store.NO));
      }
      if (q.speaker().mention() != null && !q.speaker().mention().text().equals(q.speaker().name())) {
        doc.add(new TextField("speaker", q.speaker().mention().text(), Field.Store.NO));
      }
    }
    for (Keyword k : a.keywords()) {
      doc.add(new TextField("keyword", k.form(), Field.Store.NO));
    }
    return doc;
  }

  /** Returns the number of articles in the last commit this index sees. */
  public int size() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /**
   * Searches with Lucene query syntax over {@link #FIELDS} (default field {@code text}) and returns
   * the best {@code n} articles with scores and highlighted snippets.
   */
  public List<Hit> search(String query, int n) {
    Objects.requireNonNull(query, "query must not be null");
    Query q;
    try {
      QueryParser parser = new QueryParser("text", analyzer);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      q = parser.parse(query);
    } catch (ParseException e) {
      String m = e.getMessage();
      throw new VerrijkException("cannot parse query '" + query + "': " + m.substring(0, m.indexOf('\n') > 0 ? m.indexOf('\n') : m.length())
          + " (fields: " + String.join(", ", FIELDS) + ")");
    }
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(q, Math.max(1, n));
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
      String[] snippets = highlighter.highlight("text", q, top, 1);
      ImmutableList.Builder<Hit> hits = ImmutableList.builder();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document doc = searcher.storedFields().document(sd.doc);
        String snippet = snippets[i] != null ? snippets[i] : firstLine(doc.get("text"));
        hits.add(new Hit(ArticleJson.fromJson(doc.get("json")), sd.score, snippet.replace('\n', ' ').strip()));
      }
      return hits.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search index: " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 159) + "…" : line;
  }

  private IndexSearcher acquire() {
    try {
      searchers.maybeRefresh();
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh index reader: " + e.getMessage(), e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits what was added and closes the index. */
  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close index: " + e.getMessage(), e);
    }
  }

  /** Reads as {@code ArticleIndex[/tmp/idx, 120 articles]}. */
  @Override
  public String toString() {
    return "ArticleIndex[" + directory + ", " + size() + " articles" + (writer == null ? ", read-only" : "") + "]";
  }
}
