package nl.verrijk.eval;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verrijk.io.Conllu;
import nl.verrijk.io.Conllu.Sentence;
import nl.verrijk.pos.PosLemmaTagger;
import nl.verrijk.pos.PosTags;
import nl.verrijk.corpus.Manifests;
import nl.verrijk.corpus.Splits;

/**
 * Scores UPOS, XPOS and lemma accuracy on the gold tokens of a CoNLL-U file, plus single-thread speed
 * ({@code eval pos}): on a held-out split of the train file, so models trained with that split held
 * out can be scored; wrong tags and lemmas can be listed with their neighbours, all or only those of
 * sentences that carry XPOS (the current treebank release).
 */
public final class PosEvaluator {

  /** Accuracy figures of one evaluation run. */
  public record Scores(int tokens, double upos, double xpos, int xposTokens, double lemma, double lemmaNoUnderscore,
      double tokensPerSecond) {}

  private PosEvaluator() {}

  /**
   * Scores the models in {@code dir} on the sentences of {@code file} that {@code split} holds out
   * (all of them for {@link Splits.Split#ALL}) and prints the figures to {@code out}; lists up to
   * {@code errors} wrong tags and lemmas; with {@code manifest}, writes the figures into the models'
   * manifest.
   */
  public static Scores run(Path dir, Path file, Splits.Split split, boolean noCompoundSplitting, int errors,
      boolean xposSentencesOnly, boolean manifest, java.io.PrintStream out) throws java.io.IOException {
    long t0 = System.nanoTime();
    PosLemmaTagger tagger = PosLemmaTagger.load(dir);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    if (noCompoundSplitting) {
      tagger = tagger.withCompoundSplitting(false);
    }
    ImmutableList<Sentence> all = Conllu.read(file);
    List<Sentence> sents = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (split == Splits.Split.ALL || split.heldOut(i, all.get(i))) {
        sents.add(all.get(i));
      }
    }
    Scores s = evaluate(tagger, sents, errors, xposSentencesOnly);
    out.printf(Locale.ROOT, "load %.0f ms (incl. lexicon)%n", loadMs);
    out.printf(Locale.ROOT,
        "%s%s: tokens %d  UPOS %.2f  XPOS %.2f (on %d)  LEMMA %.2f  LEMMA-ignoring-_ %.2f  speed %.0f tok/s (1 thread)%n",
        file.getFileName(), split == Splits.Split.ALL ? "" : " (" + split.name().toLowerCase(Locale.ROOT) + " split)",
        s.tokens(), s.upos(), s.xpos(), s.xposTokens(), s.lemma(), s.lemmaNoUnderscore(), s.tokensPerSecond());
    if (manifest) {
      String k = "eval." + file.getFileName().toString().replace(".conllu", "");
      Map<String, String> m = new LinkedHashMap<>();
      m.put(k + ".upos", String.format(Locale.ROOT, "%.2f", s.upos()));
      m.put(k + ".xpos", String.format(Locale.ROOT, "%.2f", s.xpos()));
      m.put(k + ".lemma", String.format(Locale.ROOT, "%.2f", s.lemma()));
      m.put(k + ".lemma_ignoring_underscores", String.format(Locale.ROOT, "%.2f", s.lemmaNoUnderscore()));
      m.put(k + ".tokens_per_second_1thread", String.format(Locale.ROOT, "%.0f", s.tokensPerSecond()));
      m.put("load.ms", String.format(Locale.ROOT, "%.0f", loadMs));
      Manifests.update(dir.resolve("manifest.properties"), m);
    }
    return s;
  }

  /** Tags every sentence (gold tokens) and compares with the gold columns; also times a second pass. */
  public static Scores evaluate(PosLemmaTagger tagger, List<Sentence> sents, int printErrors,
      boolean xposSentencesOnly) {
    Tally t = new Tally(printErrors, xposSentencesOnly);
    java.lang.management.ThreadMXBean mx0 = java.lang.management.ManagementFactory.getThreadMXBean();
    long cold0 = mx0.getCurrentThreadCpuTime();
    for (Sentence s : sents) {
      List<PosTags> r = tagger.tag(s.forms());
      for (int i = 0; i < s.size(); i++) {
        t.add(s, i, r.get(i));
      }
    }
    t.printSummary();
    System.out.printf(Locale.ROOT, "first (cold, scoring included) pass: %.0f tok/s thread CPU%n",
        t.n / ((mx0.getCurrentThreadCpuTime() - cold0) / 1e9));
    double tokensPerSecond = timedPasses(tagger, sents);
    return new Scores(t.n, 100.0 * t.u / t.n, t.xn == 0 ? 0 : 100.0 * t.x / t.xn, t.xn, 100.0 * t.l / t.n,
        100.0 * t.l2 / t.n, tokensPerSecond);
  }

  /**
   * Tags the sentences five times to warm up, then five times on the clock; prints wall and thread CPU
   * time and returns the tokens per second of thread CPU.
   */
  private static double timedPasses(PosLemmaTagger tagger, List<Sentence> sents) {
    for (int rep = 0; rep < 5; rep++) {
      for (Sentence s : sents) {
        tagger.tag(s.forms());
      }
    }
    long tokens = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = mx.getCurrentThreadCpuTime();
    for (int rep = 0; rep < 5; rep++) {
      for (Sentence s : sents) {
        tokens += tagger.tag(s.forms()).size();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf(Locale.ROOT, "timing: %d tokens, wall %.2f s (%.0f tok/s), thread CPU %.2f s (%.0f tok/s)%n",
        tokens, secs, tokens / secs, cpu, tokens / cpu);
    return tokens / cpu;
  }

  /** The counts of one scoring pass over gold tokens, and the wrong tags and lemmas it prints. */
  private static final class Tally {
    private final int printErrors;
    private final boolean xposSentencesOnly;
    private final Map<String, Integer> confusion = new java.util.TreeMap<>();
    /** Tokens, right UPOS, right XPOS, tokens with gold XPOS, right lemmas, right ignoring underscores. */
    int n;
    int u;
    int x;
    int xn;
    int l;
    int l2;
    /** Of the current release (sentences with XPOS): tokens, right lemmas, right UPOS. */
    private int lan;
    private int la;
    private int ua;
    private int printed;

    Tally(int printErrors, boolean xposSentencesOnly) {
      this.printErrors = printErrors;
      this.xposSentencesOnly = xposSentencesOnly;
    }

    /** Counts word {@code i} of a gold sentence, tagged {@code p}, printing it if wrong while errors are wanted. */
    void add(Sentence s, int i, PosTags p) {
      n++;
      boolean uposRight = p.upos().name().equals(s.upos().get(i));
      if (uposRight) {
        u++;
      }
      if (!"_".equals(s.xpos().get(i))) {
        xn++;
        if (p.xpos().equals(s.xpos().get(i))) {
          x++;
        }
      }
      String g = s.lemmas().get(i);
      if (!uposRight) {
        confusion.merge(s.upos().get(i) + "->" + p.upos(), 1, Integer::sum);
        if (printable(s)) {
          printed++;
          System.out.println("UPOS\t" + (i > 0 ? s.forms().get(i - 1) : "") + " [" + s.forms().get(i) + "] "
              + (i + 1 < s.size() ? s.forms().get(i + 1) : "") + "\t" + s.upos().get(i) + "/" + p.upos() + "\t"
              + s.xpos().get(i));
        }
      }
      if (s.hasXpos()) {
        lan++;
        if (p.lemma().equals(g)) {
          la++;
        }
        if (uposRight) {
          ua++;
        }
      }
      boolean underscoresAside = p.lemma().replace("_", "").equals(g.replace("_", ""));
      if (p.lemma().equals(g)) {
        l++;
      } else if (printable(s)) {
        printed++;
        System.out.println((underscoresAside ? "LEMMA_US\t" : "LEMMA\t") + s.forms().get(i) + "\tgold=" + g + "\tpred="
            + p.lemma() + "\t" + s.upos().get(i) + "/" + p.upos());
      }
      if (underscoresAside) {
        l2++;
      }
    }

    private boolean printable(Sentence s) {
      return printed < printErrors && (s.hasXpos() || !xposSentencesOnly);
    }

    /** Prints the figures of the current release and, when errors are listed, the commonest UPOS confusions. */
    void printSummary() {
      System.out.printf(Locale.ROOT, "current-release sentences (those with XPOS): UPOS %.2f, strict lemma %.2f on %d%n",
          lan == 0 ? 0 : 100.0 * ua / lan, lan == 0 ? 0 : 100.0 * la / lan, lan);
      if (printErrors > 0) {
        confusion.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
            .forEach(e -> System.out.println("UPOS-CONF " + e.getKey() + " " + e.getValue()));
      }
    }
  }
}
