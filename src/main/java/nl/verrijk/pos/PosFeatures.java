package nl.verrijk.pos;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;

/** Feature extraction for the UPOS and XPOS maximum-entropy models (shared by training and tagging). */
public final class PosFeatures {

  /** Prefix of the training-only copies of predicates from the older treebank release (never seen when tagging). */
  public static final String OLDER_RELEASE_PREFIX = "o:";

  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  private static final int CACHE_LIMIT = 100_000;

  private final DutchLexicon lexicon;
  /** Bounded insert-only memo of token analyses (they depend on the form only). */
  private final java.util.concurrent.ConcurrentHashMap<String, TokenInfo> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Creates the feature extractor over a lexicon. */
  public PosFeatures(DutchLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Analyses every token of a sentence once (lexicon readings, shape). */
  public TokenInfo[] analyse(List<String> tokens) {
    TokenInfo[] out = new TokenInfo[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = analyse(tokens.get(i));
    }
    return out;
  }

  /** Analyses a single token (null or empty tokens are treated as "_"). */
  public TokenInfo analyse(String token) {
    String form = token == null || token.isEmpty() ? "_" : token;
    TokenInfo hit = cache.get(form);
    if (hit != null) {
      return hit;
    }
    TokenInfo info = analyseUncached(form);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(form, info);
    }
    return info;
  }

  private TokenInfo analyseUncached(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    ImmutableList<DutchLexicon.Entry> exact = lexicon.lookup(form);
    ImmutableList<DutchLexicon.Entry> lowered = lower.equals(form) ? ImmutableList.of() : lexicon.lookup(lower);
    TreeSet<String> coarse = new TreeSet<>();
    TreeSet<String> fine = new TreeSet<>();
    for (DutchLexicon.Entry e : exact) {
      coarse.add(e.tag().code());
      fine.add(e.tag().fineCode());
    }
    for (DutchLexicon.Entry e : lowered) {
      coarse.add("l" + e.tag().code());
      fine.add("l" + e.tag().fineCode());
    }
    String amb = coarse.isEmpty() ? "NONE" : String.join("|", coarse);
    String ambFine = fine.isEmpty() ? "NONE" : String.join("|", fine);
    return new TokenInfo(form, lower, shape(form), exact, lowered, amb, ambFine);
  }

