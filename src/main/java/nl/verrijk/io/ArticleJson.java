package nl.verrijk.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Objects;
import java.util.OptionalInt;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.model.LayerKey;
import nl.verrijk.pipeline.VerrijkException;

/**
 * Standoff JSON for articles: the original text plus each present layer, with a
 * {@code schemaVersion}. Writing and reading round-trips exactly. In schema version 1 the layer
 * {@code STEMS} stands for the stems and the keywords ranked from them, as it did before
 * {@code KEYWORDS} was a layer of its own: an article with both lists {@code STEMS} only, and one
 * with stems but no ranked keywords has no {@code keywords} array.
 */
public final class ArticleJson {

  /** The version of the JSON layout this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new GuavaModule())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("verrijk-entity-index")
          .addSerializer(OptionalInt.class, new EntityIndexWriter())
          .addDeserializer(OptionalInt.class, new EntityIndexReader()))
      .addMixIn(Article.class, ArticleMixIn.class)
      .filterProvider(new com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider()
          .addFilter(ArticleMixIn.FILTER, new UnrankedKeywordsFilter()))
      .addMixIn(nl.verrijk.model.Token.class, TokenMixIn.class)
      .build();

  /** An entity index (a speaker's) is written as the index, or {@code -1} for none, as the JSON always had it. */
  private static final class EntityIndexWriter extends com.fasterxml.jackson.databind.ser.std.StdSerializer<OptionalInt> {
    EntityIndexWriter() {
      super(OptionalInt.class);
    }

    @Override
    public void serialize(OptionalInt value, com.fasterxml.jackson.core.JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      gen.writeNumber(value.orElse(-1));
    }
  }

  /** Reads an entity index written by {@link EntityIndexWriter}: a negative number is none. */
  private static final class EntityIndexReader
      extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<OptionalInt> {
    EntityIndexReader() {
      super(OptionalInt.class);
    }

    @Override
    public OptionalInt deserialize(com.fasterxml.jackson.core.JsonParser p,
        com.fasterxml.jackson.databind.DeserializationContext ctx) throws java.io.IOException {
      int i = p.getIntValue();
      return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    @Override
    public OptionalInt getNullValue(com.fasterxml.jackson.databind.DeserializationContext ctx) {
      return OptionalInt.empty();
    }
  }

  /** A token's {@code isRoot()} is read from its head; it is not a field of its own. */
  private abstract static class TokenMixIn {
    @com.fasterxml.jackson.annotation.JsonIgnore
    abstract boolean isRoot();
  }

  /**
   * How an article is written: {@code schemaVersion} first (an attribute of the writer), and no
   * {@code extensions} when there are none; so an article streams straight to text, without a tree.
   */
  @com.fasterxml.jackson.databind.annotation.JsonAppend(prepend = true,
      attrs = @com.fasterxml.jackson.databind.annotation.JsonAppend.Attr("schemaVersion"))
  @com.fasterxml.jackson.annotation.JsonFilter(ArticleMixIn.FILTER)
  private abstract static class ArticleMixIn {
    static final String FILTER = "verrijk-article";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract com.google.common.collect.ImmutableMap<String, Object> extensions();

    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = LayersWriter.class)
    abstract com.google.common.collect.ImmutableSet<Layer> layers();
  }

  /** Writes the layers as schema version 1 has them: {@code KEYWORDS} is implied by {@code STEMS}. */
  private static final class LayersWriter
      extends com.fasterxml.jackson.databind.ser.std.StdSerializer<com.google.common.collect.ImmutableSet<Layer>> {
    @SuppressWarnings("unchecked")
    LayersWriter() {
      super((Class<com.google.common.collect.ImmutableSet<Layer>>) (Class<?>) com.google.common.collect.ImmutableSet.class);
    }

    @Override
    public void serialize(com.google.common.collect.ImmutableSet<Layer> layers, com.fasterxml.jackson.core.JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      gen.writeStartArray();
      for (Layer l : layers) {
        if (l != Layer.KEYWORDS || !layers.contains(Layer.STEMS)) {
          gen.writeString(l.name());
        }
      }
      gen.writeEndArray();
    }
  }

  /** Leaves the {@code keywords} array out of an article with stems whose keywords were not ranked. */
  private static final class UnrankedKeywordsFilter extends com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter {
    @Override
    public void serializeAsField(Object pojo, com.fasterxml.jackson.core.JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider,
        com.fasterxml.jackson.databind.ser.PropertyWriter writer) throws Exception {
      if (!(writer.getName().equals("keywords") && pojo instanceof Article a && unranked(a.layers()))) {
        writer.serializeAsField(pojo, gen, provider);
      }
    }
  }

