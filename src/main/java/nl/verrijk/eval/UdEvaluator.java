package nl.verrijk.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verrijk.io.Conllu;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
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
  public record Result(Prf tokens, Prf sentences, List<String> errors) {

    /** The closing line: {@code tokens_f1=NN.NN sentences_f1=NN.NN}. */
    public String summary() {
      return String.format(Locale.ROOT, "tokens_f1=%.2f sentences_f1=%.2f", tokens.f1(), sentences.f1());
    }
  }

  /** The gold text rebuilt from a CoNLL-U file, with its token and sentence spans. */
  public record Gold(String text, Set<CharSpan> tokens, Set<CharSpan> sentences) {}

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
    String paragraph = null;
    for (Conllu.Sentence s : sentences) {
      if (paragraph != null) {
        text.append(!paragraphs || s.paragraph().equals(paragraph) ? " " : "\n");
      }
      paragraph = s.paragraph();
      int sentenceBegin = text.length();
      for (int i = 0; i < s.words().size(); i++) {
        Conllu.Word w = s.words().get(i);
        tokens.add(new CharSpan(text.length(), text.length() + w.form().length()));
        text.append(w.form());
        if (w.spaceAfter() && i + 1 < s.words().size()) {
          text.append(' ');
        }
      }
      sents.add(new CharSpan(sentenceBegin, text.length()));
    }
    return new Gold(text.toString(), tokens, sents);
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
    return new Result(new Prf(tokCorrect, a.tokens().size(), gold.tokens().size()),
        new Prf(sentCorrect, a.sentences().size(), gold.sentences().size()), errors);
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
    if (showErrors) {
      r.errors().forEach(e -> out.println("  wrong " + e));
    }
    out.println(r.summary());
  }
}
