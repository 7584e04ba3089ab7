package nl.verrijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rules that the compiler does not check: the package graph, where configuration is read, sizes. */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final Path SOURCES = Path.of("src/main/java");

  /** The packages of the annotators: each adds layers through {@code pipeline.Annotator} and uses no other's classes. */
  static final Set<String> ANNOTATORS = Set.of("tokenize", "sentence", "structure", "pos", "ner", "parse", "quote",
      "analysis").stream().map(p -> "nl.verrijk." + p).collect(java.util.stream.Collectors.toSet());
  /**
   * What an annotator package may depend on: the model and the pipeline, the language data ({@code lang},
   * {@code lexicon}), what every layer agrees on about characters and tokens ({@code text}), and the
   * formats ({@code io}, through which the parser's trainer reads its treebank). Shared language logic
   * goes to {@code lang} or {@code text}, not into another annotator.
   */
  static final Set<String> ANNOTATORS_MAY_USE = Set.of("model", "pipeline", "lang", "lexicon", "text", "io").stream()
      .map(p -> "nl.verrijk." + p).collect(java.util.stream.Collectors.toSet());
  /**
   * The front end that reads input into articles for the annotators, above them: {@code html} reads a page's
   * text and asks the structure reader for the headline and the furniture lines, as the pipeline would; no
   * annotator depends on it.
   */
  static final Set<String> FRONT_ENDS = Set.of("nl.verrijk.html");

  /** The package graph of the compiled main classes, as jdeps reads it. */
  static Map<String, Set<String>> packageGraph() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps"));
    StringWriter out = new StringWriter();
    int rc = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "-filter:none",
        "-e", "nl\\.verrijk.*", CLASSES.toString());
    assertThat(rc).as("jdeps on " + CLASSES).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    Matcher m = Pattern.compile("(?m)^\\s+(nl\\.verrijk[\\w.]*)\\s+->\\s+(nl\\.verrijk[\\w.]*)\\s").matcher(out.toString());
    while (m.find()) {
      if (!m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return graph;
  }

  /** The packages reachable from p. */
  private static Set<String> reachable(Map<String, Set<String>> graph, String p) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(graph.getOrDefault(p, Set.of()));
    while (!todo.isEmpty()) {
      String q = todo.remove(todo.size() - 1);
      if (seen.add(q)) {
        todo.addAll(graph.getOrDefault(q, Set.of()));
      }
    }
    return seen;
  }

  @Test
  void noPackageIsPartOfACycle() {
    Map<String, Set<String>> graph = packageGraph();
    assertThat(graph).as("jdeps found the packages").containsKeys("nl.verrijk.cli", "nl.verrijk.quote");
    List<String> cyclic = graph.keySet().stream().filter(p -> reachable(graph, p).contains(p)).toList();
    assertThat(cyclic).as("packages that depend on themselves through others").isEmpty();
  }

  @Test
  void theModelDependsOnNoOtherPackage() {
    assertThat(packageGraph().getOrDefault("nl.verrijk.model", Set.of())).isEmpty();
  }

  @Test
  void cycleCheckFindsACycle() {
    Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of("a"));
    assertThat(reachable(graph, "a")).contains("a");
    assertThat(reachable(graph, "c")).doesNotContain("c");
  }

  /** Each dependency of an annotator package on a package it may not use, as {@code from -> to}. */
  static List<String> annotatorViolations(Map<String, Set<String>> graph) {
    List<String> out = new ArrayList<>();
    for (String from : new TreeSet<>(ANNOTATORS)) {
      for (String to : graph.getOrDefault(from, Set.of())) {
        if (!ANNOTATORS_MAY_USE.contains(to)) {
          out.add(from + " -> " + to);
        }
      }
    }
    return out;
  }

  @Test
  void noAnnotatorPackageDependsOnAnotherAnnotatorPackage() {
    Map<String, Set<String>> graph = packageGraph();
    assertThat(graph).as("jdeps found every annotator package").containsKeys(ANNOTATORS.toArray(String[]::new));
    assertThat(annotatorViolations(graph)).as("annotator packages using what they may not").isEmpty();
  }

  @Test
  void theFrontEndSitsAboveTheAnnotatorsAndBelowTheEntryPoints() {
    Map<String, Set<String>> graph = packageGraph();
    for (String front : FRONT_ENDS) {
      assertThat(graph.getOrDefault(front, Set.of())).as(front + " uses annotators and the model only")
          .allMatch(p -> ANNOTATORS.contains(p) || ANNOTATORS_MAY_USE.contains(p));
    }
  }

  @Test
  void annotatorCheckFindsAViolation() {
    Map<String, Set<String>> graph = Map.of("nl.verrijk.ner", Set.of("nl.verrijk.tokenize", "nl.verrijk.lang"),
        "nl.verrijk.html", Set.of("nl.verrijk.structure"), "nl.verrijk.quote", Set.of("nl.verrijk.html"));
    assertThat(annotatorViolations(graph)).containsExactly("nl.verrijk.ner -> nl.verrijk.tokenize",
        "nl.verrijk.quote -> nl.verrijk.html");
  }

  @Test
  void systemPropertiesAreReadOnlyInTheCommandLine() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = SOURCES.relativize(f).toString().replace('\\', '/');
        String code = Files.readString(f);
        if (!rel.startsWith("nl/verrijk/cli/") && (code.contains("System.getProperty(")
            || code.contains("Integer.getInteger(") || code.contains("Boolean.getBoolean("))) {
          offenders.add(rel);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void noMainFileIsOverFiveHundredLines() throws IOException {
    List<String> longFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        long lines = Files.readAllLines(f).size();
        if (lines > 500) {
          longFiles.add(SOURCES.relativize(f) + " (" + lines + " lines)");
        }
      }
    }
    assertThat(longFiles).isEmpty();
  }

  @Test
  void noMainMethodIsOverEightyLines() throws IOException {
    List<String> longMethods = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String m : methodsOver(Files.readString(f), 80)) {
          longMethods.add(SOURCES.relativize(f) + " " + m);
        }
      }
    }
    assertThat(longMethods).isEmpty();
  }

  @Test
  void methodScanCountsTheLinesOfEachMethod() {
    String code = "class A {\n  /** { */\n  int f(int x) {\n    String s = \"}}\";\n    char c = '{';\n"
        + "    if (x > 0) {\n      return 1;\n    }\n    return 2;\n  }\n\n  record R(int a) {\n    R {\n    }\n"
        + "    void g()\n        throws Exception {\n      Runnable r = () -> {\n      };\n    }\n  }\n}\n";
    assertThat(methodsOver(code, 0)).containsExactly("f (8 lines)", "g (5 lines)");
    assertThat(methodsOver(code, 7)).containsExactly("f (8 lines)");
  }

  private static final Pattern METHOD_HEAD = Pattern.compile(
      "(?s)(?:[\\w<>\\[\\],.?@()\\s]*\\s)?(\\w+)\\s*\\([^;{}]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?");
  private static final Pattern TYPE_HEAD = Pattern.compile("\\b(?:class|record|interface|enum)\\b");
  private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try",
      "return", "new", "else", "do", "throw");

  /**
   * The methods and constructors of a source file longer than {@code max} lines, counted from the line of
   * the name to the closing brace, as {@code name (N lines)}: a scan of braces outside comments, strings
   * and characters, where a brace opens a method when the text before it since the last {@code ;},
   * {@code {} or {@code }} is a name with parameters (not a type, a control statement, a lambda or a new
   * object); a method inside a method counts as part of it.
   */
  static List<String> methodsOver(String source, int max) {
    String code = blankCommentsAndLiterals(source);
    List<String> out = new ArrayList<>();
    java.util.Deque<int[]> open = new java.util.ArrayDeque<>();
    java.util.Deque<String> names = new java.util.ArrayDeque<>();
    int line = 1;
    int headStart = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '{') {
        String head = code.substring(headStart, i);
        String stripped = head.strip();
        Matcher m = METHOD_HEAD.matcher(stripped);
        boolean method = m.matches() && !NOT_METHODS.contains(m.group(1)) && !TYPE_HEAD.matcher(stripped).find()
            && !stripped.contains("->") && !stripped.contains("=") && open.stream().noneMatch(o -> o[1] == 1);
        int nameAt = method ? head.length() - head.stripLeading().length() + m.start(1) : head.length();
        int nameLine = line - (int) head.substring(nameAt).chars().filter(ch -> ch == '\n').count();
        open.push(new int[] {nameLine, method ? 1 : 0});
        names.push(method ? m.group(1) : "");
        headStart = i + 1;
      } else if (c == '}') {
        int[] o = open.pop();
        String name = names.pop();
        if (o[1] == 1 && line - o[0] + 1 > max) {
          out.add(name + " (" + (line - o[0] + 1) + " lines)");
        }
        headStart = i + 1;
      } else if (c == ';') {
        headStart = i + 1;
      }
    }
    return out;
  }

  /** The source with comments, strings and character literals made spaces, line breaks kept. */
  private static String blankCommentsAndLiterals(String s) {
    StringBuilder b = new StringBuilder(s);
    int i = 0;
    while (i < b.length()) {
      char c = b.charAt(i);
      int end;
      if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
        end = b.indexOf("\n", i);
        end = end < 0 ? b.length() : end;
      } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
        end = b.indexOf("*/", i + 2) + 2;
      } else if (c == '"' || c == '\'') {
        end = i + 1;
        while (b.charAt(end) != c) {
          end += b.charAt(end) == '\\' ? 2 : 1;
        }
        end++;
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (b.charAt(k) != '\n') {
          b.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return b.toString();
  }
}
