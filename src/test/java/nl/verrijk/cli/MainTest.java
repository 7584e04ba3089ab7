package nl.verrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int enrich(String stdin, String... args) {
    EnrichCommand cmd = new EnrichCommand();
    cmd.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    cmd.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    return Main.commandLine(cmd).execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void enrichesTheShippedExampleAsJson() {
    assertThat(enrich("", "testdata/example.txt")).isZero();
    Article a = ArticleJson.fromJson(out());
    assertThat(a.id()).isEqualTo("testdata/example.txt");
    assertThat(a.sentences()).isNotEmpty();
    assertThat(a.tokens()).extracting(t -> t.text()).contains("9.800", "'s-Hertogenbosch", "UTRECHT", "zij-instromers");
  }

  @Test
  void readsStandardInputAsText() {
    assertThat(enrich("Het regent. Echt!", "--format", "text")).isZero();
    assertThat(out()).isEqualTo("== Article[stdin, 17 chars, 5 tokens, 2 sentences, 0 entities, 0 quotes]\n"
        + "body      1 paragraph\n"
        + "article tokens sentences pos lemmas dependencies stems keywords entities quotes structure\n"
        + "1: Het/DET/het regent/NOUN ./PUNCT\n2: Echt/ADJ/echt !/PUNCT\n\n");
  }

  @Test
  void layersChooseTheStagesTheyNeed() {
    assertThat(enrich("Volgens Rutte regent het.", "--format", "text", "--layers", "tokens,sentences")).isZero();
    assertThat(out()).contains("article tokens sentences\n").doesNotContain("entities");
    out.reset();
    assertThat(enrich("Volgens Rutte regent het.", "--format", "text", "--layers", "ENTITIES")).isZero();
    assertThat(out()).contains("entity    Rutte[PER]").contains("article tokens sentences entities structure\n");
    assertThat(enrich("x", "--layers", "verbs")).isEqualTo(2);
  }

  @Test
  void anIndexedFileHasOneIdHoweverItsPathIsWritten() {
    assertThat(IndexCommand.canonicalId(Path.of("./testdata/example.txt")))
        .isEqualTo(IndexCommand.canonicalId(Path.of("testdata/../testdata/example.txt")))
        .isEqualTo(Path.of("testdata", "example.txt").toString());
  }

  @Test
  void aClosedStandardInputIsTheJvmsOwnFileOnDescriptorZero() {
    assertThat(Inputs.reusedByJvm("/usr/lib/jvm/java-17/lib/modules", "/usr/lib/jvm/java-17", "app.jar")).isTrue();
    assertThat(Inputs.reusedByJvm(Path.of("app.jar").toAbsolutePath().toString(), "/jdk", "app.jar")).isTrue();
    assertThat(Inputs.reusedByJvm("pipe:[12345]", "/usr/lib/jvm/java-17", "app.jar")).isFalse();
    assertThat(Inputs.reusedByJvm("/home/me/text.txt", "/usr/lib/jvm/java-17", "app.jar")).isFalse();
    assertThat(Inputs.stdinClosed()).as("this test's standard input is open").isFalse();
  }

  @Test
  void usageErrorsExitWithTwoAndBadBytesAreNamed(@TempDir Path dir) throws Exception {
    assertThat(Main.run()).as("no sub-command").isEqualTo(2);
    assertThat(Main.run("search", "-n", "0", dir.toString(), "kabinet")).isEqualTo(2);
    Files.write(dir.resolve("half.txt"), new byte[] {'H', 'e', 't', ' ', (byte) 0xC3, '(', '.'});
    assertThat(enrich("", dir.resolve("half.txt").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8 text: byte 4 (0xC3)");
    Path empty = Files.createDirectory(dir.resolve("leeg"));
    Files.writeString(empty.resolve("foto.jpg"), "x");
    assertThat(enrich("", empty.toString())).as("an empty input set").isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped 1 file in").contains("no input files");
  }

  @Test
  void writesTheHtmlViewOfOneArticleOrOnePageOfSeveral(@TempDir Path dir) throws Exception {
    assertThat(enrich("\"Het regent\", zei Jan Jansen.", "--format", "html")).isZero();
    org.jsoup.nodes.Document one = org.jsoup.Jsoup.parse(out());
    assertThat(one.getElementById("verrijk-text").wholeText()).isEqualTo("\"Het regent\", zei Jan Jansen.");
    assertThat(one.select("#verrijk-text [data-kind=DIRECT]").attr("data-speaker")).isEqualTo("Jan Jansen");
    out.reset();
    Files.writeString(dir.resolve("a.txt"), "Een.");
    Files.writeString(dir.resolve("b.txt"), "Twee.");
    assertThat(enrich("", "--format", "html", "--threads", "2", dir.toString())).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out());
    assertThat(page.select("html")).hasSize(1);
    assertThat(page.select(".verrijk-text").eachText()).containsExactly("Een.", "Twee.");
    assertThat(page.select(".verrijk-text").eachAttr("id")).allMatch(id -> id.startsWith("verrijk-text-")).doesNotHaveDuplicates();
  }

  @Test
  void aLongTextIsEnrichedInWindowsThatCoverIt(@TempDir Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      sb.append("\"Dit is alinea ").append(i).append("\", zei Jan Jansen in Utrecht. Het regent daar.\n");
    }
    Path file = dir.resolve("lang.txt");
    Files.writeString(file, sb);
    assertThat(enrich("", "--window", "1000", "--threads", "2", file.toString())).isZero();
    List<Article> windows = out().lines().map(ArticleJson::fromJson).toList();
    assertThat(windows).hasSizeGreaterThan(3);
    assertThat(windows.stream().map(Article::text).reduce("", String::concat)).isEqualTo(sb.toString());
    int offset = 0;
    for (Article w : windows) {
      assertThat(w.id()).isEqualTo(file + "@" + offset);
      assertThat(w.quotes()).isNotEmpty();
      offset += w.text().length();
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("enriched in " + windows.size() + " windows");
    out.reset();
    assertThat(enrich("", "--window", "0", "--format", "jsonl", file.toString())).isZero();
    assertThat(out().lines()).hasSize(1);
  }

  @Test
  void threadsGiveTheSameOutputInTheSameOrder(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(dir.resolve(String.format("a%02d.txt", i)), "\"Dit is artikel " + i + "\", zei Jan Jansen.");
    }
    assertThat(enrich("", "--threads", "1", dir.toString())).isZero();
    String one = out();
    out.reset();
    assertThat(enrich("", "--threads", "2", dir.toString())).isZero();
    assertThat(out()).isEqualTo(one);
    assertThat(one.lines().map(l -> ArticleJson.fromJson(l).id()).toList()).isSorted().hasSize(12);
  }

  @Test
  void readsHtmlPagesInDirectoriesAndOnStandardInput(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("testdata/html/nos.html"), dir.resolve("nos.html"));
    Files.copy(Path.of("testdata/html/archief1998.html"), dir.resolve("oud.HTM"));
    Files.copy(Path.of("testdata/html/frontpage.html"), dir.resolve("voorpagina.htm"));
    assertThat(enrich("", dir.toString())).isZero();
    List<Article> articles = out().lines().map(ArticleJson::fromJson).toList();
    assertThat(articles).hasSize(3);
    Article nos = articles.stream().filter(a -> a.id().endsWith("nos.html")).findFirst().orElseThrow();
    assertThat(nos.page().url()).startsWith("https://nos.nl/");
    assertThat(nos.referenceTime()).isEqualTo(nos.page().published()).isNotNull();
    assertThat(nos.text()).doesNotContain("<").doesNotContain("&quot;");
    assertThat(nos.quotes()).isNotEmpty();
    Article old = articles.stream().filter(a -> a.id().endsWith("oud.HTM")).findFirst().orElseThrow();
    assertThat(old.page().charset()).isEqualTo("windows-1252");
    assertThat(old.text()).contains("ZWOLLE - De Zwolse gemeenteraad");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("voorpagina.htm: no article text found");

    out.reset();
    String html = Files.readString(Path.of("testdata/html/nos.html"));
    assertThat(enrich(html, "--input", "html", "--format", "text")).isZero();
    assertThat(out()).contains("headline  Kabinet trekt 420 miljoen uit voor versterking van Maasdijken");
  }

  @Test
  void textRenderingShowsTheStructureAtAGlance() {
    assertThat(enrich("", "--format", "text", "--reference-time", "2026-01-22T17:00:00Z",
        Shared.path("seeds/000_61d4c29380775753.txt").toString())).isZero();
    assertThat(out()).contains("headline  Kremlin: aanvallers Belgorod gebruikten westers wapentuig\n"
        + "body      Moskou (ANP/RTR) · 4 paragraphs\n"
        + "header    Meer uit Buitenland\n"
        + "item 1    Kyiv (ANP/RTR) · 1 paragraph · 2 uur geleden (PT2H, 2026-01-22T15:00:00Z)\n")
        .contains("entity    Donald Tusk[PER]").contains("quote     «Dit is een cruciale kwestie");
  }

  @Test
  void writesOneJsonLinePerFileAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 7; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), "Artikel " + i + ".");
    }
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF});
    int rc = enrich("", dir.toString(), dir.resolve("missing.txt").toString());
    assertThat(rc).isEqualTo(1);
    List<String> lines = out().lines().toList();
    assertThat(lines).hasSize(7).allSatisfy(l -> assertThat(ArticleJson.fromJson(l).tokens()).hasSize(3));
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e).contains("bad.txt: not UTF-8").contains("missing.txt: no such file").contains("9/9 files");
  }

  private static String[] captured(String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int rc = Main.run(args);
      return new String[] {String.valueOf(rc), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  @Test
  void evalPosScoresAModelFolderOnAHeldOutSplit() {
    String test = Shared.path("data/ud-nl/ud-nl-test.conllu").toString();
    String[] r = captured("eval", "pos", "models/pos", test);
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("tokens 11046").contains("UPOS 95.50");
    assertThat(captured("eval", "pos", "--dev", "--newsdev", "models/pos", test)[2])
        .contains("--dev and --newsdev exclude each other");
    assertThat(captured("train", "pos", "--dev", "--newsdev", test, "x")[0]).isEqualTo("2");
    assertThat(captured("eval", "lemma-cv", test, "1")[0]).isEqualTo("2");
  }

  @Test
  void indexesAndSearches(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("idx");
    String[] r = captured("index", idx.toString(), "testdata/example.txt", "testdata/structure");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("7 articles in");
    assertThat(r[2]).contains("7/7 files");
    r = captured("search", idx.toString(), "place:Utrecht");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("testdata/example.txt").contains("Kabinet: lerarentekort").contains("Storm raast").endsWith("2 hits\n");
    r = captured("search", "--json", idx.toString(), "zij-instromers");
    assertThat(ArticleJson.mapper().readTree(r[1].lines().findFirst().orElseThrow()).path("article").path("id").asText())
        .isEqualTo("testdata/example.txt");
    r = captured("search", idx.toString(), "headline:(kabinet");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("cannot parse query");
    r = captured("search", dir.resolve("nothing").toString(), "x");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("does not exist");
  }

  @Test
  void evalUdEndsWithTheFigures() {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run("eval", "ud", Shared.path("data/ud-nl/ud-nl-test.conllu").toString())).isZero();
    } finally {
      System.setOut(saved);
    }
    List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches("tokens_f1=\\d+\\.\\d\\d sentences_f1=\\d+\\.\\d\\d upos=\\d+\\.\\d\\d lemma=\\d+\\.\\d\\d"
        + " uas=\\d+\\.\\d\\d las=\\d+\\.\\d\\d raw_uas=\\d+\\.\\d\\d raw_las=\\d+\\.\\d\\d");
  }
}
