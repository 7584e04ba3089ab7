package nl.verrijk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verrijk.eval.UdEvaluator;
import nl.verrijk.io.Conll2002Reader;
import nl.verrijk.io.Conllu;

/**
 * The benchmarks' corpus of distinct documents, so that no benchmark measures one text over and
 * over: the CoNLL-2002 ned.train and ned.testa documents, then the UD Dutch test and train text in
 * documents of about 5,000 characters (the size of a news article). Each document as text and as
 * sentences of tokens; {@link #next()} hands them out in turn, and {@link #wraps()} says whether
 * the corpus was used up.
 */
final class Documents {

  /** The UD text is cut into documents of about this many characters. */
  static final int CHUNK_CHARS = 5_000;

  /** One document: its text, and its sentences as token forms. */
  record Doc(String text, List<List<String>> sentences, int tokens) {}

  private final List<Doc> docs = new ArrayList<>();
  private final AtomicInteger cursor = new AtomicInteger();

  /** Reads the corpus from the shared data folder (the example article if it is missing). */
  Documents() throws java.io.IOException {
    Path shared = Path.of(System.getProperty("verrijk.shared", "../shared"), "data");
    for (String f : new String[] {"conll2002/ned.train", "conll2002/ned.testa"}) {
      if (Files.exists(shared.resolve(f))) {
        for (Conll2002Reader.Document d : Conll2002Reader.read(shared.resolve(f))) {
          StringBuilder sb = new StringBuilder();
          d.words().forEach(w -> sb.append(String.join(" ", w)).append('\n'));
          docs.add(new Doc(sb.toString(), d.words(), d.tokenCount()));
        }
      }
    }
    for (String f : new String[] {"ud-nl/ud-nl-test.conllu", "ud-nl/ud-nl-train.conllu"}) {
      if (Files.exists(shared.resolve(f))) {
        List<Conllu.Sentence> group = new ArrayList<>();
        int chars = 0;
        for (Conllu.Sentence sentence : Conllu.read(shared.resolve(f))) {
          group.add(sentence);
          chars += sentence.words().stream().mapToInt(w -> w.form().length() + 1).sum();
          if (chars >= CHUNK_CHARS) {
            add(group);
            group = new ArrayList<>();
            chars = 0;
          }
        }
        if (!group.isEmpty()) {
          add(group);
        }
      }
    }
    if (docs.isEmpty()) {
      String text = Files.readString(Path.of("testdata/example.txt"));
      docs.add(new Doc(text, List.of(List.of(text.split("\\s+"))), text.split("\\s+").length));
    }
  }

  private void add(List<Conllu.Sentence> group) {
    List<List<String>> sentences = group.stream().map(s -> (List<String>) s.forms()).toList();
    docs.add(new Doc(UdEvaluator.rebuild(group).text(), sentences, sentences.stream().mapToInt(List::size).sum()));
  }

  /** The next document, each once until the corpus is used up. */
  Doc next() {
    return docs.get(Math.floorMod(cursor.getAndIncrement(), docs.size()));
  }

  /** How many documents there are. */
  int size() {
    return docs.size();
  }

  /** How many times the corpus was used up. */
  int wraps() {
    return cursor.get() / docs.size();
  }

  /** A line saying how much of the corpus a run used. */
  String report() {
    return String.format("%n%d documents, %d handed out, corpus used up %d times%n", docs.size(), cursor.get(), wraps());
  }
}
