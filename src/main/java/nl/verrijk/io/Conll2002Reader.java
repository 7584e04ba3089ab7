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

/** Reads CoNLL-2002 files ({@code token POS IOB2-tag}; {@code -DOCSTART-} lines start documents). */
public final class Conll2002Reader {

  /** One token with its MBT part-of-speech guess and its IOB2 tag. */
  public record Token(String word, String pos, String tag) {}

  /** One document: its sentences, each a list of tokens. */
  public record Document(ImmutableList<ImmutableList<Token>> sentences) {

    /** Returns the sentences as lists of token strings. */
    public List<List<String>> words() {
      List<List<String>> out = new ArrayList<>(sentences.size());
      for (List<Token> s : sentences) {
        out.add(s.stream().map(Token::word).toList());
      }
      return out;
    }

    /** Returns the sentences as lists of IOB2 tags. */
    public List<List<String>> tags() {
      List<List<String>> out = new ArrayList<>(sentences.size());
      for (List<Token> s : sentences) {
        out.add(s.stream().map(Token::tag).toList());
      }
      return out;
    }

    /** Returns the number of tokens in the document. */
    public int tokenCount() {
      return sentences.stream().mapToInt(List::size).sum();
    }
  }

  private Conll2002Reader() {}

  /** Reads all documents of a CoNLL-2002 file (UTF-8); a file without DOCSTART lines is one document. */
  public static ImmutableList<Document> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("CoNLL-2002 file not found: " + file.toAbsolutePath());
    }
    ImmutableList.Builder<Document> docs = ImmutableList.builder();
    List<ImmutableList<Token>> sentences = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty()) {
          if (!sentence.isEmpty()) {
            sentences.add(ImmutableList.copyOf(sentence));
            sentence.clear();
          }
          continue;
        }
        String[] cols = t.split("\\s+");
        if (cols[0].equals("-DOCSTART-")) {
          if (!sentence.isEmpty()) {
            sentences.add(ImmutableList.copyOf(sentence));
            sentence.clear();
          }
          if (!sentences.isEmpty()) {
            docs.add(new Document(ImmutableList.copyOf(sentences)));
            sentences.clear();
          }
          continue;
        }
        if (cols.length < 2) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected 'token POS tag', got: " + line);
        }
        String tag = cols[cols.length - 1];
        String pos = cols.length >= 3 ? cols[1] : "";
        sentence.add(new Token(cols[0], pos, tag));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    if (!sentence.isEmpty()) {
      sentences.add(ImmutableList.copyOf(sentence));
    }
    if (!sentences.isEmpty()) {
      docs.add(new Document(ImmutableList.copyOf(sentences)));
    }
    return docs.build();
  }
}
