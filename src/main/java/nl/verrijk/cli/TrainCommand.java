package nl.verrijk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.verrijk.train.NerPruner;
import nl.verrijk.train.NerTrainer;
import nl.verrijk.train.PosTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verrijk train ...}: rebuilds a shipped model from its training data, deterministically. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds a shipped model from its training data (fixed settings and seeds).",
    subcommands = {TrainCommand.Pos.class, TrainCommand.Ner.class, TrainCommand.Parse.class, TrainCommand.Lexicon.class})
final class TrainCommand implements Runnable {

  /** Without a sub-command, prints usage. */
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** {@code train pos TRAIN.conllu OUTDIR}: the UPOS, XPOS and lemma models of models/pos. */
  @Command(name = "pos", mixinStandardHelpOptions = true,
      description = "Trains the part-of-speech and lemma models (about 5 minutes, one thread, -Xmx5g) into OUTDIR.")
  static final class Pos implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TRAIN.conllu")
    Path train;

    @Parameters(index = "1", paramLabel = "OUTDIR")
    Path out;

    @picocli.CommandLine.Mixin
    SplitOptions heldOut;

    @picocli.CommandLine.Option(names = "--lemma-only", description = "retrain only the lemma model, into an "
        + "existing model folder")
    boolean lemmaOnly;

    @picocli.CommandLine.Option(names = "--algorithm", description = "OpenNLP algorithm of the UPOS models "
        + "(default: ${DEFAULT-VALUE})")
    String algorithm = PosTrainer.Settings.shipped().algorithm();

    @picocli.CommandLine.Option(names = "--xpos-algorithm", description = "of the XPOS model (default: ${DEFAULT-VALUE})")
    String xposAlgorithm = PosTrainer.Settings.shipped().xposAlgorithm();

    @picocli.CommandLine.Option(names = "--iterations", description = "(default: ${DEFAULT-VALUE})")
    int iterations = PosTrainer.Settings.shipped().iterations();

    @picocli.CommandLine.Option(names = "--cutoff", description = "UPOS feature cutoff (default: ${DEFAULT-VALUE})")
    int cutoff = PosTrainer.Settings.shipped().cutoff();

    @picocli.CommandLine.Option(names = "--xpos-cutoff", description = "XPOS feature cutoff (default: ${DEFAULT-VALUE})")
    int xposCutoff = PosTrainer.Settings.shipped().xposCutoff();

    @picocli.CommandLine.Option(names = "--l1", description = "L1 cost of the quasi-Newton trainer")
    Double l1;

    @picocli.CommandLine.Option(names = "--l2", description = "L2 cost of the quasi-Newton trainer")
    Double l2;

    @picocli.CommandLine.Option(names = "--news-weight", description = "times each news sentence is trained on "
        + "(default: ${DEFAULT-VALUE})")
    int newsWeight = PosTrainer.Settings.shipped().newsWeight();

