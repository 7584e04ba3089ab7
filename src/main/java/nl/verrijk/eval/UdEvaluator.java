package nl.verrijk.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Scores tokenization and sentence splitting against a CoNLL-U file. The raw text is rebuilt from
 * the words: a space after each word unless {@code SpaceAfter=No}, a space between sentences of one
 * paragraph and a line break between paragraphs (paragraphs from the {@code p.N.s.M} sentence ids).
 * Tokens and sentences count as right when their character spans match exactly.
 */
public final class UdEvaluator {

  /**
   * The result.
   *
   * @param tokens token span counts
   * @param sentences sentence span counts
   * @param errors the first differences found, for reading
   */
  public record Result(Prf tokens, Prf sentences, Tags goldTokens, Tags endToEnd, List<String> errors) {

    /**
     * The closing line: {@code tokens_f1=NN.NN sentences_f1=NN.NN}, with {@code upos=NN.NN
     * lemma=NN.NN} (on gold tokens) when the pipeline tags.
     */
    public String summary() {
      String s = String.format(Locale.ROOT, "tokens_f1=%.2f sentences_f1=%.2f", tokens.f1(), sentences.f1());
      return goldTokens == null ? s : s + String.format(Locale.ROOT, " upos=%.2f lemma=%.2f",
          goldTokens.upos(), goldTokens.lemma());
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
      List<Integer> sentenceSizes) {}

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
    String paragraph = null;
    for (Conllu.Sentence s : sentences) {
      if (paragraph != null) {
        text.append(!paragraphs || s.paragraph().equals(paragraph) ? " " : "\n");
      }
      paragraph = s.paragraph();
      int sentenceBegin = text.length();
      for (int i = 0; i < s.words().size(); i++) {
        Conllu.Word w = s.words().get(i);
        CharSpan span = new CharSpan(text.length(), text.length() + w.form().length());
        tokens.add(span);
        words.put(span, w);
        text.append(w.form());
        if (w.spaceAfter() && i + 1 < s.words().size()) {
          text.append(' ');
        }
      }
      sents.add(new CharSpan(sentenceBegin, text.length()));
      sizes.add(s.words().size());
    }
    return new Gold(text.toString(), tokens, sents, words, sizes);
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
    return new Result(new Prf(tokCorrect, a.tokens().size(), gold.tokens().size()),
        new Prf(sentCorrect, a.sentences().size(), gold.sentences().size()),
        tags ? tags(gold, onGoldTokens(gold)) : null, tags ? tags(gold, a) : null, errors);
  }

  /** Runs the pipeline's tagging stages over the gold tokens and sentences. */
  private Article onGoldTokens(Gold gold) {
    Article a = Article.builder(gold.text()).tokenSpans(new ArrayList<>(gold.words().keySet()))
        .sentenceSizes(gold.sentenceSizes().stream().mapToInt(Integer::intValue).toArray()).build();
    for (Annotator annotator : pipeline.annotators()) {
      if (annotator.produces().contains(Layer.POS) || annotator.produces().contains(Layer.LEMMAS)) {
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
      upos += w.upos().equals(t.upos()) ? 1 : 0;
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
    if (showErrors) {
      r.errors().forEach(e -> out.println("  wrong " + e));
    }
    out.println(r.summary());
  }
}
