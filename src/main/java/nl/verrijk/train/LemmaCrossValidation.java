package nl.verrijk.train;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verrijk.io.Conllu;
import nl.verrijk.io.Conllu.Sentence;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.pos.LemmaModel;
import nl.verrijk.pos.PosFeatures;
import nl.verrijk.pos.TokenInfo;
import nl.verrijk.corpus.Splits;

/**
 * K-fold cross-validation of the lemmatizer alone, with gold UPOS and XPOS, on the current-release sentences
 * of a train file (for choosing lemma settings on train data; {@code eval lemma-cv}): all of them or
 * the Alpino news sentences only, printing every wrong lemma when asked.
 */
public final class LemmaCrossValidation {

  private LemmaCrossValidation() {}

  /**
   * Cross-validates the lemma trainer in {@code k} folds of {@code file} and prints the accuracy
   * (and, with {@code printErrors}, every wrong lemma) to standard output.
   */
  public static void run(Path file, int k, boolean newsOnly, boolean printErrors) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2: " + k);
    }
    List<Sentence> all = Conllu.read(file);
    DutchLexicon lexicon = DutchLexicon.shared();
    PosFeatures features = new PosFeatures(lexicon);
    int words = 0;
    int strict = 0;
    int plain = 0;
    for (int fold = 0; fold < k; fold++) {
      List<Sentence> train = new ArrayList<>();
      List<Sentence> test = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (i % k == fold ? test : train).add(all.get(i));
      }
      PrintStream out = System.out;
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      LemmaModel model;
      try {
        model = LemmaTrainer.build(train, lexicon);
      } finally {
        System.setOut(out);
      }
      for (Sentence s : test) {
        if (!s.hasXpos() || (newsOnly && !Splits.isNews(s))) {
          continue;
        }
        TokenInfo[] t = features.analyse(s.forms());
        String[] u = s.upos().toArray(new String[0]);
        String[] x = s.xpos().toArray(new String[0]);
        String[] l = new String[t.length];
        for (int i = 0; i < t.length; i++) {
          l[i] = model.lemmatize(t[i], u[i], x[i]);
        }
        model.attachParticles(t, u, x, l);
        for (int i = 0; i < t.length; i++) {
          String gold = s.lemmas().get(i);
          words++;
          strict += l[i].equals(gold) ? 1 : 0;
          if (printErrors && !l[i].equals(gold)) {
            System.out.println("ERR\t" + s.forms().get(i) + "\tgold=" + gold + "\tpred=" + l[i] + "\t" + u[i]);
          }
          plain += l[i].replace("_", "").equals(gold.replace("_", "")) ? 1 : 0;
        }
      }
    }
    double n = Math.max(words, 1);
    System.out.printf(Locale.ROOT, "%d-fold cross-validation, gold tags%s: %d words, lemma %.2f, ignoring _ %.2f%n", k,
        newsOnly ? ", news sentences" : "", words, 100.0 * strict / n, 100.0 * plain / n);
  }
}
