package nl.verrijk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.sentence.RuleBasedSentenceSplitter;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** An annotator that needs POS and entities, to check the requirement report. */
  private record Needy() implements Annotator {
    @Override public String name() { return "needy"; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.POS, Layer.ENTITIES); }
    @Override public Set<Layer> produces() { return EnumSet.of(Layer.QUOTES); }
    @Override public Article annotate(Article a) { return a; }
  }

  @Test
  void aPipelineForSomeLayersHasTheStagesTheyNeedInOrder() {
    assertThat(Verrijk.pipeline(EnumSet.of(Layer.TOKENS)).annotators()).extracting(Annotator::name)
        .containsExactly("tokenizer");
    assertThat(Verrijk.pipeline(EnumSet.of(Layer.ENTITIES)).produces()).doesNotContain(Layer.POS, Layer.QUOTES)
        .contains(Layer.TOKENS, Layer.SENTENCES, Layer.STRUCTURE, Layer.ENTITIES);
    assertThat(Verrijk.pipeline(EnumSet.of(Layer.QUOTES)).produces()).as("quotes read tags and entities")
        .contains(Layer.POS, Layer.ENTITIES, Layer.QUOTES).doesNotContain(Layer.STEMS);
    assertThat(Verrijk.pipeline().annotators()).extracting(Annotator::name).containsSubsequence("stems", "keywords", "quotes");
    assertThat(Verrijk.pipeline(EnumSet.allOf(Layer.class)).annotators()).extracting(Annotator::name)
        .isEqualTo(Verrijk.pipeline().annotators().stream().map(Annotator::name).toList());
  }

  @Test
  void missingLayersAreAllReportedWhenBuilding() {
    assertThatThrownBy(() -> Pipeline.builder().add(RuleBasedSentenceSplitter.instance()).add(new Needy()).build())
        .isInstanceOf(PipelineException.class)
        .satisfies(e -> assertThat(((PipelineException) e).problems()).hasSize(3))
        .hasMessageContaining("sentences requires layer TOKENS")
        .hasMessageContaining("needy requires layer POS")
        .hasMessageContaining("needy requires layer ENTITIES, which the entity recognizer adds");
  }

  @Test
  void aStageThatUsesALayerAddedAfterItIsRefused() {
    assertThatThrownBy(() -> Pipeline.builder().add(nl.verrijk.tokenize.RuleBasedTokenizer.instance())
        .add(RuleBasedSentenceSplitter.instance()).add(nl.verrijk.quote.RuleBasedQuoteAttributor.instance())
        .add(nl.verrijk.structure.RuleBasedStructureReader.instance()).build())
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("quotes uses layer STRUCTURE, which structure adds after it");
    Pipeline lean = Pipeline.builder().add(nl.verrijk.tokenize.RuleBasedTokenizer.instance())
        .add(RuleBasedSentenceSplitter.instance()).add(nl.verrijk.quote.RuleBasedQuoteAttributor.instance()).build();
    assertThat(lean.describe()).contains("uses [POS, ENTITIES, STRUCTURE] (absent: [POS, ENTITIES, STRUCTURE]");
    assertThat(Verrijk.pipeline().describe()).doesNotContain("absent");
  }

  @Test
  void aStreamIsEnrichedOnThreadsInInputOrderWithFewArticlesInFlight() {
    String seed = Shared.exampleArticle();
    List<Article> in = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      in.add(Article.builder(seed.substring(i * 40) + " Nummer " + i + ".").id("a" + i).build());
    }
    java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger maxAhead = new java.util.concurrent.atomic.AtomicInteger();
    List<Article> out = new ArrayList<>();
    java.util.Iterator<Article> source = new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return taken.get() < in.size();
      }

      @Override
      public Article next() {
        maxAhead.accumulateAndGet(taken.get() - out.size(), Math::max);
        return in.get(taken.getAndIncrement());
      }
    };
    Verrijk.pipeline().annotate(source, 2, out::add);
    assertThat(out).extracting(Article::id).containsExactlyElementsOf(in.stream().map(Article::id).toList());
    assertThat(out.get(7)).isEqualTo(Verrijk.pipeline().annotate(in.get(7)));
    assertThat(maxAhead.get()).as("articles read ahead of the output").isLessThanOrEqualTo(4);
    assertThatThrownBy(() -> Verrijk.pipeline().annotate(in.iterator(), 0, a -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }

  @Test
  void aStageCanBeRemovedOrReplacedByName() {
    Pipeline noQuotes = Verrijk.dutch().remove("quotes").build();
    assertThat(noQuotes.toString()).doesNotContain("quotes");
    assertThat(noQuotes.annotate("\"Ja\", zei hij.").quotes()).isEmpty();
    Pipeline withFurniture = Verrijk.dutch().replace("quotes", nl.verrijk.quote.RuleBasedQuoteAttributor.includingFurniture())
        .build();
    assertThat(withFurniture.annotators()).contains(nl.verrijk.quote.RuleBasedQuoteAttributor.includingFurniture());
    assertThatThrownBy(() -> Verrijk.dutch().remove("parser")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no stage named parser in [tokenizer, sentences, structure");
  }

  @Test
  void describeListsTheStages() {
    assertThat(Verrijk.pipeline().describe()).contains("1. tokenizer").contains("2. sentences");
    assertThat(Verrijk.pipeline().toString()).startsWith("Pipeline[tokenizer -> sentences -> structure -> ");
    assertThat(Verrijk.pipeline().produces()).contains(Layer.TOKENS, Layer.SENTENCES);
  }

  @Test
  void nullTextGivesAClearMessage() {
    assertThatThrownBy(() -> Verrijk.enrich(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text must not be null");
  }

  @Test
  void threadsGiveTheSameArticlesAsOneThread() throws Exception {
    String seed = Shared.exampleArticle();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(seed.substring(i * 50) + " Nummer " + i + ".");
    }
    List<Article> sequential = texts.stream().map(Verrijk::enrich).toList();
    assertThat(Verrijk.pipeline().annotateAll(texts)).isEqualTo(sequential);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> Verrijk.enrich(t)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }
}
