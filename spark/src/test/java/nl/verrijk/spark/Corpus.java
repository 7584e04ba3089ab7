package nl.verrijk.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.verrijk.io.Conll2002Reader;

/** Articles for the Spark tests: the real articles of testdata/, then CoNLL-2002 documents as text. */
final class Corpus {

  /** An article: id and text. */
  record Text(String id, String text) {}

  private Corpus() {}

  static Path repository() {
    return Path.of(System.getProperty("user.dir")).getParent();
  }

  /** The first {@code n} articles: every real article of testdata/articles, then ned.testa and ned.train documents in articles of up to 25 sentences. */
  static List<Text> articles(int n) {
    return articles(n, 25);
  }

  /** The same, cutting the CoNLL-2002 documents into articles of at most {@code size} sentences. */
  static List<Text> articles(int n, int size) {
    List<Text> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(repository().resolve("testdata/articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        if (out.size() < n) {
          out.add(new Text("articles/" + f.getFileName(), Files.readString(f)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path shared = Path.of(System.getProperty("verrijk.shared", repository().resolve("../shared").toString()));
    for (String name : List.of("ned.testa", "ned.train")) {
      List<Conll2002Reader.Document> docs = Conll2002Reader.read(shared.resolve("data/conll2002/" + name));
      for (int i = 0; i < docs.size() && out.size() < n; i++) {
        // a long document is cut into articles of at most `size` sentences
        List<List<String>> sentences = docs.get(i).words();
        for (int from = 0; from < sentences.size() && out.size() < n; from += size) {
          StringBuilder sb = new StringBuilder();
          for (List<String> sentence : sentences.subList(from, Math.min(sentences.size(), from + size))) {
            sb.append(String.join(" ", sentence)).append('\n');
          }
          out.add(new Text(name + "/" + i + "/" + from / size, sb.toString()));
        }
      }
    }
    return out;
  }
}
