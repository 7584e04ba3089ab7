package nl.verrijk.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An enriched news text: the original text, unchanged, and the layers annotators added to it.
 * Immutable; every offset points into {@link #text()}. Build one with {@link #builder(String)}
 * (stable when later layers are added) or get one from {@code Verrijk.enrich(text)}.
 *
 * @param id an identifier chosen by the caller (a file name, say), or null
 * @param text the original text, exactly as given
 * @param referenceTime when the text was read or published, for turning relative ages into
 *     instants; or null
 * @param layers the layers present
 * @param tokens the tokens in text order, non-overlapping; empty before tokenization
 * @param sentences the sentences in text order, covering all tokens; empty before splitting
 * @param structure headline, dateline, body and related items; null before the STRUCTURE layer
 * @param mentions named-entity mentions in text order; empty before the ENTITIES layer
 * @param entities the mentions grouped into the things they name; empty before the ENTITIES layer
 * @param quotes reported statements with their speakers; empty before the QUOTES layer
 * @param keywords the salient terms, most salient first; empty before the KEYWORDS layer
 * @param page the web page the text was extracted from, with its address and metadata; null for
 *     plain text
 * @param extensions the layers of one's own, by name ({@link LayerKey}); a value read from JSON
 *     without its key is kept as plain maps, lists and scalars until {@link #get} asks for it typed
 */
public record Article(
    String id,
    String text,
    Instant referenceTime,
    ImmutableSet<Layer> layers,
    ImmutableList<Token> tokens,
    ImmutableList<Sentence> sentences,
    Structure structure,
    ImmutableList<Mention> mentions,
    ImmutableList<Entity> entities,
    ImmutableList<Quote> quotes,
    ImmutableList<Keyword> keywords,
    Page page,
    com.google.common.collect.ImmutableMap<String, Object> extensions) {

  /** Checks that tokens and sentences are consistent with the text. */
  public Article {
    Objects.requireNonNull(text, "text must not be null");
    layers = layers == null ? ImmutableSet.of() : Sets.immutableEnumSet(layers);
    tokens = tokens == null ? ImmutableList.of() : tokens;
    sentences = sentences == null ? ImmutableList.of() : sentences;
    mentions = mentions == null ? ImmutableList.of() : mentions;
    entities = entities == null ? ImmutableList.of() : entities;
    quotes = quotes == null ? ImmutableList.of() : quotes;
    keywords = keywords == null ? ImmutableList.of() : keywords;
    extensions = extensions == null ? com.google.common.collect.ImmutableMap.of() : extensions;
    ArticleChecks.checkTokens(text, tokens);
    ArticleChecks.checkSentences(tokens, sentences);
  }

  /**
   * The value of a layer of one's own, if the article has it. A value read from JSON is converted to
   * the key's type through {@code nl.verrijk.io.ArticleJson#fromJson(String, LayerKey...)}; asked here
   * without that, it is refused with a message saying so.
   */
  public <T> Optional<T> get(LayerKey<T> key) {
    Object v = extensions.get(Objects.requireNonNull(key, "key must not be null").name());
    if (v == null) {
      return Optional.empty();
    }
    if (!key.type().isInstance(v)) {
      throw new IllegalStateException("layer " + key.name() + " holds a " + v.getClass().getSimpleName() + ", not a "
          + key.type().getSimpleName() + "; read the JSON with ArticleJson.fromJson(json, key) to type it");
    }
    return Optional.of(key.type().cast(v));
  }

  /** Returns an article holding only {@code text}, with no layers yet. */
  public static Article of(String text) {
    return builder(text).build();
  }

  /** Starts building an article over {@code text}. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Returns a builder initialised with this article's content, to make a variant. */
  public Builder toBuilder() {
    Builder b = new Builder(text).id(id).referenceTime(referenceTime).tokens(tokens).sentences(sentences)
        .structure(structure).entities(mentions, entities).quotes(quotes)
        .keywords(keywords).page(page);
    b.extensions.putAll(extensions);
    b.layers.addAll(layers);
    return b;
  }

  /** The headline's text, when the STRUCTURE layer found one. */
  public Optional<String> headline() {
    return structure == null || structure.headline() == null ? Optional.empty() : Optional.of(text(structure.headline()));
  }

  /** Returns whether the layer is present. */
  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** Returns the section a sentence starts in, when the STRUCTURE layer is present. */
  public Optional<Section> section(Sentence sentence) {
    return structure == null ? Optional.empty() : structure.sectionAt(sentence.span().begin());
  }

  /** Returns the tokens of a sentence. */
  public ImmutableList<Token> tokens(Sentence sentence) {
    return tokens(sentence.tokens());
  }

  /** Returns the tokens of a token range. */
  public ImmutableList<Token> tokens(TokenRange range) {
    return tokens.subList(range.start(), range.end());
  }

  /** Returns the characters of a span. */
  public String text(CharSpan span) {
    return span.of(text);
  }

  /** Returns the characters of a sentence. */
  public String text(Sentence sentence) {
    return sentence.span().of(text);
  }

  /** Returns the index of the sentence that holds token {@code tokenIndex}. */
  public int sentenceOf(int tokenIndex) {
    Objects.checkIndex(tokenIndex, tokens.size());
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TokenRange r = sentences.get(mid).tokens();
      if (tokenIndex < r.start()) {
        hi = mid - 1;
      } else if (tokenIndex >= r.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    throw new IllegalStateException("token " + tokenIndex + " lies in no sentence; has the "
        + "SENTENCES layer been added? It is added by " + Layer.SENTENCES.providedBy());
  }

  /**
   * Returns the tokens whose characters a span covers exactly, or empty when the span's ends do not
   * fall on token edges.
   */
  public Optional<TokenRange> align(CharSpan span) {
    int start = firstTokenEndingAfter(span.begin());
    if (start >= tokens.size() || tokens.get(start).begin() != span.begin()) {
      return Optional.empty();
    }
    int end = start;
    while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
      end++;
    }
    if (end == start || tokens.get(end - 1).end() != span.end()) {
      return Optional.empty();
    }
    return Optional.of(new TokenRange(start, end));
  }

  /** Returns the tokens that overlap a span, possibly an empty range. */
  public TokenRange covering(CharSpan span) {
    int start = firstTokenEndingAfter(span.begin());
    int end = start;
    while (end < tokens.size() && tokens.get(end).begin() < span.end()) {
      end++;
    }
    return new TokenRange(start, end);
  }

  private int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns a compact, stable rendering for snapshot tests: one line per sentence with its tokens
   * separated by spaces, each as {@code text}, {@code text/UPOS} or {@code text/UPOS/lemma} as far
   * as the layers go.
   */
  public String snapshot() {
    return ArticleRendering.snapshot(this);
  }

  /**
   * Returns the readable rendering the command line prints with {@code --format text}: headline,
   * byline and sections, entities with their types, quotes with their speakers, then one line per
   * sentence as in {@link #snapshot()}.
   */
  public String render() {
    return ArticleRendering.render(this);
  }

  /**
   * Returns the article as a self-contained HTML page (inline CSS, no scripts): entities highlighted
   * by type, quotes tied to their speakers and cues, the structure, tables of the quotes and
   * entities, and the keywords. The element {@code id="verrijk-text"} holds exactly {@link #text()}.
   */
  public String toHtml() {
    return ArticleHtml.page(this);
  }

  /** Returns who said what as an aligned plain-text table: speaker, role, kind, cue, section, content. */
  public String quotesTable() {
    return QuoteTable.text(this);
  }

  /**
   * The token a token depends on in its sentence's dependency tree; empty for the root of the
   * sentence, and refused with a message naming the parser before the DEPENDENCIES layer.
   */
  public Optional<Token> head(Token token) {
    Integer h = parsed(token).head();
    return h == -1 ? Optional.empty() : Optional.of(tokens.get(h));
  }

  /** The tokens that depend on a token, in text order (spaCy's {@code token.children}). */
  public ImmutableList<Token> dependents(Token token) {
    parsed(token);
    Sentence s = sentences.get(sentenceOf(token.index()));
    ImmutableList.Builder<Token> b = ImmutableList.builder();
    for (Token t : tokens(s)) {
      if (t.head() != null && t.head() == token.index()) {
        b.add(t);
      }
    }
    return b.build();
  }

  /** The root of a sentence's dependency tree (the token whose relation is {@code root}). */
  public Token root(Sentence sentence) {
    for (Token t : tokens(sentence)) {
      if (parsed(t).isRoot()) {
        return t;
      }
    }
    throw new IllegalStateException("sentence " + sentence.index() + " has no root");
  }

  /**
   * The tokens of the subtree a token heads, itself included, in text order (spaCy's {@code
   * token.subtree}); a span of text when the tree is projective.
   */
  public ImmutableList<Token> subtree(Token token) {
    parsed(token);
    Sentence s = sentences.get(sentenceOf(token.index()));
    ImmutableList.Builder<Token> b = ImmutableList.builder();
    for (Token t : tokens(s)) {
      Token x = t;
      int steps = 0;
      while (x.index() != token.index() && !x.isRoot() && steps++ <= s.tokens().size()) {
        x = tokens.get(x.head());
      }
      if (x.index() == token.index()) {
        b.add(t);
      }
    }
    return b.build();
  }

  private Token parsed(Token token) {
    Objects.requireNonNull(token, "token must not be null");
    Token t = tokens.get(Objects.checkIndex(token.index(), tokens.size()));
    if (t.head() == null) {
      throw new IllegalStateException("token " + t + " has no dependency; the DEPENDENCIES layer is added by "
          + Layer.DEPENDENCIES.providedBy());
    }
    return t;
  }

  /** Returns the quotes whose content starts in a section. */
  public ImmutableList<Quote> quotes(Section section) {
    return quotes.stream().filter(q -> section.contains(q.content().begin())).collect(ImmutableList.toImmutableList());
  }

  /** Returns the entity mentions in a section. */
  public ImmutableList<Mention> mentions(Section section) {
    return mentions.stream().filter(m -> section.contains(m.span().begin())).collect(ImmutableList.toImmutableList());
  }

  /** Returns the mentions of an entity. */
  public ImmutableList<Mention> mentions(Entity entity) {
    return entity.mentions().stream().map(mentions::get).collect(ImmutableList.toImmutableList());
  }

  /** Returns the entity a mention belongs to, if any. */
  public Optional<Entity> entityOf(Mention mention) {
    int i = mentions.indexOf(mention);
    return entities.stream().filter(e -> e.mentions().contains(i)).findFirst();
  }

  /** Reads as {@code Article[1843 chars, 312 tokens, 14 sentences, 9 entities, 3 quotes]}. */
  @Override
  public String toString() {
    return "Article[" + (id == null ? "" : id + ", ") + text.length() + " chars, "
        + tokens.size() + " tokens, " + sentences.size() + " sentences"
        + (has(Layer.ENTITIES) ? ", " + entities.size() + " entities" : "")
        + (has(Layer.QUOTES) ? ", " + quotes.size() + " quotes" : "") + "]";
  }

  /** Builds an {@link Article}; the stable way to construct one, in code and in tests. */
  public static final class Builder {
    private final String text;
    private final EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
    private String id;
    private Instant referenceTime;
    private Structure structure;
    private List<Mention> mentions = List.of();
    private List<Entity> entities = List.of();
    private List<Quote> quotes = List.of();
    private List<Keyword> keywords = List.of();
    private Page page;
    private List<Token> tokens = List.of();
    private List<Sentence> sentences = List.of();
    private final List<List<String>> fixtureSentences = new ArrayList<>();
    private final java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text must not be null");
    }

    /** Sets the identifier. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the reference time (when the text was read or published). */
    public Builder referenceTime(Instant referenceTime) {
      this.referenceTime = referenceTime;
      return this;
    }

    /** Sets the structure and marks the STRUCTURE layer present (null clears it). */
    public Builder structure(Structure structure) {
      this.structure = structure;
      if (structure != null) {
        layers.add(Layer.STRUCTURE);
      } else {
        layers.remove(Layer.STRUCTURE);
      }
      return this;
    }

    /** Sets the entity mentions and entities (the ENTITIES layer is marked with {@link #layer}). */
    public Builder entities(List<Mention> mentions, List<Entity> entities) {
      this.mentions = List.copyOf(mentions);
      this.entities = List.copyOf(entities);
      return this;
    }

    /** Sets the quotes (the QUOTES layer is marked with {@link #layer}). */
    public Builder quotes(List<Quote> quotes) {
      this.quotes = List.copyOf(quotes);
      return this;
    }

    /** Sets the keywords (the KEYWORDS layer is marked with {@link #layer}). */
    public Builder keywords(List<Keyword> keywords) {
      this.keywords = List.copyOf(keywords);
      return this;
    }

    /** Sets the web page the text was extracted from (null for plain text). */
    public Builder page(Page page) {
      this.page = page;
      return this;
    }

    /** Sets the tokens and marks the TOKENS layer present. */
    public Builder tokens(List<Token> tokens) {
      this.tokens = List.copyOf(tokens);
      layers.add(Layer.TOKENS);
      return this;
    }

    /** Sets tokens from character spans, computing text and whitespace from the article text. */
    public Builder tokenSpans(List<CharSpan> spans) {
      List<Token> list = new ArrayList<>(spans.size());
      for (int i = 0; i < spans.size(); i++) {
        CharSpan s = spans.get(i);
        int next = i + 1 < spans.size() ? spans.get(i + 1).begin() : text.length();
        list.add(Token.of(i, s.of(text), s.begin(), text.substring(s.end(), Math.max(s.end(), next))));
      }
      return tokens(list);
    }

    /** Sets the sentences and marks the SENTENCES layer present. */
    public Builder sentences(List<Sentence> sentences) {
      this.sentences = List.copyOf(sentences);
      if (!sentences.isEmpty()) {
        layers.add(Layer.SENTENCES);
      }
      return this;
    }

    /** Sets sentences from the sizes in tokens of consecutive sentences. */
    public Builder sentenceSizes(int... sizes) {
      List<Sentence> list = new ArrayList<>();
      int start = 0;
      for (int size : sizes) {
        int end = start + size;
        list.add(new Sentence(list.size(), new CharSpan(tokens.get(start).begin(), tokens.get(end - 1).end()),
            new TokenRange(start, end)));
        start = end;
      }
      layers.add(Layer.SENTENCES);
      this.sentences = list;
      return this;
    }

    /**
     * Adds an expected sentence for a test fixture by its token texts; at {@link #build()} the
     * tokens are found one after another in the text, with only whitespace between them.
     */
    public Builder sentence(String... tokenTexts) {
      fixtureSentences.add(List.of(tokenTexts));
      return this;
    }

    /** Marks a layer present (for layers whose content is on the tokens). */
    public Builder layer(Layer layer) {
      layers.add(layer);
      return this;
    }

    /** Sets the value of a layer of one's own (replacing an earlier one of the same name). */
    public <T> Builder with(LayerKey<T> key, T value) {
      Objects.requireNonNull(key, "key must not be null");
      extensions.put(key.name(), Objects.requireNonNull(value, "value of layer " + key.name() + " must not be null"));
      return this;
    }

    /** Builds the article, checking every offset. */
    public Article build() {
      if (!fixtureSentences.isEmpty()) {
        buildFixture();
      }
      return new Article(id, text, referenceTime, ImmutableSet.copyOf(layers), ImmutableList.copyOf(tokens),
          ImmutableList.copyOf(sentences), structure, ImmutableList.copyOf(mentions), ImmutableList.copyOf(entities),
          ImmutableList.copyOf(quotes), ImmutableList.copyOf(keywords), page,
          com.google.common.collect.ImmutableMap.copyOf(extensions));
    }

    private void buildFixture() {
      List<CharSpan> spans = new ArrayList<>();
      int[] sizes = new int[fixtureSentences.size()];
      int pos = 0;
      for (int s = 0; s < fixtureSentences.size(); s++) {
        for (String t : fixtureSentences.get(s)) {
          int at = text.indexOf(t, pos);
          if (at < 0 || !text.substring(pos, at).isBlank()) {
            throw new IllegalArgumentException("fixture token '" + t + "' does not follow offset " + pos
                + " after only whitespace in the text");
          }
          spans.add(new CharSpan(at, at + t.length()));
          pos = at + t.length();
        }
        sizes[s] = fixtureSentences.get(s).size();
      }
      tokenSpans(spans);
      sentenceSizes(sizes);
    }
  }
}
