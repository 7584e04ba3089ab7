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
