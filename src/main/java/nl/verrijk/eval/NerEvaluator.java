package nl.verrijk.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.verrijk.io.Conll2002Reader;
import nl.verrijk.ner.NameRecognizer;
import nl.verrijk.ner.NameSpan;

/**
 * Evaluates a recognizer on a CoNLL-2002 file with conlleval rules (exact span and type).
 * Usage: {@code NerEvaluator <file.conll> [modelDir] [--record]}.
 */
public final class NerEvaluator {

  /**
   * Result of one evaluation: per type and overall scores, tagging speed, and every wrong chunk as a
   * line ({@code missed doc 3 sentence 2: Open Vld [ORG]}, {@code extra …}).
   */
  public record Result(Map<String, Prf> perType, Prf overall, long tokens, double seconds, List<String> errors) {}

  private NerEvaluator() {}

  /** Extracts chunks "sentence:start:end:type" from IOB2/IOB1 tags with conlleval's chunk rules. */
  public static List<String> chunks(int sentence, List<String> tags) {
    List<String> out = new ArrayList<>();
    String cur = null;
    int start = -1;
    for (int j = 0; j <= tags.size(); j++) {
      String t = j < tags.size() ? tags.get(j) : "O";
      String type = t.equals("O") ? null : t.substring(2);
      boolean begin = t.startsWith("B-") || (type != null && !type.equals(cur));
      if (cur != null && (type == null || begin)) {
        out.add(sentence + ":" + start + ":" + j + ":" + cur);
        cur = null;
      }
      if (type != null && (begin || cur == null)) {
        cur = type;
        start = j;
      }
    }
    return out;
  }

  /** Runs the recognizer over every document of the file and scores it. */
  public static Result evaluate(NameRecognizer recognizer, Path file) {
    List<Conll2002Reader.Document> docs = Conll2002Reader.read(file);
    Map<String, int[]> counts = new TreeMap<>();
    long tokens = 0;
    long nanos = 0;
    List<String> errors = new ArrayList<>();
    int doc = 0;
    for (Conll2002Reader.Document d : docs) {
      doc++;
      List<List<String>> words = d.words();
      List<List<String>> tags = d.tags();
      long t0 = System.nanoTime();
      List<NameSpan> spans = recognizer.recognize(words);
      nanos += System.nanoTime() - t0;
      tokens += d.tokenCount();
      Set<String> gold = new HashSet<>();
      for (int i = 0; i < tags.size(); i++) {
        gold.addAll(chunks(i, tags.get(i)));
      }
      Set<String> pred = new HashSet<>();
      for (NameSpan s : spans) {
        pred.add(s.sentence() + ":" + s.start() + ":" + s.end() + ":" + s.type());
      }
      for (String g : gold) {
        counts.computeIfAbsent(typeOf(g), k -> new int[3])[2]++;
        if (pred.contains(g)) {
          counts.get(typeOf(g))[0]++;
        }
      }
      for (String p : pred) {
        counts.computeIfAbsent(typeOf(p), k -> new int[3])[1]++;
      }
      for (String chunk : new java.util.TreeSet<>(gold)) {
        if (!pred.contains(chunk)) {
          errors.add(describe("missed", doc, words, chunk));
        }
      }
      for (String chunk : new java.util.TreeSet<>(pred)) {
        if (!gold.contains(chunk)) {
          errors.add(describe("extra ", doc, words, chunk));
        }
      }
    }
    Map<String, Prf> per = new LinkedHashMap<>();
    int c = 0;
    int p = 0;
    int g = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] v = e.getValue();
      per.put(e.getKey(), new Prf(v[0], v[1], v[2]));
      c += v[0];
      p += v[1];
      g += v[2];
    }
    return new Result(per, new Prf(c, p, g), tokens, nanos / 1e9, List.copyOf(errors));
  }

  private static String describe(String what, int doc, List<List<String>> words, String chunk) {
    String[] f = chunk.split(":");
    List<String> sentence = words.get(Integer.parseInt(f[0]));
    int from = Integer.parseInt(f[1]);
    int to = Integer.parseInt(f[2]);
    String before = String.join(" ", sentence.subList(Math.max(0, from - 3), from));
    String after = String.join(" ", sentence.subList(to, Math.min(sentence.size(), to + 3)));
    return what + " doc " + doc + " sentence " + f[0] + ": " + String.join(" ", sentence.subList(from, to))
        + " [" + f[3] + "]   … " + before + " [" + String.join(" ", sentence.subList(from, to)) + "] " + after + " …";
  }

  private static String typeOf(String chunk) {
    return chunk.substring(chunk.lastIndexOf(':') + 1);
  }

  /** Formats the conlleval-style table, ending with the summary line. */
  public static String format(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-6s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "f1", "gold", "pred"));
    for (Map.Entry<String, Prf> e : r.perType().entrySet()) {
      Prf s = e.getValue();
      sb.append(String.format(Locale.ROOT, "%-6s %9.2f %9.2f %9.2f %7d %7d%n", e.getKey(), s.precision(),
          s.recall(), s.f1(), s.gold(), s.predicted()));
    }
    Prf o = r.overall();
    sb.append(String.format(Locale.ROOT, "tokens=%d seconds=%.2f tokens/s=%.0f%n", r.tokens(), r.seconds(),
        r.tokens() / Math.max(1e-9, r.seconds())));
    sb.append(String.format(Locale.ROOT, "precision=%.2f recall=%.2f f1=%.2f", o.precision(), o.recall(), o.f1()));
    return sb.toString();
  }

  /** Writes a result's figures as {@code eval.FILE.*} into the manifest of the model in {@code dir}. */
  public static void record(Path dir, Path file, Result r, String command) throws IOException {
    Path man = dir.resolve(NameRecognizer.MANIFEST_FILE);
    Map<String, String> m = nl.verrijk.corpus.Manifests.read(man);
    String key = "eval." + file.getFileName();
    Prf o = r.overall();
    m.put(key + ".overall", String.format(Locale.ROOT, "precision=%.2f recall=%.2f f1=%.2f", o.precision(),
        o.recall(), o.f1()));
    for (Map.Entry<String, Prf> e : r.perType().entrySet()) {
      Prf s = e.getValue();
      m.put(key + "." + e.getKey(), String.format(Locale.ROOT, "precision=%.2f recall=%.2f f1=%.2f",
          s.precision(), s.recall(), s.f1()));
    }
    m.put("eval.command", command);
    nl.verrijk.corpus.Manifests.replace(man, m);
  }
}
