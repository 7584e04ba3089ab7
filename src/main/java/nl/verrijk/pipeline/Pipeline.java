package nl.verrijk.pipeline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;

/**
 * An ordered chain of annotators, checked once when built. Immutable and safe to share across
 * threads: resources are loaded by the annotators once, when the pipeline is built.
 */
public final class Pipeline {

  private final ImmutableList<Annotator> annotators;

  private Pipeline(List<Annotator> annotators) {
    this.annotators = ImmutableList.copyOf(annotators);
  }

  /** Starts an empty pipeline builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the annotators in order. */
  public ImmutableList<Annotator> annotators() {
    return annotators;
  }

  /** Returns the layers the pipeline's articles carry. */
  public Set<Layer> produces() {
    EnumSet<Layer> all = EnumSet.noneOf(Layer.class);
    annotators.forEach(a -> all.addAll(a.produces()));
    return all;
  }

  /** Enriches a text. */
  public Article annotate(String text) {
    return annotate(null, text);
  }

  /** Enriches a text, giving the article an identifier (a file name, say). */
  public Article annotate(String id, String text) {
    Objects.requireNonNull(text, "text must not be null: pass \"\" for an empty article");
    return annotate(Article.builder(text).id(id).build());
  }

  /** Runs every annotator over an existing article. */
  public Article annotate(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    Article a = article;
    for (Annotator annotator : annotators) {
      a = annotator.annotate(a);
    }
    return a;
  }

  /** Enriches many texts in parallel on the common fork-join pool; the result keeps their order. */
  public List<Article> annotateAll(List<String> texts) {
    Objects.requireNonNull(texts, "texts must not be null");
    return texts.parallelStream().map(this::annotate).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Enriches a stream of articles on {@code threads} threads and hands each result to {@code sink}
   * in input order, on the calling thread; at most {@code 2 * threads} articles are in flight, so
   * memory stays constant however long the stream. Ids and reference times come with the articles.
   * An annotator's exception stops the run and is rethrown.
   */
  public void annotate(java.util.Iterator<Article> articles, int threads, java.util.function.Consumer<Article> sink) {
    annotate(articles, threads, a -> a, sink);
  }

  /**
   * As {@link #annotate(java.util.Iterator, int, java.util.function.Consumer)}, with {@code finish}
   * (rendering the article as JSON, say) run on the worker thread after the annotators.
   */
  public <T> void annotate(java.util.Iterator<Article> articles, int threads,
      java.util.function.Function<? super Article, T> finish, java.util.function.Consumer<T> sink) {
    Objects.requireNonNull(articles, "articles must not be null");
    Objects.requireNonNull(finish, "finish must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (threads == 1) {
      articles.forEachRemaining(a -> sink.accept(finish.apply(annotate(a))));
      return;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "verrijk-annotate");
      t.setDaemon(true);
      return t;
    });
    java.util.ArrayDeque<java.util.concurrent.Future<T>> inFlight = new java.util.ArrayDeque<>();
    try {
      while (articles.hasNext() || !inFlight.isEmpty()) {
        while (articles.hasNext() && inFlight.size() < 2 * threads) {
          Article next = articles.next();
          inFlight.add(pool.submit(() -> finish.apply(annotate(next))));
        }
        sink.accept(inFlight.remove().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerrijkException("interrupted while enriching", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new VerrijkException(e.getCause().toString(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Lists the stages with what each requires and produces. */
  public String describe() {
    StringBuilder sb = new StringBuilder("Pipeline:\n");
    EnumSet<Layer> all = EnumSet.noneOf(Layer.class);
    annotators.forEach(a -> all.addAll(a.produces()));
    for (int i = 0; i < annotators.size(); i++) {
      Annotator a = annotators.get(i);
      sb.append(String.format("  %d. %-28s requires %-22s produces %s", i + 1, a.name(),
          a.requires(), a.produces()));
      if (!a.uses().isEmpty()) {
        EnumSet<Layer> absent = EnumSet.noneOf(Layer.class);
        a.uses().stream().filter(l -> !all.contains(l)).forEach(absent::add);
        sb.append(" uses ").append(a.uses().stream().sorted().toList());
        if (!absent.isEmpty()) {
          sb.append(" (absent: ").append(absent).append(", so it does less)");
        }
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** Reads as {@code Pipeline[tokenizer -> sentences]}. */
  @Override
  public String toString() {
    return annotators.stream().map(Annotator::name).collect(Collectors.joining(" -> ", "Pipeline[", "]"));
  }

  /** Builds a {@link Pipeline}, checking every requirement at once. */
  public static final class Builder {
    private final List<Annotator> annotators = new ArrayList<>();

    private Builder() {}

    /** Appends an annotator. */
    public Builder add(Annotator annotator) {
      annotators.add(Objects.requireNonNull(annotator, "annotator must not be null"));
      return this;
    }

    /** Removes the stage of this name ({@link Annotator#name()}); refuses a name no stage has. */
    public Builder remove(String name) {
      int i = indexOf(name);
      annotators.remove(i);
      return this;
    }

    /** Puts {@code annotator} in the place of the stage of this name; refuses a name no stage has. */
    public Builder replace(String name, Annotator annotator) {
      annotators.set(indexOf(name), Objects.requireNonNull(annotator, "annotator must not be null"));
      return this;
    }

    private int indexOf(String name) {
      for (int i = 0; i < annotators.size(); i++) {
        if (annotators.get(i).name().equals(name)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no stage named " + name + " in " + annotators.stream().map(Annotator::name)
          .collect(Collectors.joining(", ", "[", "]")));
    }

    /** Builds the pipeline, or throws a {@link PipelineException} naming every missing layer. */
    public Pipeline build() {
      List<String> problems = new ArrayList<>();
      EnumSet<Layer> present = EnumSet.noneOf(Layer.class);
      for (int i = 0; i < annotators.size(); i++) {
        Annotator a = annotators.get(i);
        for (Layer needed : a.requires()) {
          if (!present.contains(needed)) {
            problems.add(a.name() + " requires layer " + needed + ", which " + needed.providedBy()
                + " adds; put it earlier in the pipeline");
          }
        }
        for (Layer used : a.uses()) {
          for (Annotator later : annotators.subList(i + 1, annotators.size())) {
            if (!present.contains(used) && later.produces().contains(used)) {
              problems.add(a.name() + " uses layer " + used + ", which " + later.name()
                  + " adds after it; put " + later.name() + " earlier in the pipeline");
            }
          }
        }
        present.addAll(a.produces());
      }
      if (!problems.isEmpty()) {
        throw new PipelineException(problems);
      }
      return new Pipeline(annotators);
    }
  }
}
