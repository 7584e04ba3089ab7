package nl.verrijk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Conll2002ReaderTest {

  @Test
  void readsDocumentsAndSentences(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.conll");
    Files.writeString(f, "-DOCSTART- -DOCSTART- O\nDe Art O\nAjax N B-ORG\n\nWim N B-PER\nKok N I-PER\n\n"
        + "-DOCSTART- -DOCSTART- O\nIn Prep O\nGent N B-LOC\n", StandardCharsets.UTF_8);
    List<Conll2002Reader.Document> docs = Conll2002Reader.read(f);
    assertEquals(2, docs.size());
    assertEquals(List.of(List.of("De", "Ajax"), List.of("Wim", "Kok")), docs.get(0).words());
    assertEquals(List.of(List.of("O", "B-LOC")), docs.get(1).tags());
    assertEquals(4, docs.get(0).tokenCount());
  }

  @Test
  void missingFileIsClear(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Conll2002Reader.read(dir.resolve("nope")));
    assertEquals(true, e.getMessage().contains("not found"));
  }
}
