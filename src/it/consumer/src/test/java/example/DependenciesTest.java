package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What Verrijk brings onto a host application's classpath, and what it leaves to the host. */
class DependenciesTest {
  @Test
  void theLibraryLogsThroughTheHostsBinding() {
    assertEquals("org.slf4j.simple.SimpleLoggerFactory", org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.nop.NOPServiceProvider"));
  }

  @Test
  void theCommandLineParserStaysInTheFatJar() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
  }
}
