package nl.verrijk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.verrijk.Verrijk;
import nl.verrijk.eval.ArticleEvaluator;
import nl.verrijk.eval.NerEvaluator;
import nl.verrijk.eval.QuoteEvaluator;
import nl.verrijk.ner.NameRecognizer;
import nl.verrijk.eval.UdEvaluator;
import nl.verrijk.io.Conllu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verrijk eval ...}: scores the pipeline on gold data; the last line holds the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores the pipeline against gold data; the last line lists key=value figures.",
    subcommands = {EvalCommand.Ud.class, EvalCommand.Ner.class, EvalCommand.Quotes.class, EvalCommand.ArticleGold.class,
        EvalCommand.Pos.class, EvalCommand.LemmaCv.class})
final class EvalCommand implements Runnable {

  /** Without a sub-command, prints usage. */
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** Reports a gold file that cannot be read. */
  static boolean unreadable(Path file) {
    if (Files.isReadable(file)) {
      return false;
    }
    System.err.println("verrijk: cannot read " + file);
    return true;
  }

  /** {@code eval ud FILE.conllu}: tokens and sentences from raw text. */
  @Command(name = "ud", mixinStandardHelpOptions = true,
      description = "Tokenization and sentence splitting against a CoNLL-U file (raw text rebuilt from it).")
  static final class Ud implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.conllu")
    Path file;

    @Option(names = "--errors", description = "list the first wrong tokens and sentences")
    boolean errors;

    @Option(names = "--no-paragraphs", description = "join all sentences with a single space instead of "
        + "putting each paragraph (from the p.N.s.M sentence ids) on a line of its own")
    boolean noParagraphs;

