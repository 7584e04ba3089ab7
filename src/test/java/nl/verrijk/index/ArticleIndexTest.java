package nl.verrijk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.VerrijkException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

  @TempDir
  Path dir;

  private Path indexWithExampleAndOther() {
    Path idx = dir.resolve("idx");
    try (ArticleIndex index = ArticleIndex.open(idx)) {
      index.add(Verrijk.enrich("seed", Shared.exampleArticle()));
      index.add(Verrijk.enrich("other", "Voetbal: Ajax wint\nAMSTERDAM (ANP) - Ajax heeft gewonnen van PSV. "
          + "\"Het was een geweldige wedstrijd\", zei trainer Jansen."));
    }
    return idx;
  }

  @Test
  void findsByStemPlaceSpeakerAndQuote() {
    Path idx = indexWithExampleAndOther();
    try (ArticleIndex index = ArticleIndex.openReadOnly(idx)) {
      assertThat(index.size()).isEqualTo(2);
      List<ArticleIndex.Hit> hits = index.search("aanvallen", 5);
      assertThat(hits).extracting(h -> h.article().id()).containsExactly("seed");
      assertThat(hits.get(0).snippet()).contains("<b>");
      assertThat(hits.get(0).article().tokens()).isNotEmpty();
      assertThat(index.search("place:Brussel", 5)).extracting(h -> h.article().id()).containsExactly("seed");
      assertThat(index.search("place:Amsterdam", 5)).extracting(h -> h.article().id()).containsExactly("other");
      assertThat(index.search("agency:AFP", 5)).extracting(h -> h.article().id()).containsExactly("seed");
      assertThat(index.search("speaker:Jansen", 5)).extracting(h -> h.article().id()).containsExactly("other");
      assertThat(index.search("quote:wedstrijd", 5)).extracting(h -> h.article().id()).containsExactly("other");
      assertThat(index.search("headline:Kremlin", 5)).extracting(h -> h.article().id()).containsExactly("seed");
    }
  }

  @Test
  void reAddingTheSameIdReplaces() {
    Path idx = indexWithExampleAndOther();
    try (ArticleIndex index = ArticleIndex.open(idx)) {
      index.add(Verrijk.enrich("other", "Een heel ander bericht over schaken."));
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.search("schaken", 5)).extracting(h -> h.article().id()).containsExactly("other");
      assertThat(index.search("Ajax", 5)).isEmpty();
    }
  }

  @Test
  void aSecondWriterIsToldTheIndexIsBusy() {
    Path idx = indexWithExampleAndOther();
    try (ArticleIndex index = ArticleIndex.open(idx)) {
      assertThatThrownBy(() -> ArticleIndex.open(idx)).isInstanceOf(ArticleIndex.Locked.class)
          .hasMessageContaining("is open for writing elsewhere");
      assertThat(index.size()).as("the first writer goes on").isEqualTo(2);
    }
    try (ArticleIndex again = ArticleIndex.open(idx)) {
      assertThat(again.size()).as("free once the first has closed").isEqualTo(2);
    }
  }

  @Test
  void readersSeeCommitsWhileAWriterAdds() {
    Path idx = indexWithExampleAndOther();
    try (ArticleIndex writer = ArticleIndex.open(idx); ArticleIndex reader = ArticleIndex.openReadOnly(idx)) {
      writer.add(Verrijk.enrich("third", "Derde bericht over fietsen."));
      assertThat(reader.search("fietsen", 5)).extracting(h -> h.article().id()).containsExactly("third");
    }
  }

  @Test
  void malformedQueriesGiveAClearMessage() {
    Path idx = indexWithExampleAndOther();
    try (ArticleIndex index = ArticleIndex.openReadOnly(idx)) {
      assertThatThrownBy(() -> index.search("speaker:\"Kaja", 5)).isInstanceOf(VerrijkException.class)
          .hasMessageContaining("cannot parse query 'speaker:\"Kaja'");
    }
  }

  @Test
  void missingForeignAndNewerIndexesAreRefused() throws Exception {
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(dir.resolve("missing"))).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("does not exist");
    Path foreign = dir.resolve("foreign");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig())) {
      w.addDocument(new Document());
    }
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(foreign)).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("not a Verrijk index");
    assertThatThrownBy(() -> ArticleIndex.open(foreign)).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("not a Verrijk index");
    Path newer = dir.resolve("newer");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(newer), new IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of("verrijk.schema", "99").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(newer)).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("schema 99");
    Path junk = dir.resolve("junk");
    Files.createDirectories(junk);
    Files.writeString(junk.resolve("notes.txt"), "hallo");
    assertThatThrownBy(() -> ArticleIndex.open(junk)).isInstanceOf(VerrijkException.class)
        .hasMessageContaining("holds no Verrijk index");
  }

  @Test
  void anArticleWithoutIdGetsAStableOne() {
    Article a = Verrijk.enrich("Zonder naam.");
    assertThat(ArticleIndex.idOf(a)).startsWith("sha1:").isEqualTo(ArticleIndex.idOf(Verrijk.enrich("Zonder naam.")));
  }
}
