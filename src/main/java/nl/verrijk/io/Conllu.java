package nl.verrijk.io;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-U files (Universal Dependencies) into sentences of word lines. */
public final class Conllu {

  private Conllu() {}

  /**
   * One word line of a CoNLL-U sentence (multi-word token ranges and empty nodes are skipped).
   *
   * @param head the 1-based id of the head word, 0 for the root, -1 when the file has {@code _}
   * @param deprel the dependency relation, {@code _} when absent
   */
  public record Word(String form, String lemma, String upos, String xpos, String feats, int head, String deprel,
      String misc) {

    /** Whether MISC says no space follows the word. */
    public boolean spaceAfter() {
      return !misc.contains("SpaceAfter=No");
    }
  }

  /** One sentence: its id, its {@code # text}, and its words. */
  public record Sentence(String id, String text, ImmutableList<Word> words) {

    /** The word forms. */
    public ImmutableList<String> forms() {
      return column(Word::form);
    }

    /** The lemmas. */
    public ImmutableList<String> lemmas() {
      return column(Word::lemma);
    }

    /** The universal parts of speech. */
    public ImmutableList<String> upos() {
      return column(Word::upos);
    }

    /** The language-specific (Alpino/CGN) parts of speech, {@code _} where absent. */
    public ImmutableList<String> xpos() {
      return column(Word::xpos);
    }

    /** The heads (1-based, 0 for the root, -1 where absent). */
    public int[] heads() {
      return words.stream().mapToInt(Word::head).toArray();
    }

    /** The dependency relations. */
    public ImmutableList<String> deprels() {
      return column(Word::deprel);
    }

    /** The number of words. */
    public int size() {
      return words.size();
    }

    /** Whether every word has an XPOS (older treebank releases lack them). */
    public boolean hasXpos() {
      return words.stream().noneMatch(w -> w.xpos().equals("_"));
    }

    private ImmutableList<String> column(java.util.function.Function<Word, String> f) {
      return words.stream().map(f).collect(ImmutableList.toImmutableList());
    }

    /**
     * The paragraph this sentence belongs to, from a {@code ...p.N.s.M} sentence id (the Alpino and
     * Lassy convention), or the whole id when it has no such part.
     */
    public String paragraph() {
      int s = id.lastIndexOf(".s.");
      return s > 0 ? id.substring(0, s) : id;
    }
  }

  /** Reads every sentence of a UTF-8 CoNLL-U file; a missing file gives a message naming it. */
  public static ImmutableList<Sentence> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("CoNLL-U file not found: " + file));
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoNLL-U file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads every sentence of CoNLL-U text ({@code source} names it in error messages). */
  public static ImmutableList<Sentence> parse(String conllu, String source) {
    try {
      return parse(new BufferedReader(new java.io.StringReader(conllu)), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int head(String field, String file, String line) {
    if (field.equals("_")) {
      return -1;
    }
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": HEAD is not a number in: " + line, e);
    }
  }

  private static ImmutableList<Sentence> parse(BufferedReader r, String file) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    String id = "";
    String text = null;
    List<Word> words = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new Sentence(id, text, ImmutableList.copyOf(words)));
        }
        words.clear();
        id = "";
        text = null;
      } else if (line.startsWith("#")) {
        if (line.startsWith("# sent_id = ")) {
          id = line.substring(12).trim();
        } else if (line.startsWith("# text = ")) {
          text = line.substring(9);
        }
      } else {
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
          throw new IllegalArgumentException(file + ": not a CoNLL-U word line: " + line);
        }
        if (f[0].contains("-") || f[0].contains(".")) {
          continue;
        }
        words.add(new Word(f[1], f[2], f[3], f[4], f[5], head(f[6], file, line), f[7], f[9]));
      }
    }
    if (!words.isEmpty()) {
      sentences.add(new Sentence(id, text, ImmutableList.copyOf(words)));
    }
    return ImmutableList.copyOf(sentences);
  }
}
