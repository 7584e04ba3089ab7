package example;

import java.util.EnumSet;
import java.util.Set;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.model.LayerKey;
import nl.verrijk.pipeline.Annotator;
import nl.verrijk.pipeline.Pipeline;

/** A consumer's own layer: the questions of a text, added by its own annotator in a trimmed pipeline. */
public final class Questions {
  private Questions() {}

  /** The layer's value. */
  public record Count(int questions) {}

  /** The layer's key. */
  public static final LayerKey<Count> KEY = LayerKey.of("example.questions", Count.class);

  /** The default stages without the quote attributor, with the question counter in its place. */
  public static Pipeline pipeline() {
    return Verrijk.dutch().replace("quotes", new Counter()).remove("keywords").remove("stems").build();
  }

  /** Counts the sentences that end in a question mark. */
  static final class Counter implements Annotator {
    @Override
    public String name() {
      return "questions";
    }

    @Override
    public Set<Layer> requires() {
      return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public Article annotate(Article a) {
      int n = (int) a.sentences().stream().filter(s -> a.text(s).strip().endsWith("?")).count();
      return a.toBuilder().with(KEY, new Count(n)).build();
    }
  }
}
