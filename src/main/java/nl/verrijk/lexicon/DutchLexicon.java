package nl.verrijk.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The LanguageTool Dutch POS lexicon ({@code org.languagetool:dutch-pos-dict}, about 5.5 million forms),
 * read as a morfologik FSA from the classpath, with the frequency classes of the same jar's speller word list
 * and the participles of its synthesis dictionary, both compiled small by {@link LexiconCompiler} into
 * {@code models/lexicon/}. Immutable and thread-safe; load once with {@link #shared()}.
 */
public final class DutchLexicon {

  /** Classpath location of the morfologik dictionary inside the dutch-pos-dict jar. */
  public static final String RESOURCE = "/org/languagetool/resource/nl/dutch.dict";

  /** Location, in the dutch-pos-dict jar, of the synthesis dictionary (lemma and tag to form) that {@link LexiconCompiler} reads. */
  public static final String SYNTH_RESOURCE = "/org/languagetool/resource/nl/dutch_synth.dict";

  /** Location, in the dutch-pos-dict jar, of the speller word list with frequency classes that {@link LexiconCompiler} reads. */
  public static final String SPELLER_RESOURCE = "/org/languagetool/resource/nl/spelling/nl_NL.dict";

  /** Classpath folder of the compiled frequency classes and participles ({@link LexiconCompiler}). */
  public static final String COMPILED = "/nl/verrijk/models/lexicon/";

  /**
   * One lexicon reading of a form: its lemma and LanguageTool tag (e.g. {@code ZNW:MRV:DE_}).
   *
   * @param lemma the lemma of the reading
   * @param tag the tag, typed
   */
  public record Entry(String lemma, LexiconTag tag) {}

  private static volatile DutchLexicon shared;

  /** Maximum number of cached forms (a bounded, insert-only memo of FSA look-ups). */
  private static final int CACHE_LIMIT = 200_000;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  private final java.util.concurrent.ConcurrentHashMap<String, ImmutableList<Entry>> cache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final FSA frequencyFsa;
  private final java.util.concurrent.ConcurrentHashMap<String, Integer> frequencies =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final ImmutableListMultimap<String, String> participleTable;

  private DutchLexicon(Dictionary dictionary, FSA frequencyFsa, ImmutableListMultimap<String, String> participles) {
    this.dictionary = dictionary;
    this.frequencyFsa = frequencyFsa;
    this.participleTable = participles;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  /** Returns the process-wide lexicon, loading it from the classpath on first use. */
  public static DutchLexicon shared() {
    DutchLexicon l = shared;
    if (l == null) {
      synchronized (DutchLexicon.class) {
        l = shared;
        if (l == null) {
          l = load();
          shared = l;
        }
      }
    }
    return l;
  }

  /**
   * Loads a fresh lexicon instance from the classpath; fails clearly when dutch-pos-dict or the compiled
   * {@code models/lexicon/} files are not on the classpath.
   */
  public static DutchLexicon load() {
    URL url = DutchLexicon.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("Dutch lexicon resource " + RESOURCE
          + " not found on the classpath: add org.languagetool:dutch-pos-dict:0.1");
    }
    try (InputStream f = compiled(LexiconCompiler.FREQUENCIES); InputStream p = compiled(LexiconCompiler.PARTICIPLES)) {
      return new DutchLexicon(Dictionary.read(url), FSA.read(new BufferedInputStream(f, 1 << 16)), participles(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Dutch lexicon: " + e.getMessage(), e);
    }
  }

  private static InputStream compiled(String name) {
    InputStream in = DutchLexicon.class.getResourceAsStream(COMPILED + name);
    if (in == null) {
      throw new IllegalStateException("the compiled lexicon file " + COMPILED + name + " is not on the classpath; "
          + "rebuild it with 'train lexicon' (see models/README.md)");
    }
    return in;
  }

  private static ImmutableListMultimap<String, String> participles(InputStream gz) throws IOException {
    ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        b.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return b.build();
  }

  /** All (lemma, tag) readings of the exact form (case-sensitive); empty when unknown. Never null. */
  public ImmutableList<Entry> lookup(String form) {
    return unusable(form) ? ImmutableList.of() : memo(cache, form, this::lookupUncached);
  }

  private static boolean unusable(String word) {
    return word == null || word.isEmpty() || word.length() > 80;
  }

  /** A bounded, insert-only memo: the computed value, kept while the cache has room. */
  private static <V> V memo(java.util.concurrent.ConcurrentHashMap<String, V> cache, String key,
      java.util.function.Function<String, V> compute) {
    V hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    V value = compute.apply(key);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(key, value);
    }
    return value;
  }

  private ImmutableList<Entry> lookupUncached(String form) {
    List<WordData> found = lookups.get().lookup(form);
    if (found.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Entry> b = ImmutableList.builderWithExpectedSize(found.size());
    for (WordData wd : found) {
      CharSequence stem = wd.getStem();
      CharSequence tag = wd.getTag();
      b.add(new Entry(stem == null ? form : stem.toString(), new LexiconTag(tag == null ? "" : tag.toString())));
    }
    return b.build();
  }

  /**
   * Frequency class of a word in the LanguageTool speller word list (0 = unknown or rarest, 25 = most frequent,
   * roughly logarithmic). Case-sensitive; never throws.
   */
  public int frequency(String word) {
    return unusable(word) ? 0 : memo(frequencies, word, this::frequencyUncached);
  }

  private int frequencyUncached(String word) {
    FSA fsa = frequencyFsa;
    byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
    MatchResult m = new FSATraversal(fsa).match(bytes, 0, bytes.length, fsa.getRootNode());
    if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return 0;
    }
    int arc = fsa.getArc(m.node, LexiconCompiler.SEPARATOR);
    if (arc == 0 || fsa.isArcTerminal(arc)) {
      return 0;
    }
    int letter = fsa.getFirstArc(fsa.getEndNode(arc));
    int f = letter == 0 ? -1 : fsa.getArcLabel(letter) - 'A';
    return f < 0 || f > 25 ? 0 : f;
  }

  /**
   * Past participles of a verb lemma (overstappen gives overgestapt; an inseparable verb such as overschrijden
   * gives overschreden), from the LanguageTool synthesis dictionary. Empty when unknown.
   */
  public ImmutableList<String> participles(String verbLemma) {
    return unusable(verbLemma) ? ImmutableList.of() : participleTable.get(verbLemma);
  }
}
