package nl.verrijk.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.pipeline.Annotator;

/**
 * Adds the DEPENDENCIES layer: every sentence parsed by a {@link DependencyParser} from its words,
 * tags and lemmas, each token given its head and relation. Immutable and thread-safe.
 */
public final class DependencyAnnotator implements Annotator {

  private final DependencyParser parser;

  /** Wraps a loaded parser. */
  public DependencyAnnotator(DependencyParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser must not be null");
  }

  /** Returns the annotator with the shipped parser, loaded once on first use and shared. */
  public static DependencyAnnotator shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final DependencyAnnotator INSTANCE = new DependencyAnnotator(DependencyParser.shipped());
  }

  /** Returns {@code "parse"}. */
  @Override
  public String name() {
    return "parse";
  }

  /** Requires TOKENS, SENTENCES, POS and LEMMAS. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS);
  }

  /** Produces DEPENDENCIES. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.DEPENDENCIES);
  }

  /** Uses STRUCTURE when present: its datelines. */
  @Override
  public Set<Layer> uses() {
    return EnumSet.of(Layer.STRUCTURE);
  }

  /**
   * Returns the article with a head and relation on every token. A dateline that opens a sentence
   * ({@code AMSTERDAM (ANP) -}) is parsed apart from the sentence after it, which the treebank's
   * sentences resemble, and its root hangs on that sentence's root as {@code parataxis}.
   */
  @Override
  public Article annotate(Article article) {
    List<Token> out = new ArrayList<>(article.tokens().size());
    List<CharSpan> datelines = datelines(article);
    int next = 0; // the first dateline that does not end before the sentence: both go in text order
    for (Sentence s : article.sentences()) {
      List<Token> sentence = article.tokens(s);
      int n = sentence.size();
      while (next < datelines.size() && n > 0 && datelines.get(next).end() <= sentence.get(0).begin()) {
        next++;
      }
      CharSpan d = next < datelines.size() ? datelines.get(next) : null;
      int k = 0;
      while (d != null && k < n && sentence.get(k).begin() >= d.begin() && sentence.get(k).end() <= d.end()) {
        k++;
      }
      int first = s.tokens().start();
      if (k == 0 || k == n) {
        parse(sentence, first, -1, out);
      } else {
        List<Token> body = new ArrayList<>(n - k);
        int bodyRoot = parse(sentence.subList(k, n), first + k, -1, body);
        parse(sentence.subList(0, k), first, bodyRoot, out);
        out.addAll(body);
      }
    }
    return article.toBuilder().tokens(out).layer(Layer.DEPENDENCIES).build();
  }

  private static List<CharSpan> datelines(Article article) {
    List<CharSpan> spans = new ArrayList<>();
    if (article.has(Layer.STRUCTURE) && article.structure() != null) {
      if (article.structure().dateline() != null) {
        spans.add(article.structure().dateline().span());
      }
      for (var section : article.structure().sections()) {
        if (section.dateline() != null) {
          spans.add(section.dateline().span());
        }
      }
    }
    spans.sort(java.util.Comparator.comparingInt(CharSpan::begin));
    return spans;
  }

  /**
   * Parses the tokens (article indices from {@code first}) into {@code out}; the root gets the head
   * {@code rootHead} with {@code parataxis} when that is not -1. Returns the root's article index.
   */
  private int parse(List<Token> tokens, int first, int rootHead, List<Token> out) {
    int n = tokens.size();
    List<String> forms = new ArrayList<>(n);
    List<String> upos = new ArrayList<>(n);
    List<String> xpos = new ArrayList<>(n);
    List<String> lemmas = new ArrayList<>(n);
    for (Token t : tokens) {
      forms.add(t.text());
      upos.add(t.upos().name());
      xpos.add(t.xpos() == null ? "_" : t.xpos());
      lemmas.add(t.lemma());
    }
    int[] rel = new int[n];
    int[] heads = parser.parse(forms, upos, xpos, lemmas, rel);
    List<String> relations = parser.relations();
    int root = -1;
    for (int i = 0; i < n; i++) {
      boolean isRoot = heads[i] < 0;
      if (isRoot) {
        root = first + i;
      }
      out.add(tokens.get(i).withDependency(isRoot ? rootHead : first + heads[i],
          isRoot && rootHead >= 0 ? "parataxis" : relations.get(rel[i])));
    }
    return root;
  }

  /** Reads as {@code DependencyAnnotator}. */
  @Override
  public String toString() {
    return "DependencyAnnotator";
  }
}
