package nl.verrijk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.verrijk.Verrijk;
import nl.verrijk.quote.RuleBasedQuoteAttributor;
import nl.verrijk.sentence.RuleBasedSentenceSplitter;
import nl.verrijk.structure.RuleBasedStructureReader;
import nl.verrijk.tokenize.RuleBasedTokenizer;
import org.junit.jupiter.api.Test;

/**
 * Cost grows with the text, not faster: one long text takes at most 1.5 times as long as the same
 * text cut into the real articles it is made of (best of two runs each, so a busy machine does
 * not fail the build). The rule-based stages on the real articles joined eight times (2.3 MB); the whole
 * pipeline on them joined once (280 KB).
 */
class LinearCostTest {

  private static List<String> articles(int copies) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("testdata/articles"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      docs.addAll(texts);
    }
    return docs;
  }

  private static double ratio(Pipeline p, List<String> docs) {
    String whole = String.join("\n\n", docs);
    docs.forEach(p::annotate); // warm the code paths
    long pieces = Long.MAX_VALUE;
    long one = Long.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      long t0 = System.nanoTime();
      docs.forEach(p::annotate);
      pieces = Math.min(pieces, System.nanoTime() - t0);
      long t1 = System.nanoTime();
      p.annotate(whole);
      one = Math.min(one, System.nanoTime() - t1);
    }
    return (double) one / pieces;
  }

  @Test
  void theRuleBasedStagesAreLinearOnTwoMegabytes() throws IOException {
    Pipeline rules = Pipeline.builder().add(RuleBasedTokenizer.instance()).add(RuleBasedSentenceSplitter.instance())
        .add(RuleBasedStructureReader.instance()).add(RuleBasedQuoteAttributor.instance()).build();
    List<String> docs = articles(8);
    assertThat(String.join("\n\n", docs).length()).isGreaterThan(2_000_000);
    assertThat(ratio(rules, docs)).isLessThan(1.5);
  }

  @Test
  void theWholePipelineIsLinearOnFourHundredKilobytes() throws IOException {
    List<String> docs = articles(1);
    assertThat(ratio(Verrijk.pipeline(), docs)).isLessThan(1.5);
  }

  @Test
  void speakersOfAThousandPronounQuotesAreLinear() {
    // every paragraph a person, a quote with speech nested in it and two pronoun speakers: the
    // resolver once scanned every earlier quote and mention per pronoun
    List<String> docs = new ArrayList<>();
    for (int d = 0; d < 24; d++) {
      StringBuilder b = new StringBuilder("Overleg in Gent\n\n");
      for (int i = 0; i < 50; i++) {
        b.append("Minister Karin Bakker").append(d * 50 + i).append(" sprak in Gent. \"Dit is zin ").append(i)
            .append(" over de zaak, want de oppositie zegt: het kan niet\", zei ze. Volgens hem is het goed.\n\n");
      }
      docs.add(b.toString());
    }
    assertThat(ratio(Verrijk.pipeline(), docs)).isLessThan(1.5);
  }
}
