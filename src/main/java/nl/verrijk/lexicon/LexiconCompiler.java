package nl.verrijk.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSABuilder;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Compiles the two small parts of the LanguageTool Dutch dictionaries that {@link DutchLexicon} reads
 * besides the POS dictionary: the words of the speller list that have a frequency class above 0 (an
 * FSA of {@code word~F}, F the class as a letter from {@code A}; class 0 reads as unknown anyway) and
 * the past participles of every verb (a gzipped {@code lemma TAB participle} table). Together about
 * a tenth of the 26 MB the two full dictionaries take in the jar, with the same answers.
 */
public final class LexiconCompiler {

  /** The frequency FSA's file name in the output folder (and under {@code nl/verrijk/models/lexicon/}). */
  public static final String FREQUENCIES = "frequencies.fsa";

  /** The participle table's file name in the output folder. */
  public static final String PARTICIPLES = "participles.tsv.gz";

  /** The byte between a word and its frequency letter. */
  static final byte SEPARATOR = '~';

  private static final String PARTICIPLE_TAG = "WKW:VTD:ONV";

  private LexiconCompiler() {}

  /**
   * Reads the speller and synthesis dictionaries from the {@code dutch-pos-dict} jar and writes
   * {@link #FREQUENCIES} and {@link #PARTICIPLES} into {@code out}; returns a one-line summary.
   */
  public static String compile(Path dictionaryJar, Path out) throws IOException {
    Objects.requireNonNull(dictionaryJar, "dictionaryJar must not be null");
    if (!Files.isRegularFile(dictionaryJar)) {
      throw new IOException("no such jar: " + dictionaryJar + " (the org.languagetool:dutch-pos-dict:0.1 jar, e.g. "
          + "~/.m2/repository/org/languagetool/dutch-pos-dict/0.1/dutch-pos-dict-0.1.jar)");
    }
    Files.createDirectories(out);
    String base = "jar:" + dictionaryJar.toUri() + "!";
    Dictionary speller = Dictionary.read(new URL(base + DutchLexicon.SPELLER_RESOURCE));
    Dictionary synthesis = Dictionary.read(new URL(base + DutchLexicon.SYNTH_RESOURCE));
    int words = writeFrequencies(speller, out.resolve(FREQUENCIES));
    int participles = writeParticiples(synthesis, out.resolve(PARTICIPLES));
    return words + " words with a frequency class, " + participles + " verb participles";
  }

  private static int writeFrequencies(Dictionary speller, Path file) throws IOException {
    byte separator = (byte) speller.metadata.getSeparator();
    List<byte[]> kept = new ArrayList<>();
    for (ByteBuffer entry : speller.fsa) {
      byte[] b = Arrays.copyOf(entry.array(), entry.remaining());
      int sep = lastIndexOf(b, separator);
      if (sep < 0 || sep != b.length - 2) {
        continue;
      }
      int f = b[b.length - 1] - 'A';
      if (f > 0 && f <= 25) {
        b[sep] = SEPARATOR;
        kept.add(b);
      }
    }
    kept.sort(FSABuilder.LEXICAL_ORDERING);
    FSA fsa = FSABuilder.build(kept);
    try (OutputStream o = Files.newOutputStream(file)) {
      new CFSA2Serializer().serialize(fsa, o);
    }
    return kept.size();
  }

  private static int lastIndexOf(byte[] b, byte v) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int writeParticiples(Dictionary synthesis, Path file) throws IOException {
    byte separator = (byte) synthesis.metadata.getSeparator();
    String suffix = "|" + PARTICIPLE_TAG;
    TreeSet<String> lemmas = new TreeSet<>();
    for (ByteBuffer entry : synthesis.fsa) {
      String s = new String(entry.array(), 0, entry.remaining(), StandardCharsets.UTF_8);
      int sep = s.indexOf((char) separator);
      String key = sep < 0 ? s : s.substring(0, sep);
      if (key.endsWith(suffix)) {
        lemmas.add(key.substring(0, key.length() - suffix.length()));
      }
    }
    DictionaryLookup lookup = new DictionaryLookup(synthesis);
    TreeMap<String, List<String>> table = new TreeMap<>();
    for (String lemma : lemmas) {
      for (WordData wd : lookup.lookup(lemma + suffix)) {
        if (wd.getStem() != null) {
          table.computeIfAbsent(lemma, k -> new ArrayList<>()).add(wd.getStem().toString());
        }
      }
    }
    int n = 0;
    try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8); PrintWriter p = new PrintWriter(w)) {
      for (var e : table.entrySet()) {
        for (String form : e.getValue()) {
          p.print(e.getKey());
          p.print('\t');
          p.print(form);
          p.print('\n');
          n++;
        }
      }
    }
    return n;
  }
}
