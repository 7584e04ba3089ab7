package nl.verrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the self-contained jar the way the README tells people to: from the shell and from JShell. */
class JarIT {

  private static final Path JAR = Path.of(System.getProperty("verrijk.jar", "target/verrijk-all.jar"));

  private record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Path outFile = Files.createTempFile("verrijk-out", ".txt");
    Path errFile = Files.createTempFile("verrijk-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
  }

  private static String javaHome(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  @Test
  void theJarStaysUnderFiftyMegabytes() throws IOException {
    assertThat(Files.size(JAR)).as("bytes of " + JAR).isLessThanOrEqualTo(50_000_000L);
  }

  @Test
  void theCommandsOutsideEnrichFindTheirClasses() throws Exception {
    // the jar leaves out parts of CoreNLP, OpenNLP and Lucene that are never loaded: search still parses queries
    Path dir = Files.createTempDirectory("verrijk-index");
    Run index = run("", javaHome("java"), "-jar", JAR.toString(), "index", dir.toString(), "testdata/example.txt");
    assertThat(index.exit()).as(index.err()).isZero();
    Run search = run("", javaHome("java"), "-jar", JAR.toString(), "search", dir.toString(),
        "lerar* AND \"grote steden\"~2 AND lerarentekort~1");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("testdata/example.txt");
  }

  @Test
  void readmeJShellSessionWorks() throws Exception {
    // exactly the two lines the README shows after starting jshell --class-path target/verrijk-all.jar
    String session = """
        import nl.verrijk.*;
        var article = Verrijk.enrich("Kallas: ruzie helpt Rusland\\nBRUSSEL (ANP) - \\"Dit komt Rusland en China ten goede\\", zei EU-buitenlandchef Kaja Kallas donderdag.");
        System.out.println("RESULT " + article);
        System.out.println("QUOTE " + article.quotes().get(1));
        var page = Verrijk.enrichHtml(java.nio.file.Files.readString(java.nio.file.Path.of("testdata/html/nos.html")));
        System.out.println("PAGE " + page + " " + page.page().url());
        /exit
        """;
    Run r = run(session, javaHome("jshell"), "--class-path", JAR.toString(), "-q");
    assertThat(r.out()).contains("RESULT Article[127 chars, 26 tokens, 2 sentences")
        .contains("QUOTE «Dit komt Rusland en China ten goede» — EU-buitenlandchef Kaja Kallas→Kaja Kallas (zei) [DIRECT]")
        .contains("PAGE Article[").contains("https://nos.nl/");
  }

  @Test
  void theJShellExampleRuns() throws Exception {
    Files.deleteIfExists(Path.of("target/verrijk-view.html"));
    Run r = run("", javaHome("jshell"), "--class-path", JAR.toString(), "-q", "examples/verrijk.jsh");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("Error");
    assertThat(r.out()).contains("Article[930 chars").contains("speaker").contains("Thijs Roovers")
        .contains("wrote target/verrijk-view.html");
    assertThat(Files.readString(Path.of("target/verrijk-view.html"))).contains("id=\"verrijk-text\"")
        .contains("data-speaker=\"Thijs Roovers\"");
  }

  @Test
  void theNotebookRuns() throws Exception {
    com.fasterxml.jackson.databind.JsonNode nb = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Path.of("examples/verrijk.ipynb").toFile());
    assertThat(nb.path("nbformat").asInt()).isEqualTo(4);
    assertThat(nb.path("metadata").path("kernelspec").path("language").asText()).isEqualTo("java");
    // the kernel's own display function, as a stub that says what it was given
    StringBuilder script = new StringBuilder("String display(Object o, String... as) { System.out.println(\"DISPLAY \""
        + " + String.join(\",\", as) + \" \" + org.jsoup.Jsoup.parse(String.valueOf(o)).select(\".verrijk-text\").text()"
        + ".length()); return \"1\"; }\n");
    String html = null;
    for (com.fasterxml.jackson.databind.JsonNode cell : nb.path("cells")) {
      if (!cell.path("cell_type").asText().equals("code")) {
        continue;
      }
      StringBuilder source = new StringBuilder();
      cell.path("source").forEach(l -> source.append(l.asText()));
      for (String line : source.toString().split("\n")) {
        if (line.startsWith("%jars ")) {
          assertThat(Path.of("examples").resolve(line.substring(6).strip()).toAbsolutePath().normalize())
              .isEqualTo(JAR.toAbsolutePath().normalize());
        } else {
          script.append(line).append('\n');
        }
      }
      for (com.fasterxml.jackson.databind.JsonNode out : cell.path("outputs")) {
        if (out.path("data").has("text/html")) {
          StringBuilder h = new StringBuilder();
          out.path("data").path("text/html").forEach(l -> h.append(l.asText()));
          html = h.toString();
        }
      }
    }
    script.append("System.out.println(\"TABLE \" + article.quotesTable().lines().count());\n/exit\n");
    Path file = Files.createTempFile("notebook", ".jsh");
    Files.writeString(file, script);
    Process p = new ProcessBuilder(javaHome("jshell"), "--class-path", JAR.toAbsolutePath().toString(), "-q",
        file.toString()).directory(new java.io.File("examples")).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(Path.of("testdata/example.txt"));
    assertThat(out).contains("DISPLAY text/html " + org.jsoup.Jsoup.parse(text).text().length()).contains("TABLE 8")
        .doesNotContain("Exception").doesNotContain("Error");
    // the stored output is a view of the example article
    assertThat(html).isNotNull();
    assertThat(org.jsoup.Jsoup.parse(html).select(".verrijk-text").first().wholeText()).isEqualTo(text);
  }

  @Test
  void theLauncherUsesTheClassDataArchiveTheBuildMade() throws Exception {
    assertThat(Path.of("target/verrijk.jsa")).exists();
    Run r = run("Het regent. Echt!", "bin/verrijk", "enrich", "--format", "text");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1: Het/").contains("2: Echt/");
    assertThat(r.err()).doesNotContain("warning");
  }

  @Test
  void enrichFromStandardInput() throws Exception {
    Run r = run("Het regent. Echt!", javaHome("java"), "-jar", JAR.toString(), "enrich", "--format", "text");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("1: Het/").contains("2: Echt/");
  }

  @Test
  void theVersionIsTheArtifacts() throws Exception {
    Run r = run("", javaHome("java"), "-jar", JAR.toString(), "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("verrijk ").doesNotContain("dev").contains(System.getProperty("project.version", "0."));
  }

  @Test
  void unknownOptionsFailWithAMessage() throws Exception {
    Run r = run("", javaHome("java"), "-jar", JAR.toString(), "enrich", "--bogus");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("Unknown option: '--bogus'");
  }
}
