package nl.verrijk.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed key of a layer of one's own on an {@link Article} (like spaCy's extensions or CoreNLP's
 * annotation keys): {@code LayerKey<Sentiment> SENTIMENT = LayerKey.of("sentiment", Sentiment.class)},
 * then {@code article.toBuilder().with(SENTIMENT, s)} and {@code article.get(SENTIMENT)}. The value is
 * kept in the article's JSON under {@code extensions.NAME}; give the value an immutable type (a
 * record) that Jackson can write and read.
 *
 * @param name the layer's name in the JSON: lower case letters, digits and {@code -}, {@code _} or
 *     {@code .}, starting with a letter ({@code sentiment}, {@code acme.topics})
 * @param type the class of the layer's value
 * @param <T> the type of the layer's value
 */
public record LayerKey<T>(String name, Class<T> type) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]*");

  /** Checks the name and the type. */
  public LayerKey {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(type, "type must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a layer name is lower case letters, digits and - _ . starting with a "
          + "letter, not '" + name + "'");
    }
  }

  /** The key of a layer called {@code name} whose value is a {@code type}. */
  public static <T> LayerKey<T> of(String name, Class<T> type) {
    return new LayerKey<>(name, type);
  }

  /** Reads as {@code sentiment:Sentiment}. */
  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
