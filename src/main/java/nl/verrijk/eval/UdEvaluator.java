package nl.verrijk.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verrijk.io.Conllu;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Layer;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.pipeline.Pipeline;

/**
 * Scores tokenization, sentence splitting, tagging and dependency parsing against a CoNLL-U file. The raw text is rebuilt from
 * the words: a space after each word unless {@code SpaceAfter=No}, a space between sentences of one
 * paragraph and a line break between paragraphs (paragraphs from the {@code p.N.s.M} sentence ids).
 * Tokens and sentences count as right when their character spans match exactly. Attachment scores
 * follow the CoNLL 2018 shared task: every word counts, punctuation included; a word is attached
 * right when it is aligned to a gold word and its head to that word's gold head (or both are the
 * root); labelled, the universal part of the relation must match too ({@code nsubj} for {@code
 * nsubj:pass}). From raw text they are F1 over system and gold words; on gold tokens, accuracy.
 */
public final class UdEvaluator {

  /**
   * The result.
   *
   * @param tokens token span counts
   * @param sentences sentence span counts
   * @param errors the first differences found, for reading
   */
  public record Result(Prf tokens, Prf sentences, Tags goldTokens, Tags endToEnd, Attachment parseOnGoldTokens,
      Attachment parseEndToEnd, List<String> errors) {

    /**
     * The closing line: {@code tokens_f1=NN.NN sentences_f1=NN.NN}, with {@code upos=NN.NN
     * lemma=NN.NN} (on gold tokens) when the pipeline tags, and {@code uas=NN.NN las=NN.NN} (on gold
     * tokens) and {@code raw_uas=NN.NN raw_las=NN.NN} (from raw text) when it parses.
     */
    public String summary() {
      String s = String.format(Locale.ROOT, "tokens_f1=%.2f sentences_f1=%.2f", tokens.f1(), sentences.f1());
      if (goldTokens != null) {
        s += String.format(Locale.ROOT, " upos=%.2f lemma=%.2f", goldTokens.upos(), goldTokens.lemma());
      }
      if (parseOnGoldTokens != null) {
        s += String.format(Locale.ROOT, " uas=%.2f las=%.2f raw_uas=%.2f raw_las=%.2f", parseOnGoldTokens.uas().f1(),
            parseOnGoldTokens.las().f1(), parseEndToEnd.uas().f1(), parseEndToEnd.las().f1());
      }
      return s;
    }
  }

  /**
   * Attachment scores.
   *
   * @param uas words with the right head
   * @param las words with the right head and the right universal relation
   */
  public record Attachment(Prf uas, Prf las) {

    /** Reads as {@code UAS 88.10  LAS 84.20  (11046 gold words)}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "UAS %.2f  LAS %.2f  (%d gold words, %d system words)", uas.f1(), las.f1(),
          uas.gold(), uas.predicted());
    }
  }

  /**
   * Tagging accuracy in percent of gold words.
   *
   * @param words gold words
   * @param upos share with the right UPOS
   * @param xpos share with the right XPOS, of words that have one
   * @param lemma share with the right lemma
   */
  public record Tags(long words, double upos, double xpos, double lemma) {

    /** Reads as {@code UPOS 96.10 XPOS 93.20 lemma 96.40 (11046 words)}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "UPOS %.2f  XPOS %.2f  lemma %.2f  (%d words)", upos, xpos, lemma, words);
    }
  }

  /** The gold text rebuilt from a CoNLL-U file, with its token and sentence spans. */
  public record Gold(String text, Set<CharSpan> tokens, Set<CharSpan> sentences, Map<CharSpan, Conllu.Word> words,
      List<Integer> sentenceSizes, Map<CharSpan, CharSpan> heads) {}

  /** The head of a root word in {@link Gold#heads()}. */
  private static final CharSpan ROOT = new CharSpan(0, 0);

  private final Pipeline pipeline;

  /** Creates an evaluator for a pipeline that adds at least tokens and sentences. */
  public UdEvaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Rebuilds the raw text and gold spans of a treebank, paragraphs on lines of their own. */
  public static Gold rebuild(List<Conllu.Sentence> sentences) {
    return rebuild(sentences, true);
  }

  /**
   * Rebuilds the raw text and gold spans of a treebank; without {@code paragraphs} every sentence
   * follows the previous one after a single space, the hardest setting.
   */
  public static Gold rebuild(List<Conllu.Sentence> sentences, boolean paragraphs) {
    StringBuilder text = new StringBuilder();
    Set<CharSpan> tokens = new HashSet<>();
    Set<CharSpan> sents = new HashSet<>();
    Map<CharSpan, Conllu.Word> words = new LinkedHashMap<>();
    List<Integer> sizes = new ArrayList<>();
    Map<CharSpan, CharSpan> heads = new HashMap<>();
    String paragraph = null;
    for (Conllu.Sentence s : sentences) {
      if (paragraph != null) {
        text.append(!paragraphs || s.paragraph().equals(paragraph) ? " " : "\n");
      }
      paragraph = s.paragraph();
      int sentenceBegin = text.length();
      List<CharSpan> spans = new ArrayList<>();
      for (int i = 0; i < s.words().size(); i++) {
        Conllu.Word w = s.words().get(i);
        CharSpan span = new CharSpan(text.length(), text.length() + w.form().length());
        spans.add(span);
        tokens.add(span);
        words.put(span, w);
        text.append(w.form());
        if (w.spaceAfter() && i + 1 < s.words().size()) {
          text.append(' ');
        }
      }
      sents.add(new CharSpan(sentenceBegin, text.length()));
      sizes.add(s.words().size());
      for (int i = 0; i < spans.size(); i++) {
        int h = s.words().get(i).head();
        if (h >= 0 && h <= spans.size()) {
          heads.put(spans.get(i), h == 0 ? ROOT : spans.get(h - 1));
        }
      }
    }
    return new Gold(text.toString(), tokens, sents, words, sizes, heads);
  }

