package nl.verrijk.pos;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.model.Upos;
import nl.verrijk.pipeline.Annotator;

/**
 * Adds UPOS, Alpino XPOS and lemmas to every token, sentence by sentence, with a
 * {@link PosLemmaTagger} loaded once. Immutable and thread-safe.
 */
public final class PosAnnotator implements Annotator {

  private final PosLemmaTagger tagger;

  /** Wraps a loaded tagger. */
  public PosAnnotator(PosLemmaTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger must not be null");
  }

  /** Returns the annotator with the shipped models, loaded once on first use and shared. */
  public static PosAnnotator shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final PosAnnotator INSTANCE = new PosAnnotator(PosLemmaTagger.load());
  }

  /** Returns {@code "pos"}. */
  @Override
  public String name() {
    return "pos";
  }

  /** Requires TOKENS and SENTENCES. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  /** Produces POS and LEMMAS. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.POS, Layer.LEMMAS);
  }

  /**
   * Returns the article with tags and lemmas on its tokens. A name found plural somewhere in the article ("ruim
   * 2000 Humvees": Humvee) is plural with the same lemma wherever else it stands as a name ("kapotte Humvees").
   */
  @Override
  public Article annotate(Article article) {
    List<Token> tokens = new ArrayList<>(article.tokens().size());
    List<PosTags> tags = new ArrayList<>(article.tokens().size());
    for (Sentence s : article.sentences()) {
      List<Token> sentence = article.tokens(s);
      List<String> forms = new ArrayList<>(sentence.size());
      for (Token t : sentence) {
        forms.add(t.text());
      }
      tokens.addAll(sentence);
      tags.addAll(tagger.tag(forms));
    }
    Map<String, PosTags> pluralNames = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      PosTags p = tags.get(i);
      if (isName(p) && p.xpos().startsWith(PLURAL_NAME) && !p.lemma().equals(tokens.get(i).text())) {
        pluralNames.putIfAbsent(tokens.get(i).text(), p);
      }
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      PosTags p = tags.get(i);
      PosTags plural = pluralNames.get(tokens.get(i).text());
      if (plural != null && isName(p) && p.lemma().equals(tokens.get(i).text())) {
        p = plural;
      }
      out.add(tokens.get(i).withPos(p.upos(), p.xpos()).withLemma(p.lemma()));
    }
    return article.toBuilder().tokens(out).layer(Layer.POS).layer(Layer.LEMMAS).build();
  }

  private static final String PLURAL_NAME = "N|eigen|mv";

  private static boolean isName(PosTags p) {
    return p.upos() == Upos.PROPN && p.xpos().startsWith("N|eigen|");
  }

  /** Reads as {@code PosAnnotator}. */
  @Override
  public String toString() {
    return "PosAnnotator";
  }
}