  private static boolean unranked(java.util.Set<Layer> layers) {
    return layers.contains(Layer.STEMS) && !layers.contains(Layer.KEYWORDS);
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter WRITER =
      MAPPER.writer().withAttribute("schemaVersion", SCHEMA_VERSION);
  private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY =
      MAPPER.writerWithDefaultPrettyPrinter().withAttribute("schemaVersion", SCHEMA_VERSION);

  private ArticleJson() {}

  /** Returns the shared, configured mapper (thread-safe). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Returns the article as a JSON tree starting with {@code schemaVersion}. */
  public static ObjectNode toTree(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.setAll((ObjectNode) MAPPER.valueToTree(article));
    if (article.extensions().isEmpty()) {
      root.remove("extensions");
    }
    return root;
  }

  /** Returns the article as compact JSON on one line. */
  public static String toJson(Article article) {
    return write(WRITER, article);
  }

  /** Returns the article as indented JSON. */
  public static String toPrettyJson(Article article) {
    return write(PRETTY, article);
  }

  private static String write(com.fasterxml.jackson.databind.ObjectWriter writer, Article article) {
    Objects.requireNonNull(article, "article must not be null");
    try {
      return writer.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new VerrijkException("could not write article as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an article written by {@link #toJson}, giving the layers of one's own named by {@code keys}
   * their types ({@code article.get(key)}); other such layers are kept as read-only maps, lists and
   * scalars, and written back as they were.
   */
  public static Article fromJson(String json, LayerKey<?>... keys) {
    Article a = fromJson(json);
    Article.Builder b = null;
    for (LayerKey<?> key : keys) {
      Object v = a.extensions().get(key.name());
      if (v != null) {
        b = b == null ? a.toBuilder() : b;
        typed(b, key, v);
      }
    }
    return b == null ? a : b.build();
  }

  private static <T> void typed(Article.Builder b, LayerKey<T> key, Object plain) {
    try {
      b.with(key, MAPPER.convertValue(plain, key.type()));
    } catch (IllegalArgumentException e) {
      throw new VerrijkException("layer " + key.name() + " in the JSON is no " + key.type().getSimpleName() + ": "
          + e.getMessage(), e);
    }
  }

  /** Maps and lists read from JSON, made read-only all the way down. */
  private static Object readOnly(Object v) {
    if (v instanceof java.util.Map<?, ?> m) {
      java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
      m.forEach((k, x) -> copy.put(k, readOnly(x)));
      return java.util.Collections.unmodifiableMap(copy);
    }
    if (v instanceof java.util.List<?> l) {
      return java.util.Collections.unmodifiableList(l.stream().map(ArticleJson::readOnly).toList());
    }
    return v;
  }

  /** Reads an article written by {@link #toJson}; refuses other schema versions with a clear message. */
  public static Article fromJson(String json) {
    Objects.requireNonNull(json, "json must not be null");
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (!(tree instanceof ObjectNode root)) {
        throw new VerrijkException("article JSON must be an object, not " + tree.getNodeType());
      }
      int version = root.path("schemaVersion").asInt(-1);
      if (version != SCHEMA_VERSION) {
        throw new VerrijkException("article JSON has schemaVersion " + root.get("schemaVersion")
            + "; this Verrijk reads version " + SCHEMA_VERSION);
      }
      root.remove("schemaVersion");
      if (root.get("layers") instanceof com.fasterxml.jackson.databind.node.ArrayNode layers && root.has("keywords")) {
        java.util.Set<String> names = new java.util.HashSet<>();
        layers.forEach(l -> names.add(l.asText()));
        if (names.contains(Layer.STEMS.name()) && !names.contains(Layer.KEYWORDS.name())) {
          layers.add(Layer.KEYWORDS.name());
        }
      }
      Article a = MAPPER.treeToValue(root, Article.class);
      if (a.extensions().isEmpty()) {
        return a;
      }
      com.google.common.collect.ImmutableMap.Builder<String, Object> plain = com.google.common.collect.ImmutableMap.builder();
      a.extensions().forEach((k, v) -> plain.put(k, readOnly(v)));
      return new Article(a.id(), a.text(), a.referenceTime(), a.layers(), a.tokens(), a.sentences(), a.structure(),
          a.mentions(), a.entities(), a.quotes(), a.keywords(), a.page(), plain.buildOrThrow());
    } catch (JsonProcessingException e) {
      throw new VerrijkException("not valid article JSON: " + e.getOriginalMessage(), e);
    }
  }
}