  /** Evaluates on a CoNLL-U file, paragraphs on lines of their own. */
  public Result evaluate(Path conllu) {
    return evaluate(rebuild(Conllu.read(conllu), true));
  }

  /** Evaluates on rebuilt gold text. */
  public Result evaluate(Gold gold) {
    Article a = pipeline.annotate(gold.text());
    List<String> errors = new ArrayList<>();
    long tokCorrect = 0;
    for (Token t : a.tokens()) {
      if (gold.tokens().contains(t.span())) {
        tokCorrect++;
      } else if (errors.size() < 200) {
        errors.add("token    " + context(gold.text(), t.span()));
      }
    }
    long sentCorrect = 0;
    for (Sentence s : a.sentences()) {
      if (gold.sentences().contains(s.span())) {
        sentCorrect++;
      } else if (errors.size() < 400) {
        errors.add("sentence " + context(gold.text(), s.span()));
      }
    }
    boolean tags = a.has(Layer.POS);
    boolean parses = a.has(Layer.DEPENDENCIES) && !gold.heads().isEmpty();
    Article onGold = tags || parses ? onGoldTokens(gold) : null;
    return new Result(new Prf(tokCorrect, a.tokens().size(), gold.tokens().size()),
        new Prf(sentCorrect, a.sentences().size(), gold.sentences().size()),
        tags ? tags(gold, onGold) : null, tags ? tags(gold, a) : null,
        parses ? attachment(gold, onGold) : null, parses ? attachment(gold, a) : null, errors);
  }

  /** Attachment scores of an article's dependencies against the gold trees. */
  static Attachment attachment(Gold gold, Article a) {
    long uas = 0;
    long las = 0;
    for (Token t : a.tokens()) {
      CharSpan goldHead = gold.heads().get(t.span());
      if (goldHead == null || t.head() == null) {
        continue;
      }
      CharSpan head = t.head() < 0 ? ROOT : a.tokens().get(t.head()).span();
      if (head.equals(goldHead)) {
        uas++;
        if (nl.verrijk.parse.DependencyParser.universal(t.deprel())
            .equals(nl.verrijk.parse.DependencyParser.universal(gold.words().get(t.span()).deprel()))) {
          las++;
        }
      }
    }
    long n = gold.heads().size();
    return new Attachment(new Prf(uas, a.tokens().size(), n), new Prf(las, a.tokens().size(), n));
  }



  /** Runs the pipeline's tagging stages over the gold tokens and sentences. */
  private Article onGoldTokens(Gold gold) {
    Article a = Article.builder(gold.text()).tokenSpans(new ArrayList<>(gold.words().keySet()))
        .sentenceSizes(gold.sentenceSizes().stream().mapToInt(Integer::intValue).toArray()).build();
    for (Annotator annotator : pipeline.annotators()) {
      if (annotator.produces().contains(Layer.POS) || annotator.produces().contains(Layer.LEMMAS)
          || annotator.produces().contains(Layer.DEPENDENCIES)) {
        a = annotator.annotate(a);
      }
    }
    return a;
  }

  /** Tag accuracy over all gold words; a gold word whose span the article lacks counts as wrong. */
  private static Tags tags(Gold gold, Article a) {
    long upos = 0;
    long lemma = 0;
    long xpos = 0;
    long xposWords = 0;
    for (Token t : a.tokens()) {
      Conllu.Word w = gold.words().get(t.span());
      if (w == null) {
        continue;
      }
      upos += t.upos() != null && w.upos().equals(t.upos().name()) ? 1 : 0;
      lemma += w.lemma().equals(t.lemma()) ? 1 : 0;
      if (!w.xpos().equals("_")) {
        xposWords++;
        xpos += w.xpos().equals(t.xpos()) ? 1 : 0;
      }
    }
    long n = gold.words().size();
    return new Tags(n, 100.0 * upos / n, xposWords == 0 ? 0 : 100.0 * xpos / xposWords, 100.0 * lemma / n);
  }

  private static String context(String text, CharSpan span) {
    String inside = span.of(text);
    if (inside.length() > 80) {
      inside = inside.substring(0, 38) + " … " + inside.substring(inside.length() - 38);
    }
    return "[" + inside.replace('\n', '¶') + "]  @" + span;
  }

  /** Prints a report, ending with the summary line. */
  public static void print(Result r, boolean showErrors, PrintStream out) {
    out.println("tokens     " + r.tokens());
    out.println("sentences  " + r.sentences());
    if (r.goldTokens() != null) {
      out.println("tagging on gold tokens      " + r.goldTokens());
      out.println("tagging from raw text       " + r.endToEnd());
    }
    if (r.parseOnGoldTokens() != null) {
      out.println("parsing on gold tokens      " + r.parseOnGoldTokens());
      out.println("parsing from raw text       " + r.parseEndToEnd());
    }
    if (showErrors) {
      r.errors().forEach(e -> out.println("  wrong " + e));
    }
    out.println(r.summary());
  }
}
