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
import nl.verrijk.model.Article;
import nl.verrijk.pipeline.VerrijkException;

/**
 * Standoff JSON for articles: the original text plus each present layer, with a
 * {@code schemaVersion}. Writing and reading round-trips exactly.
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
      .build();

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
    return root;
  }

  /** Returns the article as compact JSON on one line. */
  public static String toJson(Article article) {
    return toTree(article).toString();
  }

  /** Returns the article as indented JSON. */
  public static String toPrettyJson(Article article) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(article));
    } catch (JsonProcessingException e) {
      throw new VerrijkException("could not write article as JSON: " + e.getMessage(), e);
    }
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
      return MAPPER.treeToValue(root, Article.class);
    } catch (JsonProcessingException e) {
      throw new VerrijkException("not valid article JSON: " + e.getOriginalMessage(), e);
    }
  }
}
