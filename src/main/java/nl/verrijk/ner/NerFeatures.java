package nl.verrijk.ner;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extra token features for the CRF: lexicon name classes, common-word status, sentence position and
 * document-level evidence (how the same word form behaves elsewhere in the document). Stateless and thread-safe.
 */
public final class NerFeatures {

  private final NameLexicon lexicon;
  private final Set<String> knownLowercase;
  private final Gazetteer names;

  /** Creates the feature extractor over a lexicon, without name-list features. */
  public NerFeatures(NameLexicon lexicon) {
    this(lexicon, false);
  }

  /**
   * Creates the feature extractor over a lexicon; with {@code nameLists}, every token inside a
   * listed name ({@link nl.verrijk.lang.NameLists}) also gets that name's types and kinds as
   * features ({@code GZB-ORG}, {@code GZI-ORG}).
   */
  public NerFeatures(NameLexicon lexicon, boolean nameLists) {
    this.lexicon = lexicon;
    this.knownLowercase = new KnownLowercase(lexicon::classes);
    this.names = nameLists ? Gazetteer.shared() : null;
  }


  /** Returns a read-only set view: contains(w) is true when lowercase w is a common (non-name) dictionary word. */
  public Set<String> knownLowercase() {
    return knownLowercase;
  }

  /** Per-document memo of lexicon lookups (not shared between threads; create one per document). */
  public final class Lookup {
    private final Map<String, Integer> raw = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();
    private final Set<String> knownLc = new KnownLowercase(this::classes);

    /** Memoised {@link NameLexicon#classes}. */
    public int classes(String w) {
      Integer v = raw.get(w);
      if (v == null) {
        v = lexicon.classes(w);
        raw.put(w, v);
      }
      return v;
    }

    /** Memoised {@link NerFeatures#nameClasses}. */
    public int nameClasses(String w) {
      Integer v = names.get(w);
      if (v == null) {
        int bits = classes(w);
        if (isAllCaps(w) && w.length() > 1) {
          bits |= classes(titleCase(w)) & NameLexicon.NAMES;
        }
        v = bits;
        names.put(w, v);
      }
      return v;
    }

    /** Memoised known-lower-case set view (same semantics as {@link NerFeatures#knownLowercase()}). */
    public Set<String> knownLowercase() {
      return knownLc;
    }
  }

  /** Creates a fresh per-document lookup memo. */
  public Lookup newLookup() {
    return new Lookup();
  }

