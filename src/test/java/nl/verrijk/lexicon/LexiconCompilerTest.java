package nl.verrijk.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconCompilerTest {

  @Test
  void rebuildsTheShippedFilesByteForByte(@TempDir Path out) throws Exception {
    URL url = DutchLexicon.class.getResource(DutchLexicon.RESOURCE);
    assertThat(url).as("dutch-pos-dict on the test classpath").isNotNull();
    Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
    String summary = LexiconCompiler.compile(jar, out);
    assertThat(summary).contains("words with a frequency class").contains("verb participles");
    for (String name : new String[] {LexiconCompiler.FREQUENCIES, LexiconCompiler.PARTICIPLES}) {
      try (InputStream shipped = DutchLexicon.class.getResourceAsStream(DutchLexicon.COMPILED + name)) {
        assertThat(shipped).as(name + " shipped").isNotNull();
        assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(shipped.readAllBytes());
      }
    }
  }

  @Test
  void aMissingJarIsAClearError(@TempDir Path out) {
    assertThatThrownBy(() -> LexiconCompiler.compile(out.resolve("nope.jar"), out))
        .isInstanceOf(IOException.class).hasMessageContaining("dutch-pos-dict");
  }
}
