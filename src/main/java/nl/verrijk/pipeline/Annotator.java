package nl.verrijk.pipeline;

import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;

/**
 * One stage of a pipeline: reads the layers it requires and returns a new article with the layers
 * it produces added. Implementations are immutable and safe to share across threads.
 */
public interface Annotator {

  /** A short name for {@link Pipeline#describe()} and error messages. */
  String name();

  /** The layers that must be present before this annotator runs. */
  Set<Layer> requires();

  /**
   * The layers this annotator reads when they are present and does better with (the quote
   * attributor reads part of speech, entities and structure); none by default. A pipeline refuses
   * an order in which a later stage adds a layer an earlier one uses, and {@link
   * Pipeline#describe()} names the used layers that no stage adds.
   */
  default Set<Layer> uses() {
    return Set.of();
  }

  /** The layers this annotator adds. */
  Set<Layer> produces();

  /** Returns {@code article} with this annotator's layers added; never modifies its input. */
  Article annotate(Article article);
}