  /** Returns true when the token starts with an upper-case letter. */
  public static boolean isCapitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** Returns true when the token has at least two letters and no lower-case letters. */
  public static boolean isAllCaps(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      if (Character.isLetter(ch)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Converts an all-capitals word to title case ("MOSKOU" to "Moskou"). */
  public static String titleCase(String w) {
    if (w.isEmpty()) {
      return w;
    }
    return w.substring(0, 1) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Name classes of a form; an all-capitals form is also looked up in title case. */
  public int nameClasses(String w) {
    int bits = lexicon.classes(w);
    if (isAllCaps(w) && w.length() > 1) {
      bits |= lexicon.classes(titleCase(w)) & NameLexicon.NAMES;
    }
    return bits;
  }

  private static final class DocStats {
    int lowercase;      // occurrences of the lowercased form
    int capMid;         // capitalised occurrences not at sentence start
    int inRun;          // occurrences inside a run of >= 2 capitalised tokens (not counting sentence-initial)
    int afterFirstName; // occurrences right after a first name
    int aloneMid;       // capitalised, not sentence-initial, neighbours not capitalised
  }

  /** Computes the extra features for every token of a document (sentences of token strings). */
  public List<List<String[]>> extract(List<List<String>> sentences) {
    return extract(sentences, newLookup());
  }

  /**
   * Computes the extra features for every token of a document, memoising lookups in {@code lookup}.
   * Kept in small methods: one large method here was compiled by C2 again and again (four times,
   * 4 s of compiler time over 1,000 articles), which took the second core from a second worker.
   */
  public List<List<String[]>> extract(List<List<String>> sentences, Lookup lookup) {
    List<int[]> bits = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      bits.add(nameBits(s, lookup));
    }
    Map<String, DocStats> stats = docStats(sentences, bits);
    List<List<String[]>> out = new ArrayList<>(sentences.size());
    List<String> f = new ArrayList<>(24);
    for (int i = 0; i < sentences.size(); i++) {
      out.add(sentenceFeatures(sentences.get(i), bits.get(i), stats, lookup, f));
    }
    return out;
  }

  private static int[] nameBits(List<String> s, Lookup lookup) {
    int[] b = new int[s.size()];
    for (int j = 0; j < s.size(); j++) {
      b[j] = lookup.nameClasses(s.get(j));
    }
    return b;
  }

  /** How each capitalised form behaves across the document. */
  private static Map<String, DocStats> docStats(List<List<String>> sentences, List<int[]> bits) {
    Set<String> lower = new HashSet<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
          lower.add(w);
        }
      }
    }
    Map<String, DocStats> stats = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      countCapitals(sentences.get(i), bits.get(i), stats);
    }
    for (Map.Entry<String, DocStats> e : stats.entrySet()) {
      if (lower.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        e.getValue().lowercase = 1;
      }
    }
    return stats;
  }

  private static void countCapitals(List<String> s, int[] b, Map<String, DocStats> stats) {
    for (int j = 0; j < s.size(); j++) {
      String w = s.get(j);
      if (!isCapitalized(w)) {
        continue;
      }
      DocStats st = stats.computeIfAbsent(w, k -> new DocStats());
      if (j > 0) {
        st.capMid++;
        if (inRun(s, j)) {
          st.inRun++;
        } else {
          st.aloneMid++;
        }
        if ((b[j - 1] & NameLexicon.FST) != 0 && isCapitalized(s.get(j - 1))) {
          st.afterFirstName++;
        }
      }
    }
  }

  private List<String[]> sentenceFeatures(List<String> s, int[] b, Map<String, DocStats> stats, Lookup lookup,
      List<String> f) {
    String[][] listed = names == null ? null : listedNames(s);
    List<String[]> sent = new ArrayList<>(s.size());
    for (int j = 0; j < s.size(); j++) {
      f.clear();
      if (listed != null && listed[j] != null) {
        Collections.addAll(f, listed[j]);
      }
      tokenFeatures(s, j, b, stats, lookup, f);
      sent.add(f.toArray(new String[0]));
    }
    return sent;
  }

  private static final int LXS = 0;
  private static final int PLXS = 1;
  private static final int NLXS = 2;
  private static final int CW = 3;
  private static final int LOW = 4;
  private static final String[] PREFIXES = {"LXS=", "PLXS=", "NLXS=", "CW=", "LOW="};
  /** The features made so far, by prefix and bits: the same few hundred strings for every token. */
  private static final java.util.concurrent.ConcurrentHashMap<Long, String> DESCRIBED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code PREFIX=FST+NIX}: a prefix and the readable name of some lexicon bits. */
  private static String described(int prefix, int bits) {
    return DESCRIBED.computeIfAbsent(((long) prefix << 32) | (bits & 0xffffffffL),
        k -> PREFIXES[prefix] + NameLexicon.describe(bits));
  }

  /** The {@code LX} feature of each name bit. */
  private static final String[] LX = new String[11];

  static {
    for (int k = 0; k < LX.length; k++) {
      LX[k] = "LX" + NameLexicon.nameOf(k);
    }
  }

  private static void tokenFeatures(List<String> s, int j, int[] b, Map<String, DocStats> stats, Lookup lookup,
      List<String> f) {
    String w = s.get(j);
    int nb = b[j] & NameLexicon.NAMES;
    boolean cap = isCapitalized(w);
    for (int k = 0; k < 11; k++) {
      if ((nb & (1 << k)) != 0) {
        f.add(LX[k]);
      }
    }
    f.add(described(LXS, nb));
    if (j == 0) {
      f.add(cap ? "FIRSTCAP" : "FIRST");
    }
    if (cap) {
      capitalFeatures(s, j, b[j], nb, stats.get(w), lookup, f);
    }
    if (j > 0) {
      f.add(described(PLXS, b[j - 1] & NameLexicon.NAMES));
    }
    if (j + 1 < s.size()) {
      f.add(described(NLXS, b[j + 1] & NameLexicon.NAMES));
    }
  }

  private static void capitalFeatures(List<String> s, int j, int bits, int nb, DocStats st, Lookup lookup,
      List<String> f) {
    String w = s.get(j);
    int common = bits & ~NameLexicon.NAMES;
    f.add(described(CW, common));
    int low = lookup.classes(w.toLowerCase(Locale.ROOT)) & ~NameLexicon.NAMES;
    f.add(described(LOW, low));
    if (j == 0) {
      f.add("FLOW=" + (low != 0) + "-" + (nb != 0));
    }
    if (st != null) {
      int capMidOthers = st.capMid - (j > 0 ? 1 : 0);
      if (capMidOthers > 0) {
        f.add("D_CAPMID");
      }
      if (st.lowercase > 0) {
        f.add("D_LC");
      }
      if (st.inRun - (j > 0 && inRun(s, j) ? 1 : 0) > 0) {
        f.add("D_RUN");
      }
      if (st.afterFirstName > 0) {
        f.add("D_AFTERFST");
      }
      if (st.aloneMid > 0) {
        f.add("D_ALONE");
      }
    }
  }

  /**
   * The name-list features of each token of a sentence (null where none): the longest listed name
   * starting at a capitalised token, taken left to right, marks its first token {@code GZB-TYPE} and
   * the others {@code GZI-TYPE}; a single listed word that is also a common word gets none.
   */
  private String[][] listedNames(List<String> s) {
    String[][] out = null;
    for (int j = 0; j < s.size(); j++) {
      int end = names.longestMatch(s, j);
      if (end < 0) {
        continue;
      }
      Gazetteer.Known k = names.lookup(s, j, end);
      String first = s.get(j);
      if (!isCapitalized(first) || end - j == 1 && knownLowercase.contains(first.toLowerCase(Locale.ROOT))) {
        continue; // a listed word that is also a common word (Groen, Best) says nothing
      }
      if (out == null) {
        out = new String[s.size()][];
      }
      for (int t = j; t < end; t++) {
        List<String> f = new ArrayList<>(2);
        for (String type : k.types()) {
          f.add((t == j ? "GZB-" : "GZI-") + type);
        }
        out[t] = f.toArray(new String[0]);
      }
      j = end - 1;
    }
    return out;
  }

  private static boolean inRun(List<String> s, int j) {
    boolean prevCap = j > 1 && isCapitalized(s.get(j - 1));
    boolean nextCap = j + 1 < s.size() && isCapitalized(s.get(j + 1));
    return prevCap || nextCap;
  }

  /** Set view over the lexicon used by CoreNLP's chris2useLC word shape. */
  private static final class KnownLowercase extends AbstractSet<String> {
    private final java.util.function.ToIntFunction<String> classes;

    KnownLowercase(java.util.function.ToIntFunction<String> classes) {
      this.classes = classes;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof String s && (classes.applyAsInt(s) & ~NameLexicon.NAMES) != 0;
    }

    @Override
    public Iterator<String> iterator() {
      return Collections.emptyIterator();
    }

    @Override
    public int size() {
      return 0;
    }
  }
}
