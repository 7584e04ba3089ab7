package nl.verrijk.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.verrijk.eval.NerEvaluator;
import nl.verrijk.eval.Prf;
import nl.verrijk.io.Conll2002Reader;
import nl.verrijk.ner.NameLexicon;
import nl.verrijk.ner.NerFeatures;
import nl.verrijk.ner.opennlp.VerrijkOpenNlpFactory;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP NameFinderME comparison: {@code OpenNlpExperiment <train> <testa> <default|verrijk> [algorithm] [iterations]}.
 * Trains in memory and prints conlleval-style scores (no post-processing).
 */
public final class OpenNlpExperiment {

  private OpenNlpExperiment() {}

  private static List<List<NameSample>> samples(Path file, NerFeatures feats, boolean custom) {
    List<List<NameSample>> out = new ArrayList<>();
    for (Conll2002Reader.Document d : Conll2002Reader.read(file)) {
      List<List<String>> words = d.words();
      List<List<String>> tags = d.tags();
      List<List<String[]>> x = custom ? feats.extract(words) : null;
      List<NameSample> doc = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String[] toks = new String[words.get(i).size()];
        for (int j = 0; j < toks.length; j++) {
          toks[j] = custom ? VerrijkOpenNlpFactory.encode(words.get(i).get(j), x.get(i).get(j)) : words.get(i).get(j);
        }
        List<Span> spans = new ArrayList<>();
        for (String c : NerEvaluator.chunks(i, tags.get(i))) {
          String[] p = c.split(":");
          spans.add(new Span(Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[3]));
        }
        doc.add(new NameSample(toks, spans.toArray(new Span[0]), i == 0));
      }
      out.add(doc);
    }
    return out;
  }

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    boolean custom = args[2].equals("verrijk");
    String algo = args.length > 3 ? args[3] : "PERCEPTRON";
    String iters = args.length > 4 ? args[4] : "300";
    NerFeatures feats = new NerFeatures(NameLexicon.load());
    List<NameSample> train = new ArrayList<>();
    samples(Path.of(args[0]), feats, custom).forEach(train::addAll);
    TrainingParameters tp = TrainingParameters.defaultParams();
    tp.put(TrainingParameters.ALGORITHM_PARAM, algo);
    tp.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(iters));
    tp.put(TrainingParameters.CUTOFF_PARAM, 1);
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderFactory factory = custom ? new VerrijkOpenNlpFactory()
        : TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec());
    long t0 = System.nanoTime();
    TokenNameFinderModel model = NameFinderME.train("nl", null, new CollectionObjectStream<>(train), tp, factory);
    System.err.printf(Locale.ROOT, "train %.1fs%n", (System.nanoTime() - t0) / 1e9);
    NameFinderME finder = new NameFinderME(model);
    Map<String, int[]> counts = new TreeMap<>();
    long tokens = 0;
    long nanos = 0;
    for (List<NameSample> doc : samples(Path.of(args[1]), feats, custom)) {
      finder.clearAdaptiveData();
      for (NameSample s : doc) {
        long t1 = System.nanoTime();
        Span[] pred = finder.find(s.getSentence());
        nanos += System.nanoTime() - t1;
        tokens += s.getSentence().length;
        Set<String> p = new HashSet<>();
        for (Span sp : pred) {
          p.add(sp.getStart() + ":" + sp.getEnd() + ":" + sp.getType());
          counts.computeIfAbsent(sp.getType(), k -> new int[3])[1]++;
        }
        for (Span g : s.getNames()) {
          int[] c = counts.computeIfAbsent(g.getType(), k -> new int[3]);
          c[2]++;
          if (p.contains(g.getStart() + ":" + g.getEnd() + ":" + g.getType())) {
            c[0]++;
          }
        }
      }
    }
    int c = 0;
    int pr = 0;
    int g = 0;
    Map<String, Prf> per = new TreeMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      per.put(e.getKey(), new Prf(e.getValue()[0], e.getValue()[1], e.getValue()[2]));
      c += e.getValue()[0];
      pr += e.getValue()[1];
      g += e.getValue()[2];
    }
    System.out.println(NerEvaluator.format(new NerEvaluator.Result(per, new Prf(c, pr, g), tokens,
        nanos / 1e9, List.of())));
  }
}