    @Override
    public Integer call() throws Exception {
      PosTrainer.Settings settings = new PosTrainer.Settings(algorithm, xposAlgorithm, iterations, cutoff, xposCutoff,
          l1, l2, newsWeight);
      StringBuilder command = new StringBuilder("java -Xmx5g -jar target/verrijk-all.jar train pos " + train + " " + out);
      nl.verrijk.corpus.Splits.Split split = heldOut.split();
      switch (split) {
        case DEV -> command.append(" --dev");
        case NEWSDEV -> command.append(" --newsdev");
        default -> { }
      }
      PosTrainer.Settings d = PosTrainer.Settings.shipped();
      if (!settings.algorithm().equals(d.algorithm())) {
        command.append(" --algorithm ").append(settings.algorithm());
      }
      if (!settings.xposAlgorithm().equals(d.xposAlgorithm())) {
        command.append(" --xpos-algorithm ").append(settings.xposAlgorithm());
      }
      if (settings.iterations() != d.iterations()) {
        command.append(" --iterations ").append(settings.iterations());
      }
      if (settings.cutoff() != d.cutoff()) {
        command.append(" --cutoff ").append(settings.cutoff());
      }
      if (settings.xposCutoff() != d.xposCutoff()) {
        command.append(" --xpos-cutoff ").append(settings.xposCutoff());
      }
      if (l1 != null) {
        command.append(" --l1 ").append(l1);
      }
      if (l2 != null) {
        command.append(" --l2 ").append(l2);
      }
      if (newsWeight != d.newsWeight()) {
        command.append(" --news-weight ").append(newsWeight);
      }
      PosTrainer.run(train, out, split, lemmaOnly, settings, command.toString());
      return 0;
    }
  }

  /** {@code train ner TRAIN... OUTDIR}: the CRF of models/ner, trained on every TRAIN file and then pruned. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Trains the entity CRF on CoNLL-2002 files (ned.train, or ned.train and ned.testa for the shipped "
          + "model; about 16 minutes a file, one thread, -Xmx8g) and prunes features whose weights vary by at most "
          + "0.02 across labels, into OUTDIR.")
  static final class Ner implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "TRAIN... OUTDIR", description = "training files, then the output folder")
    java.util.List<Path> paths;

    @picocli.CommandLine.Option(names = "--set", paramLabel = "KEY=VALUE", description = "a CRF flag or verrijk.* "
        + "setting instead of its default (the shipped model: tolerance=1e-3 featureCountThresh=3 QNsize=10)")
    java.util.Map<String, String> set = new java.util.LinkedHashMap<>(java.util.Map.of("tolerance", "1e-3",
        "featureCountThresh", "3", "QNsize", "10"));

    @picocli.CommandLine.Option(names = "--prune", description = "weight range at or below which a feature is "
        + "dropped (default: ${DEFAULT-VALUE})")
    double prune = 0.02;

    @Override
    public Integer call() throws Exception {
      Path out = paths.get(paths.size() - 1);
      java.util.List<Path> train = paths.subList(0, paths.size() - 1);
      java.util.Map<String, String> conf = NerTrainer.defaults();
      conf.putAll(set);
      StringBuilder command = new StringBuilder("java -Xmx8g -jar target/verrijk-all.jar train ner");
      train.forEach(p -> command.append(' ').append(p));
      command.append(' ').append(out);
      set.forEach((k, v) -> command.append(" --set ").append(k).append('=').append(v));
      Path full = java.nio.file.Files.createTempDirectory("verrijk-ner-full");
      long t0 = System.nanoTime();
      NerTrainer.train(train, full, conf, command.toString());
      System.err.printf(java.util.Locale.ROOT, "training took %.1f s%n", (System.nanoTime() - t0) / 1e9);
      NerPruner.prune(full, out, prune);
      return 0;
    }
  }

  /** {@code train parse TRAIN.conllu OUTDIR}: the dependency parser of models/parse. */
  @Command(name = "parse", mixinStandardHelpOptions = true,
      description = "Trains the dependency parser (about 2 minutes, one thread, -Xmx6g) into OUTDIR/parser.bin.gz "
          + "with its manifest; --newsdev holds out the odd-numbered Alpino news documents and scores them after "
          + "each epoch.")
  static final class Parse implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TRAIN.conllu")
    Path train;

    @Parameters(index = "1", paramLabel = "OUTDIR")
    Path out;

    @picocli.CommandLine.Option(names = "--newsdev", description = "hold out the news dev split and score it")
    boolean newsDev;

    @picocli.CommandLine.Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
    int epochs = nl.verrijk.parse.ParserTrainer.Settings.shipped().epochs();

    @picocli.CommandLine.Option(names = "--explore", description = "chance of following a wrong transition "
        + "(default: ${DEFAULT-VALUE})")
    double explore = nl.verrijk.parse.ParserTrainer.Settings.shipped().explore();

    @picocli.CommandLine.Option(names = "--prune", description = "smallest weight kept, in quantization steps "
        + "(default: ${DEFAULT-VALUE})")
    int prune = nl.verrijk.parse.ParserTrainer.Settings.shipped().prune();

    @picocli.CommandLine.Option(names = "--beam", description = "training beam width; 1 trains greedily with the "
        + "dynamic oracle (default: ${DEFAULT-VALUE})")
    int beam = nl.verrijk.parse.ParserTrainer.Settings.shipped().beam();

    @picocli.CommandLine.Option(names = "--parse-beam", description = "the beam width the model parses with "
        + "(default: ${DEFAULT-VALUE})")
    int parseBeam = nl.verrijk.parse.ParserTrainer.Settings.shipped().parseBeam();

    @picocli.CommandLine.Option(names = "--tagger", paramLabel = "DIR", description = "tag with the POS models of "
        + "DIR (as train pos writes them) instead of the shipped ones")
    Path tagger;

    @picocli.CommandLine.Option(names = "--no-older", description = "leave out the older LassySmall release")
    boolean noOlder;

    @picocli.CommandLine.Option(names = "--no-adapt", description = "no features of its own for the older release")
    boolean noAdapt;

    @Override
    public Integer call() throws Exception {
      java.util.List<nl.verrijk.io.Conllu.Sentence> all = nl.verrijk.io.Conllu.read(train);
      java.util.List<nl.verrijk.io.Conllu.Sentence> dev = newsDev ? all.stream().filter(nl.verrijk.corpus.Splits::heldOutNews).toList()
          : java.util.List.of();
      java.util.List<nl.verrijk.io.Conllu.Sentence> rest = newsDev
          ? all.stream().filter(s -> !nl.verrijk.corpus.Splits.heldOutNews(s)).toList() : all;
      nl.verrijk.parse.ParserTrainer.Settings settings = new nl.verrijk.parse.ParserTrainer.Settings(epochs, explore,
          nl.verrijk.parse.ParserTrainer.Settings.shipped().seed(), !noOlder, !noAdapt, prune, beam, parseBeam);
      long t0 = System.nanoTime();
      nl.verrijk.pos.PosLemmaTagger tags = tagger == null ? nl.verrijk.pos.PosLemmaTagger.load()
          : nl.verrijk.pos.PosLemmaTagger.load(tagger);
      nl.verrijk.parse.DependencyParser parser = nl.verrijk.parse.ParserTrainer.train(rest,
          nl.verrijk.train.ParserTags.of(tags, rest), dev,
          nl.verrijk.train.ParserTags.of(tags, dev), settings, System.err);
      java.nio.file.Files.createDirectories(out);
      Path model = out.resolve("parser.bin.gz");
      parser.write(model);
      java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
      m.put("model", "parser.bin.gz: arc-hybrid transition perceptron and relation perceptron (nl.verrijk.parse)");
      m.put("training.data", train + (newsDev ? " minus the odd-numbered news documents (news dev split)" : ""));
      m.put("training.data.licence", "CC BY-SA 4.0 (UD Dutch LassySmall and Alpino)");
      m.put("training.sentences", String.valueOf(rest.size()));
      m.put("training.params", settings.toString());
      m.put("training.seconds", String.valueOf((System.nanoTime() - t0) / 1_000_000_000L));
      m.put("training.command", "java -Xmx6g -jar target/verrijk-all.jar train parse " + train + " " + out
          + (newsDev ? " --newsdev" : "") + (epochs != nl.verrijk.parse.ParserTrainer.Settings.shipped().epochs()
          ? " --epochs " + epochs : "") + (noOlder ? " --no-older" : "") + (noAdapt ? " --no-adapt" : "")
          + (explore != nl.verrijk.parse.ParserTrainer.Settings.shipped().explore() ? " --explore " + explore : "")
          + (prune != nl.verrijk.parse.ParserTrainer.Settings.shipped().prune() ? " --prune " + prune : "")
          + (beam != nl.verrijk.parse.ParserTrainer.Settings.shipped().beam() ? " --beam " + beam : "")
          + (parseBeam != nl.verrijk.parse.ParserTrainer.Settings.shipped().parseBeam() ? " --parse-beam " + parseBeam
          : "")
          + (tagger != null ? " --tagger " + tagger : ""));
      m.put("model.bytes", String.valueOf(java.nio.file.Files.size(model)));
      m.put("model.features", parser.toString());
      nl.verrijk.corpus.Manifests.update(out.resolve("manifest.properties"), m);
      System.err.println("wrote " + model + " (" + java.nio.file.Files.size(model) / 1024 + " KiB), " + parser);
      return 0;
    }
  }

  /** {@code train lexicon DICT.jar OUTDIR}: the compiled frequency classes and participles of models/lexicon. */
  @Command(name = "lexicon", mixinStandardHelpOptions = true,
      description = "Compiles the speller frequency classes and the verb participles of the LanguageTool Dutch "
          + "dictionary jar (org.languagetool:dutch-pos-dict:0.1) into OUTDIR (about 30 seconds, -Xmx4g).")
  static final class Lexicon implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DICT.jar")
    Path jar;

    @Parameters(index = "1", paramLabel = "OUTDIR")
    Path out;

    @Override
    public Integer call() throws Exception {
      String summary = nl.verrijk.lexicon.LexiconCompiler.compile(jar, out);
      java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
      m.put("model", nl.verrijk.lexicon.LexiconCompiler.FREQUENCIES + " and " + nl.verrijk.lexicon.LexiconCompiler.PARTICIPLES
          + ": the speller frequency classes above 0 and the past participles of the LanguageTool Dutch dictionary");
      m.put("model.contents", summary);
      m.put("training.command", "java -Xmx4g -jar target/verrijk-all.jar train lexicon " + jar + " " + out);
      m.put("training.data", "org.languagetool:dutch-pos-dict:0.1 (nl/spelling/nl_NL.dict, nl/dutch_synth.dict)");
      m.put("training.data.licence", "CC BY 3.0 or BSD (OpenTaal word list)");
      nl.verrijk.corpus.Manifests.update(out.resolve("manifest.properties"), m);
      System.err.println("wrote " + out + ": " + summary);
      return 0;
    }
  }
}