    @Override
    public Integer call() {
      if (unreadable(file)) {
        return 2;
      }
      UdEvaluator.Gold gold = UdEvaluator.rebuild(Conllu.read(file), !noParagraphs);
      UdEvaluator.print(new UdEvaluator(Verrijk.pipeline()).evaluate(gold), errors, System.out);
      return 0;
    }
  }

  /** {@code eval quotes FILE.jsonl}: quotes and speakers against a JSONL gold set. */
  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quote detection and speaker attribution against a JSONL gold file.")
  static final class Quotes implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl")
    Path file;

    @Option(names = "--errors", description = "list misses, wrong speakers and false alarms")
    boolean errors;

    @Override
    public Integer call() {
      if (unreadable(file)) {
        return 2;
      }
      QuoteEvaluator.print(new QuoteEvaluator(Verrijk.pipeline()).evaluate(file), errors, System.out);
      return 0;
    }
  }

  /** {@code eval article GOLD.json|DIR}: whole-article gold files. */
  @Command(name = "article", mixinStandardHelpOptions = true,
      description = "Quotes, speakers, entity forms, headline and dateline against whole-article gold files "
          + "(the example's format): one GOLD.json or every *.gold.json of a directory, micro-averaged.")
  static final class ArticleGold implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.json|DIR")
    Path file;

    @Option(names = "--split", paramLabel = "dev|test",
        description = "only the articles of this split in the directory's sources.tsv")
    String split;

    @Option(names = "--errors", description = "list only the misses, false quotes and entities and wrong speakers")
    boolean errors;

    @Option(names = "--without", split = ",", paramLabel = "RULE",
        description = "leave out these rules of the entity recognizer's second pass (known-names, ...)")
    java.util.List<String> without = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      if (unreadable(file)) {
        return 2;
      }
      nl.verrijk.pipeline.Pipeline pipeline;
      try {
        pipeline = without.isEmpty() ? Verrijk.pipeline() : Verrijk.dutch()
            .replace("entities", new nl.verrijk.ner.EntityAnnotator(NameRecognizer.load().without(without))).build();
      } catch (IllegalArgumentException e) {
        System.err.println("verrijk: " + e.getMessage());
        return 2;
      }
      ArticleEvaluator.print(new ArticleEvaluator(pipeline).evaluate(file, split), errors, System.out);
      return 0;
    }
  }

  /** {@code eval ner FILE}: the shipped entity model on gold tokens of a CoNLL-2002 file, document by document. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Named entities against a CoNLL-2002 file (token POS IOB2; -DOCSTART- lines), conlleval rules.")
  static final class Ner implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--model", paramLabel = "DIR", description = "a model directory instead of the shipped model")
    Path model;

    @Option(names = "--errors", description = "list every missed and every extra entity before the table")
    boolean errors;

    @Option(names = "--without", split = ",", paramLabel = "RULE",
        description = "leave out these rules of the second pass (known-names, titles-outside-names, ...)")
    java.util.List<String> without = new java.util.ArrayList<>();

    @Option(names = "--record", description = "write the figures into the manifest of the --model directory")
    boolean record;

    @Override
    public Integer call() throws java.io.IOException {
      if (unreadable(file)) {
        return 2;
      }
      NameRecognizer recognizer;
      try {
        recognizer = (model == null ? NameRecognizer.load() : NameRecognizer.load(model)).without(without);
      } catch (IllegalArgumentException e) {
        System.err.println("verrijk: " + e.getMessage());
        return 2;
      }
      NerEvaluator.Result r = NerEvaluator.evaluate(recognizer, file);
      if (errors) {
        r.errors().forEach(System.out::println);
      }
      System.out.println(NerEvaluator.format(r));
      if (record && model != null) {
        NerEvaluator.record(model, file, r, "java -jar target/verrijk-all.jar eval ner --model " + model + " " + file);
      }
      return 0;
    }
  }

  /** {@code eval pos DIR FILE.conllu}: UPOS, XPOS and lemma accuracy of the POS models in DIR on gold tokens. */
  @Command(name = "pos", mixinStandardHelpOptions = true,
      description = "Scores the part-of-speech and lemma models of DIR (as train pos writes them) on the gold tokens "
          + "of a CoNLL-U file, or on the split of the train file that train pos held out.")
  static final class Pos implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Parameters(index = "1", paramLabel = "FILE.conllu")
    Path file;

    @picocli.CommandLine.Mixin
    SplitOptions split;

    @Option(names = "--no-compound-splitting", description = "lemmas without the compound splitter")
    boolean noSplitting;

    @Option(names = "--errors", paramLabel = "N", description = "list up to N wrong tags and lemmas")
    int errors;

    @Option(names = "--xpos-sentences-only", description = "list errors only in sentences that carry XPOS")
    boolean xposOnly;

    @Option(names = "--manifest", description = "write the figures into DIR's manifest")
    boolean manifest;

    @Override
    public Integer call() throws java.io.IOException {
      if (unreadable(file)) {
        return 2;
      }
      nl.verrijk.eval.PosEvaluator.run(dir, file, split.split(), noSplitting, errors, xposOnly, manifest,
          System.out);
      return 0;
    }
  }

  /** {@code eval lemma-cv FILE.conllu K}: k-fold cross-validation of the lemma trainer with gold tags. */
  @Command(name = "lemma-cv", mixinStandardHelpOptions = true,
      description = "Cross-validates the lemma model in K folds of a CoNLL-U train file, with gold tags.")
  static final class LemmaCv implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.conllu")
    Path file;

    @Parameters(index = "1", paramLabel = "K")
    int k;

    @Option(names = "--news", description = "score the Alpino news sentences only")
    boolean news;

    @Option(names = "--errors", description = "print every wrong lemma")
    boolean errors;

    @Override
    public Integer call() {
      if (unreadable(file)) {
        return 2;
      }
      if (k < 2) {
        System.err.println("verrijk: K must be at least 2, not " + k);
        return 2;
      }
      nl.verrijk.train.LemmaCrossValidation.run(file, k, news, errors);
      return 0;
    }
  }
}
