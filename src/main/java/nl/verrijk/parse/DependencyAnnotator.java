package nl.verrijk.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.verrijk.model.Article;
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

  /** Returns the article with a head and relation on every token. */
  @Override
  public Article annotate(Article article) {
    List<Token> out = new ArrayList<>(article.tokens().size());
    List<String> relations = parser.relations();
    for (Sentence s : article.sentences()) {
      List<Token> sentence = article.tokens(s);
      int n = sentence.size();
      List<String> forms = new ArrayList<>(n);
      List<String> upos = new ArrayList<>(n);
      List<String> xpos = new ArrayList<>(n);
      List<String> lemmas = new ArrayList<>(n);
      for (Token t : sentence) {
        forms.add(t.text());
        upos.add(t.upos());
        xpos.add(t.xpos() == null ? "_" : t.xpos());
        lemmas.add(t.lemma());
      }
      int[] rel = new int[n];
      int[] heads = parser.parse(forms, upos, xpos, lemmas, rel);
      int first = s.tokens().start();
      for (int i = 0; i < n; i++) {
        out.add(sentence.get(i).withDependency(heads[i] < 0 ? -1 : first + heads[i], relations.get(rel[i])));
      }
    }
    return article.toBuilder().tokens(out).layer(Layer.DEPENDENCIES).build();
  }

  /** Reads as {@code DependencyAnnotator}. */
  @Override
  public String toString() {
    return "DependencyAnnotator";
  }
}
