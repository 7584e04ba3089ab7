package nl.verrijk.train;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.verrijk.io.Conllu.Sentence;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.pos.LemmaModel;

/** Learns the lemma model (form table, Alpino spellings, verb particles, suffix rules) from treebank sentences. */
public final class LemmaTrainer {

  private LemmaTrainer() {}

  /** Builds the lemma model. Sentences with XPOS carry Alpino compound boundaries; the others are plain. */
  public static LemmaModel build(List<Sentence> sentences, DutchLexicon lexicon) {
    Map<String, Map<String, Integer>> spellCounts = new HashMap<>();
    for (Sentence s : sentences) {
      if (!s.hasXpos()) {
        continue;
      }
      for (String l : s.lemmas()) {
        spellCounts.computeIfAbsent(l.replace("_", ""), k -> new HashMap<>()).merge(l, 1, Integer::sum);
      }
    }
    Map<String, String> spelling = new HashMap<>();
    Set<String> plain = new HashSet<>();
    spellCounts.forEach((k, v) -> {
      String best = best(v);
      if (best.equals(k)) {
        if (k.length() >= 5) {
          plain.add(k);
        }
      } else if (k.length() >= 2) {
        spelling.put(k, best);
      }
    });
    Map<String, Map<String, Integer>> table = new HashMap<>();
    Map<String, Map<String, Integer>> rules = new HashMap<>();
    Map<String, Integer> particleCounts = new HashMap<>();
    for (Sentence s : sentences) {
      boolean alpino = s.hasXpos();
      for (int i = 0; i < s.size(); i++) {
        String f = s.forms().get(i);
        String u = s.upos().get(i);
        String l = s.lemmas().get(i);
        if (!alpino) {
          l = spelling.getOrDefault(l, l);
        }
        int w = alpino ? 2 : 1;
        table.computeIfAbsent(f + '\t' + u, k -> new HashMap<>()).merge(l, w, Integer::sum);
        if (alpino && (u.equals("VERB") || u.equals("AUX")) && l.indexOf('_') > 0) {
          particleCounts.merge(l.substring(0, l.indexOf('_')), 1, Integer::sum);
        }
        if (u.equals("NOUN") || u.equals("VERB") || u.equals("ADJ") || u.equals("AUX") || u.equals("ADV")) {
          String lf = f.toLowerCase(Locale.ROOT);
          String ll = s.lemmas().get(i).replace("_", "").toLowerCase(Locale.ROOT);
          String r = LemmaModel.rule(lf, ll);
          for (int n = 1; n <= LemmaModel.MAX_SUFFIX && n <= lf.length(); n++) {
            rules.computeIfAbsent(u + '\t' + lf.substring(lf.length() - n), k -> new HashMap<>()).merge(r, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> t = new TreeMap<>();
    table.forEach((k, v) -> t.put(k, best(v)));
    Map<String, String> r = new TreeMap<>();
    rules.forEach((k, v) -> {
      int total = v.values().stream().mapToInt(Integer::intValue).sum();
      String b = best(v);
      if (total >= 2 && v.get(b) * 2 > total) {
        r.put(k, b);
      }
    });
    Set<String> particles = new LinkedHashSet<>();
    particleCounts.entrySet().stream()
        .filter(e -> e.getValue() >= 2 && e.getKey().length() >= 2)
        .sorted((a, b) -> b.getKey().length() != a.getKey().length()
            ? b.getKey().length() - a.getKey().length() : a.getKey().compareTo(b.getKey()))
        .forEach(e -> particles.add(e.getKey()));
    // Learn which compound heads/modifiers the lexicon splitter wrongly splits off (e.g. derivational -ster,
    // -schap), from the Alpino-style noun lemmas of the training data, with the memorised spellings disabled.
    LemmaModel probe = new LemmaModel(Map.of(), Map.of(), Set.of(), particles, Map.of(), lexicon, true);
    Map<String, int[]> heads = new HashMap<>();
    Map<String, int[]> mods = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : spellCounts.entrySet()) {
      String gold = best(e.getValue());
      String plainLemma = e.getKey();
      if (plainLemma.length() < 7 || plainLemma.contains("-") || !isNoun(lexicon, plainLemma)) {
        continue;
      }
      String[] res = probe.trySplitNoun(plainLemma);
      if (res == null) {
        continue;
      }
      boolean good = res[0].equals(gold);
      heads.computeIfAbsent(res[1], k -> new int[2])[good ? 0 : 1]++;
      mods.computeIfAbsent(res[2], k -> new int[2])[good ? 0 : 1]++;
    }
    Set<String> badHeads = new java.util.TreeSet<>();
    heads.forEach((k, v) -> {
      if (v[1] >= 2 && v[1] > v[0]) {
        badHeads.add(k);
      }
    });
    Set<String> badMods = new java.util.TreeSet<>();
    mods.forEach((k, v) -> {
      if (v[1] >= 2 && v[1] > v[0]) {
        badMods.add(k);
      }
    });
    System.out.printf("lemma model: %d table entries, %d spellings, %d particles, %d rules, %d bad heads, %d bad modifiers%n",
        t.size(), spelling.size(), particles.size(), r.size(), badHeads.size(), badMods.size());
    return new LemmaModel(t, spelling, plain, particles, r, lexicon, true, badHeads, badMods);
  }

  private static boolean isNoun(DutchLexicon lexicon, String lemma) {
    return lexicon.lookup(lemma).stream().anyMatch(e -> e.tagClass().equals("ZNW") && e.lemma().equals(lemma));
  }

  private static String best(Map<String, Integer> counts) {
    String best = null;
    int bc = -1;
    for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
      if (e.getValue() > bc) {
        bc = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
