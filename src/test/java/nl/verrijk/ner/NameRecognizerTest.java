package nl.verrijk.ner;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameRecognizerTest {

  private static NameRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = NameRecognizer.load();
  }

  private static void assertSane(List<List<String>> doc, List<NameSpan> spans) {
    for (NameSpan s : spans) {
      assertTrue(s.sentence() >= 0 && s.sentence() < doc.size(), "sentence index " + s);
      assertTrue(s.start() >= 0 && s.end() <= doc.get(s.sentence()).size() && s.start() < s.end(), "range " + s);
      assertTrue(List.of("PER", "LOC", "ORG", "MISC").contains(s.type()), "type " + s);
      assertTrue(s.confidence() >= 0 && s.confidence() <= 1, "confidence " + s);
    }
  }

  @Test
  void findsPersonAndPlace() {
    List<List<String>> doc = List.of(
        List.of("De", "Poolse", "premier", "Donald", "Tusk", "sprak", "in", "Brussel", "."),
        List.of("Tusk", "zei", "dat", "het", "goed", "ging", "."));
    List<NameSpan> spans = recognizer.recognize(doc);
    assertSane(doc, spans);
    assertTrue(spans.contains(new NameSpan(0, 3, 5, "PER", spans.stream()
        .filter(s -> s.sentence() == 0 && s.start() == 3).findFirst().orElseThrow().confidence())), spans.toString());
    assertTrue(spans.stream().anyMatch(s -> s.sentence() == 1 && s.start() == 0 && s.end() == 1
        && s.type().equals("PER")), "document pass makes the later Tusk PER: " + spans);
    assertTrue(spans.stream().anyMatch(s -> s.sentence() == 0 && s.start() == 7 && s.type().equals("LOC")), spans.toString());
  }

  @Test
  void dateline() {
    List<List<String>> doc = List.of(List.of("MOSKOU", "(", "ANP", "/", "RTR", ")", "-", "Het", "Kremlin", "zegt", "niets", "."));
    List<NameSpan> spans = recognizer.recognize(doc);
    assertTrue(spans.stream().anyMatch(s -> s.start() == 0 && s.end() == 1 && s.type().equals("LOC")), spans.toString());
    assertTrue(spans.stream().anyMatch(s -> s.start() == 2 && s.type().equals("ORG")), spans.toString());
    assertTrue(spans.stream().anyMatch(s -> s.start() == 4 && s.type().equals("ORG")), spans.toString());
  }

  @Test
  void anArticlesDatelinesComeFromItsStructure() {
    nl.verrijk.model.Article a = nl.verrijk.Verrijk.enrich("MOSKOU (ANP/RTR) - Het Kremlin zegt niets over de zaak.");
    assertTrue(a.structure().dateline() != null, "the structure reads the dateline");
    for (String[] m : new String[][] {{"MOSKOU", "LOC"}, {"ANP", "ORG"}, {"RTR", "ORG"}}) {
      assertTrue(a.mentions().stream().anyMatch(x -> x.text().equals(m[0]) && x.label().equals(m[1]) && x.confidence() == 1),
          m[0] + " from the structure, with confidence 1: " + a.mentions());
    }
  }

  @Test
  void edgeCasesNeverThrow() {
    List<List<List<String>>> docs = new ArrayList<>();
    docs.add(List.of());
    docs.add(List.of(List.of()));
    docs.add(List.of(List.of("Amsterdam")));
    docs.add(List.of(List.of("DE", "MINISTER", "VAN", "FINANCIËN", "ZEGT", "NEE")));
    docs.add(List.of(List.of("12", "345", "6.789", "2026")));
    docs.add(List.of(List.of("Владимир", "Путин", "посетил", "Москву", "."), List.of("北京", "是", "中国", "的", "首都")));
    docs.add(List.of(List.of("", " ", "a b", "-", "(", ")")));
    List<String> longSentence = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      longSentence.add(i % 7 == 0 ? "Jansen" : i % 11 == 0 ? "." : "woord" + (i % 13));
    }
    docs.add(List.of(longSentence));
    for (List<List<String>> doc : docs) {
      List<NameSpan> spans = assertDoesNotThrow(() -> recognizer.recognize(doc));
      assertSane(doc, spans);
    }
  }

  @Test
  void spansNeverCrossSentences() {
    List<List<String>> doc = List.of(List.of("Hij", "woont", "in", "Den"), List.of("Haag", "en", "werkt", "bij", "Philips", "."));
    assertSane(doc, recognizer.recognize(doc));
  }

  @Test
  void threadSafeAndDeterministic() throws Exception {
    List<List<String>> doc = List.of(
        List.of("Mark", "Rutte", "sprak", "met", "Emmanuel", "Macron", "over", "de", "NAVO", "."),
        List.of("Volgens", "Rutte", "is", "Europa", "klaar", "."));
    List<NameSpan> expected = recognizer.recognize(doc);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<NameSpan>>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> recognizer.recognize(doc)));
      }
      for (Future<List<NameSpan>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void missingModelGivesClearMessage(@TempDir Path dir) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> NameRecognizer.load(dir));
    assertTrue(e.getMessage().contains("NER model not found"), e.getMessage());
  }

  @Test
  void rulesCanBeLeftOutOfALoadedRecognizer() {
    NameRecognizer plain = recognizer.without(List.of("known-names"));
    assertTrue(recognizer.rules().contains("known-names"));
    assertTrue(!plain.rules().contains("known-names"));
    assertEquals(recognizer.rules().size() - 1, plain.rules().size());
    List<List<String>> doc = List.of(List.of("Toen", "sprak", "men", "van", "Open", "Vld", "."));
    assertTrue(recognizer.recognize(doc).stream().anyMatch(n -> n.type().equals("ORG") && n.end() - n.start() == 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> recognizer.without(List.of("x")));
    assertTrue(e.getMessage().contains("known-names"));
  }
}
