package nl.verrijk.lexicon;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The LanguageTool Dutch POS lexicon ({@code org.languagetool:dutch-pos-dict}, about 5.5 million forms),
 * read as a morfologik FSA from the classpath. Immutable and thread-safe; load once with {@link #shared()}.
 */
public final class DutchLexicon {

  /** Classpath location of the morfologik dictionary inside the dutch-pos-dict jar. */
  public static final String RESOURCE = "/org/languagetool/resource/nl/dutch.dict";

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

  private DutchLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
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
    try {
      return new DutchLexicon(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Dutch lexicon " + url, e);
    }
  }

  /** All (lemma, tag) readings of the exact form (case-sensitive); empty when unknown. Never null. */
  public ImmutableList<Entry> lookup(String form) {
    if (form == null || form.isEmpty() || form.length() > 80) {
      return ImmutableList.of();
    }
    ImmutableList<Entry> hit = cache.get(form);
    if (hit != null) {
      return hit;
    }
    ImmutableList<Entry> result = lookupUncached(form);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(form, result);
    }
    return result;
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
}
