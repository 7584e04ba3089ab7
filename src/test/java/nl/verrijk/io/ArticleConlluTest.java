package nl.verrijk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CoNLL-U out and back, checked by the project's reader and by the format's own rules. */
class ArticleConlluTest {

  private static final Article EXAMPLE = Verrijk.enrich("example",
      Shared.exampleArticle());

  @Test
  void textTokensSentencesTagsAndLemmasComeBackExactly() {
    Article back = ArticleConllu.read(ArticleConllu.write(EXAMPLE));
    assertThat(back.text()).isEqualTo(EXAMPLE.text());
    assertThat(back.id()).isEqualTo("example");
    assertThat(back.tokens()).isEqualTo(EXAMPLE.tokens().stream().map(t -> t.withStem(null)).toList());
    assertThat(back.sentences()).isEqualTo(EXAMPLE.sentences());
    assertThat(back.layers()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS,
        Layer.DEPENDENCIES);
  }

  @Test
  void oddWhitespaceAndBareTextsRoundTrip() {
    for (String text : List.of("  Eerst spaties.\n\n\tDan een tab en | een streep ", "Geen punt", "x", "")) {
      Article a = Verrijk.pipeline(java.util.EnumSet.of(Layer.SENTENCES)).annotate(text);
      Article back = ArticleConllu.read(ArticleConllu.write(a));
      assertThat(back.text()).as(text).isEqualTo(text);
      assertThat(back.tokens()).as(text).isEqualTo(a.tokens());
    }
  }

  @Test
  void everyBlockKeepsTheRulesOfTheFormat() {
    String out = ArticleConllu.write(EXAMPLE);
    int sentences = 0;
    List<String> words = new ArrayList<>();
    String text = null;
    String previousNe = "O";
    for (String line : (out + "\n").split("\n", -1)) {
      if (line.startsWith("# text = ")) {
        text = line.substring(9);
      } else if (line.isEmpty() && !words.isEmpty()) {
        // the forms, joined as MISC says, give the sentence's # text (whitespace runs as one space)
        assertThat(String.join("", words).strip().replaceAll("\\s+", " ")).isEqualTo(text.strip().replaceAll("\\s+", " "));
        sentences++;
        words.clear();
        previousNe = "O";
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        assertThat(f).as(line).hasSize(10);
        assertThat(Integer.parseInt(f[0])).as(line).isEqualTo(words.size() + 1);
        assertThat(f[1]).isNotBlank().doesNotContain(" ");
        assertThat(f[6]).as(line).matches("\\d+");
        assertThat(f[7]).as(line).isEqualTo(f[6].equals("0") ? "root" : f[7]).isNotEqualTo("_");
        String misc = f[9];
        String space = misc.contains("SpaceAfter=No") ? "" : misc.contains("SpacesAfter=") ? " " : " ";
        words.add(f[1] + space);
        String ne = misc.replaceAll(".*NE=([^|]*).*", "$1");
        ne = misc.contains("NE=") ? ne : "O";
        if (ne.startsWith("I-")) {
          assertThat(previousNe).as("an I- tag continues its entity: " + line).endsWith(ne.substring(2));
        }
        previousNe = ne;
      }
    }
    assertThat(sentences).isEqualTo(EXAMPLE.sentences().size());
    assertThat(out).contains("NE=B-PER").contains("NE=I-PER").contains("Quote=B-DIRECT").startsWith("# newdoc id = example\n");
  }

  @Test
  void theProjectsUdReaderReadsItToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("example.conllu");
    Files.writeString(file, ArticleConllu.write(EXAMPLE), StandardCharsets.UTF_8);
    List<Conllu.Sentence> read = Conllu.read(file);
    assertThat(read).hasSize(EXAMPLE.sentences().size());
    assertThat(read.get(0).forms()).isEqualTo(EXAMPLE.tokens(EXAMPLE.sentences().get(0)).stream()
        .map(t -> t.text()).toList());
    assertThat(read.get(0).upos()).doesNotContain("_");
  }
}