  /** Coarse orthographic shape of a token (e.g. "Xx", "X", "x", "d", "p", "mixed-d", "url"). */
  public static String shape(String w) {
    if (w.startsWith("http") || w.startsWith("www.") || (w.contains("@") && w.contains("."))) {
      return "url";
    }
    boolean up = false;
    boolean low = false;
    boolean dig = false;
    boolean hyph = false;
    boolean other = false;
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isUpperCase(cp)) {
        up = true;
      } else if (Character.isLetter(cp)) {
        low = true;
      } else if (Character.isDigit(cp)) {
        dig = true;
      } else if (cp == '-') {
        hyph = true;
      } else {
        other = true;
      }
    }
    StringBuilder s = new StringBuilder();
    if (!up && !low && !dig) {
      return hyph ? "p-" : (other ? "p" : "e");
    }
    if (up && !low) {
      s.append("X");
    } else if (up && Character.isUpperCase(w.codePointAt(0))) {
      s.append("Xx");
    } else if (up) {
      s.append("xX");
    } else if (low) {
      s.append("x");
    }
    if (dig) {
      s.append(up || low ? "d" : "D");
    }
    if (hyph) {
      s.append("-");
    }
    if (other) {
      s.append(".");
    }
    return s.toString();
  }

  private static String word(TokenInfo[] t, int i) {
    return i < 0 ? BOS : i >= t.length ? EOS : t[i].lower();
  }

  private static String amb(TokenInfo[] t, int i) {
    return i < 0 ? BOS : i >= t.length ? EOS : t[i].ambiguity();
  }

  private static String suffix(String w, int n) {
    return w.length() > n ? w.substring(w.length() - n) : null;
  }

  /** Verb look-ahead class of position i: which verb readings (participle, infinitive) follow within the clause. */
  static String ahead(TokenInfo[] t, int i) {
    boolean vtd = false;
    boolean inf = false;
    for (int j = i + 1; j < t.length && j <= i + 10; j++) {
      String sh = t[j].shape();
      if (sh.equals("p")) {
        String f = t[j].form();
        if (f.equals(",") || f.equals(".") || f.equals(";") || f.equals(":") || f.equals("?") || f.equals("!")) {
          break;
        }
      }
      if (t[j].hasVerbForm(LexiconTag.VerbForm.PAST_PARTICIPLE)) {
        vtd = true;
      }
      if (t[j].lower().endsWith("en") && (t[j].hasVerbForm(LexiconTag.VerbForm.PRESENT)
          || t[j].hasVerbForm(LexiconTag.VerbForm.NOMINAL_INFINITIVE))) {
        inf = true;
      }
    }
    return (vtd ? "V" : "-") + (inf ? "I" : "-");
  }

  /** Context predicates for the UPOS model at position i given the already decided tags to the left. */
  public void uposContext(TokenInfo[] t, int i, String[] tags, List<String> out) {
    out.clear();
    uposWordFeatures(t[i], out);
    uposDynamicFeatures(t, i, tags, out);
  }

  /** UPOS predicates that depend on the token alone (cacheable per form). */
  public void uposWordFeatures(TokenInfo w, List<String> out) {
    String lw = w.lower();
    out.add("b");
    out.add("w=" + lw);
    out.add("sh=" + w.shape());
    out.add("a=" + w.ambiguity());
    out.add("af=" + w.ambiguityFine());
    for (int n = 1; n <= 5; n++) {
      String s = suffix(lw, n);
      if (s != null) {
        out.add("s" + n + "=" + s);
      }
    }
    for (int n = 1; n <= 3; n++) {
      if (lw.length() > n + 1) {
        out.add("p" + n + "=" + lw.substring(0, n));
      }
    }
  }

  /** UPOS predicates that depend on position, neighbours and previous tags. */
  public void uposDynamicFeatures(TokenInfo[] t, int i, String[] tags, List<String> out) {
    TokenInfo w = t[i];
    String lw = w.lower();
    String ah = ahead(t, i);
    out.add("ah=" + ah);
    if (w.ambiguity().contains("WKW")) {
      out.add("wah=" + lw + "_" + ah);
    }
    String p1 = i > 0 ? tags[i - 1] : BOS;
    String p2 = i > 1 ? tags[i - 2] : BOS;
    out.add("a_sh=" + w.ambiguity() + "_" + w.shape() + (i == 0 ? "_0" : ""));
    if (i == 0) {
      out.add("first_sh=" + w.shape());
    }
    out.add("t1=" + p1);
    out.add("t12=" + p1 + "_" + p2);
    out.add("t1a=" + p1 + "_" + w.ambiguity());
    out.add("w-1=" + word(t, i - 1));
    out.add("w+1=" + word(t, i + 1));
    out.add("w-2=" + word(t, i - 2));
    out.add("w+2=" + word(t, i + 2));
    out.add("a-1=" + amb(t, i - 1));
    out.add("a+1=" + amb(t, i + 1));
    out.add("a+2=" + amb(t, i + 2));
    out.add("t1w=" + p1 + "_" + lw);
    out.add("ww+1=" + lw + "_" + word(t, i + 1));
    out.add("w-1w=" + word(t, i - 1) + "_" + lw);
    out.add("aa+1=" + w.ambiguity() + "_" + amb(t, i + 1));
    out.add("t1aa+1=" + p1 + "_" + w.ambiguity() + "_" + amb(t, i + 1));
    String shp = i > 0 ? t[i - 1].shape() : BOS;
    String shn = i + 1 < t.length ? t[i + 1].shape() : EOS;
    out.add("sh3=" + shp + "_" + w.shape() + "_" + shn);
    out.add("t1sh=" + p1 + "_" + w.shape());
  }

  /** Context predicates for the XPOS model at position i given all predicted UPOS tags and the XPOS tags to the left. */
  public void xposContext(TokenInfo[] t, int i, String[] upos, String[] xtags, List<String> out) {
    out.clear();
    xposWordFeatures(t[i], upos[i], out);
    xposDynamicFeatures(t, i, upos, xtags, out);
  }

  /** XPOS predicates that depend on the token and its UPOS alone (cacheable per form and UPOS). */
  public void xposWordFeatures(TokenInfo w, String u, List<String> out) {
    String lw = w.lower();
    out.add("u=" + u);
    out.add("uw=" + u + "_" + lw);
    out.add("uaf=" + u + "_" + w.ambiguityFine());
    out.add("ush=" + u + "_" + w.shape());
    for (int n = 1; n <= 4; n++) {
      String s = suffix(lw, n);
      if (s != null) {
        out.add("us" + n + "=" + u + "_" + s);
      }
    }
    if (lw.startsWith("ge")) {
      out.add("uge=" + u);
    }
  }

  /** XPOS predicates that depend on position, neighbours and previous tags. */
  public void xposDynamicFeatures(TokenInfo[] t, int i, String[] upos, String[] xtags, List<String> out) {
    String u = upos[i];
    String u1 = i > 0 ? upos[i - 1] : BOS;
    String un = i + 1 < t.length ? upos[i + 1] : EOS;
    String x1 = i > 0 ? xtags[i - 1] : BOS;
    out.add("uu-1=" + u + "_" + u1);
    out.add("uu+1=" + u + "_" + un);
    out.add("ux-1=" + u + "_" + x1);
    out.add("uw+1=" + u + "_" + word(t, i + 1));
    out.add("uw-1=" + u + "_" + word(t, i - 1));
    out.add("ua+1=" + u + "_" + amb(t, i + 1));
    out.add("ufirst=" + u + "_" + (i == 0));
  }
}
