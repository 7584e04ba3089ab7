package nl.verrijk.lexicon;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The LanguageTool Dutch POS lexicon ({@code org.languagetool:dutch-pos-dict}, about 5.5 million forms),
 * read as a morfologik FSA from the classpath, with the speller word list (frequency classes) and the synthesis
 * dictionary (participles) of the same jar. Immutable and thread-safe; load once with {@link #shared()}.
 */
public final class DutchLexicon {

  /** Classpath location of the morfologik dictionary inside the dutch-pos-dict jar. */
  public static final String RESOURCE = "/org/languagetool/resource/nl/dutch.dict";

  /** Classpath location of the LanguageTool synthesis dictionary (lemma and tag to form) in the same jar. */
  public static final String SYNTH_RESOURCE = "/org/languagetool/resource/nl/dutch_synth.dict";

  /** Classpath location of the LanguageTool speller dictionary (word list with frequency classes) in the same jar. */
  public static final String SPELLER_RESOURCE = "/org/languagetool/resource/nl/spelling/nl_NL.dict";

  /** One lexicon reading of a form: its lemma and LanguageTool tag (e.g. {@code ZNW:MRV:DE_}). */
  public record Entry(String lemma, String tag) {

    /** The coarse word class: the first tag segment (ZNW, WKW, BNW, ENM, ...). */
    public String tagClass() {
      int i = tag.indexOf(':');
      return i < 0 ? tag : tag.substring(0, i);
    }
  }

  private static volatile DutchLexicon shared;

  /** Maximum number of cached forms (a bounded, insert-only memo of FSA look-ups). */
  private static final int CACHE_LIMIT = 200_000;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  private final java.util.concurrent.ConcurrentHashMap<String, ImmutableList<Entry>> cache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Dictionary speller;
  private final java.util.concurrent.ConcurrentHashMap<String, Integer> frequencies =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.ConcurrentHashMap<String, ImmutableList<String>> participles =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final ThreadLocal<DictionaryLookup> synth;

  private DutchLexicon(Dictionary dictionary, Dictionary speller, Dictionary synthesis) {
    this.dictionary = dictionary;
    this.speller = speller;
    this.synth = ThreadLocal.withInitial(() -> synthesis == null ? null : new DictionaryLookup(synthesis));
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

  /** Loads a fresh lexicon instance from the classpath; fails clearly when dutch-pos-dict is not on the classpath. */
  public static DutchLexicon load() {
    URL url = DutchLexicon.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("Dutch lexicon resource " + RESOURCE
          + " not found on the classpath: add org.languagetool:dutch-pos-dict:0.1");
    }
    URL spellerUrl = DutchLexicon.class.getResource(SPELLER_RESOURCE);
    URL synthUrl = DutchLexicon.class.getResource(SYNTH_RESOURCE);
    try {
      return new DutchLexicon(Dictionary.read(url), spellerUrl == null ? null : Dictionary.read(spellerUrl),
          synthUrl == null ? null : Dictionary.read(synthUrl));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Dutch lexicon " + url, e);
    }
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
      b.add(new Entry(stem == null ? form : stem.toString(), tag == null ? "" : tag.toString()));
    }
    return b.build();
  }

  /**
   * Frequency class of a word in the LanguageTool speller word list (0 = unknown or rarest, 25 = most frequent,
   * roughly logarithmic). Case-sensitive; never throws.
   */
  public int frequency(String word) {
    return speller == null || unusable(word) ? 0 : memo(frequencies, word, this::frequencyUncached);
  }

  private int frequencyUncached(String word) {
    FSA fsa = speller.fsa;
    byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
    MatchResult m = new FSATraversal(fsa).match(bytes, 0, bytes.length, fsa.getRootNode());
    if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return 0;
    }
    int arc = fsa.getArc(m.node, speller.metadata.getSeparator());
    if (arc == 0 || fsa.isArcFinal(arc)) {
      return 0;
    }
    ByteSequenceIterator it = new ByteSequenceIterator(fsa, fsa.getEndNode(arc));
    if (!it.hasNext()) {
      return 0;
    }
    ByteBuffer entry = it.next();
    int f = entry.array()[entry.remaining() - 1] - 'A';
    return f < 0 || f > 25 ? 0 : f;
  }

  /**
   * Past participles of a verb lemma (overstappen gives overgestapt; an inseparable verb such as overschrijden
   * gives overschreden), from the LanguageTool synthesis dictionary. Empty when unknown.
   */
  public ImmutableList<String> participles(String verbLemma) {
    return unusable(verbLemma) ? ImmutableList.of() : memo(participles, verbLemma, this::participlesUncached);
  }

  private ImmutableList<String> participlesUncached(String verbLemma) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    DictionaryLookup lookup = synth.get();
    if (lookup != null) {
      for (WordData wd : lookup.lookup(verbLemma + "|WKW:VTD:ONV")) {
        if (wd.getStem() != null) {
          b.add(wd.getStem().toString());
        }
      }
    }
    return b.build();
  }
}
