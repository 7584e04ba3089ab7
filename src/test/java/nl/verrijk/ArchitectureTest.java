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

/** The house rules that the compiler does not check: the package graph and where configuration is read. */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final Path SOURCES = Path.of("src/main/java");

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
}
