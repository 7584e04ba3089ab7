package nl.verrijk.ner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Section;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import nl.verrijk.pipeline.Annotator;

/**
 * Adds the entity layer: the mentions a {@link NameRecognizer} finds in the whole article (so its
 * consistency pass sees every sentence), grouped into entities by {@link EntityGrouper}; mentions
 * inside page furniture (when the STRUCTURE layer is present) are left out unless asked for.
 * Immutable and thread-safe.
 */
public final class EntityAnnotator implements Annotator {

  private final NameRecognizer recognizer;
  /** The recognizer for articles with a structure, whose datelines the structure reader has already found. */
  private final NameRecognizer withoutDatelines;
  private final boolean readFurniture;

  /** Wraps a loaded recognizer; mentions in page furniture are left out. */
  public EntityAnnotator(NameRecognizer recognizer) {
    this(recognizer, false);
  }

  private EntityAnnotator(NameRecognizer recognizer, boolean readFurniture) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer must not be null");
    this.withoutDatelines = recognizer.without(List.of("datelines"));
    this.readFurniture = readFurniture;
  }

  /** Returns an annotator with the same recognizer that also keeps mentions in page furniture. */
  public EntityAnnotator includingFurniture() {
    return new EntityAnnotator(recognizer, true);
  }

  /** Returns the annotator with the shipped model, loaded once on first use and shared. */
  public static EntityAnnotator shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final EntityAnnotator INSTANCE = new EntityAnnotator(NameRecognizer.load());
  }

  /** Returns {@code "entities"}. */
  @Override
  public String name() {
    return "entities";
  }

  /** Requires TOKENS and SENTENCES. */
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  /** Uses the structure when present: dateline places, furniture left out. */
  @Override
  public Set<Layer> uses() {
    return EnumSet.of(Layer.STRUCTURE);
  }

  /** Produces ENTITIES. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.ENTITIES);
  }

  /** Returns the article with its mentions and entities. */
  @Override
  public Article annotate(Article article) {
    List<List<String>> sentences = new ArrayList<>(article.sentences().size());
    for (Sentence s : article.sentences()) {
      List<String> forms = new ArrayList<>(s.tokens().size());
      for (Token t : article.tokens(s)) {
        forms.add(t.text());
      }
      sentences.add(forms);
    }
    List<Mention> mentions = new ArrayList<>();
    NameRecognizer r = article.structure() == null ? recognizer : withoutDatelines;
    for (NameSpan n : r.recognize(sentences)) {
      Sentence s = article.sentences().get(n.sentence());
      int from = s.tokens().start() + n.start();
      int to = s.tokens().start() + Math.min(n.end(), s.tokens().size());
      CharSpan span = new CharSpan(article.tokens().get(from).begin(), article.tokens().get(to - 1).end());
      mentions.add(new Mention(n.type(), span, new TokenRange(from, to), s.index(), article.text(span),
          Math.max(0, Math.min(1, n.confidence()))));
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    mentions = new ArrayList<>(MentionRules.apply(article, mentions));
    if (article.structure() != null) {
      if (!readFurniture) {
        mentions.removeIf(m -> article.structure().isFurniture(m.span().begin()));
      }
      datelines(article, mentions);
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    return article.toBuilder().entities(mentions, EntityGrouper.group(mentions)).layer(Layer.ENTITIES).build();
  }

  /**
   * The datelines come from the structure, not from the recognizer's own reading of the words: the
   * place of every dateline the structure reader found is a LOC mention ({@code ASSEN, 14 nov.}) and
   * each of its agencies an ORG mention ({@code (ANP/RTR)}), whatever the recognizer made of them;
   * other mentions overlapping them give way.
   */
  private static void datelines(Article article, List<Mention> mentions) {
    List<Mention> places = new ArrayList<>();
    for (Section s : article.structure().sections()) {
      if (s.dateline() == null) {
        continue;
      }
      CharSpan place = s.dateline().placeSpan();
      if (place != null) {
        add(article, "LOC", place, places);
      }
      int from = place == null ? s.dateline().span().begin() : place.end();
      for (String agency : s.dateline().agencies()) {
        int at = article.text().indexOf(agency, from);
        if (at < 0 || at + agency.length() > s.dateline().span().end()) {
          break;
        }
        add(article, "ORG", new CharSpan(at, at + agency.length()), places);
        from = at + agency.length();
      }
    }
    if (places.isEmpty()) {
      return;
    }
    // mentions and places are both in text order: one merge pass drops the mentions a place overlaps
    List<Mention> kept = new ArrayList<>(mentions.size() + places.size());
    int p = 0;
    for (Mention m : mentions) {
      while (p < places.size() && places.get(p).span().end() <= m.span().begin()) {
        p++;
      }
      boolean overlaps = false;
      for (int q = p; q < places.size() && places.get(q).span().begin() < m.span().end(); q++) {
        overlaps = true;
      }
      if (!overlaps) {
        kept.add(m);
      }
    }
    kept.addAll(places);
    mentions.clear();
    mentions.addAll(kept);
  }

  private static void add(Article article, String label, CharSpan span, List<Mention> out) {
    article.align(span).ifPresent(tokens -> out.add(
        new Mention(label, span, tokens, article.sentenceOf(tokens.start()), article.text(span), 1)));
  }

  /** Reads as {@code EntityAnnotator}. */
  @Override
  public String toString() {
    return readFurniture ? "EntityAnnotator[including furniture]" : "EntityAnnotator";
  }
}
