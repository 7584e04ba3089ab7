package nl.verrijk.parse;

import static nl.verrijk.ArticleAssertions.assertTree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.verrijk.Verrijk;
import nl.verrijk.io.ArticleConllu;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import org.junit.jupiter.api.Test;

/** The shipped parser on sentences and articles: trees always, sensible ones on plain Dutch, linear time. */
class DependencyParserTest {

  private static final DependencyParser PARSER = DependencyParser.shipped();

  private static Token word(Article a, String text) {
    return a.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void findsSubjectObjectAndRootOfAPlainSentence() {
    Article a = Verrijk.enrich("De minister van Financiën presenteerde dinsdag de begroting.");
    assertThat(a.has(Layer.DEPENDENCIES)).isTrue();
    Token verb = word(a, "presenteerde");
    assertThat(verb.isRoot()).isTrue();
    assertThat(a.root(a.sentences().get(0))).isEqualTo(verb);
    assertThat(word(a, "minister").deprel()).isEqualTo("nsubj");
    assertThat(a.head(word(a, "minister"))).contains(verb);
    assertThat(word(a, "begroting").deprel()).isEqualTo("obj");
    assertThat(a.head(word(a, "Financiën")).map(Token::text)).contains("minister");
    assertThat(a.dependents(verb).stream().map(Token::text)).contains("minister", "dinsdag", "begroting", ".");
    assertThat(a.subtree(word(a, "minister")).stream().map(Token::text))
        .containsExactly("De", "minister", "van", "Financiën");
  }

  @Test
  void aDatelineIsParsedApartAndHangsOnTheSentenceRoot() {
    Article a = Verrijk.enrich("AMSTERDAM (ANP) - De politie meldt dat er twee doden zijn gevallen.");
    assertThat(a.structure().dateline()).isNotNull();
    Token meldt = word(a, "meldt");
    assertThat(meldt.isRoot()).isTrue();
    assertThat(a.head(word(a, "politie"))).contains(meldt);
    assertThat(word(a, "politie").deprel()).isEqualTo("nsubj");
    Token place = word(a, "AMSTERDAM");
    assertThat(a.head(place)).contains(meldt);
    assertThat(place.deprel()).isEqualTo("parataxis");
    assertThat(a.subtree(place).stream().map(Token::text)).containsExactly("AMSTERDAM", "(", "ANP", ")", "-");
    a.sentences().forEach(s -> assertTree(a, s));
  }

  @Test
  void findsTheSpeakerOfAReportingClause() {
    Article a = Verrijk.enrich("\"We gaan door\", zei premier Schoof dinsdag in Den Haag.");
    Token zei = word(a, "zei");
    assertThat(a.head(word(a, "premier"))).contains(zei);
    assertThat(word(a, "premier").deprel()).isEqualTo("nsubj");
  }

  @Test
  void everyLayerCarriesTheTreeThroughJsonAndConllu() {
    Article a = Verrijk.enrich("Het kabinet valt. Dat zei Rutte gisteren tegen de Kamer.");
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(a))).isEqualTo(a);
    assertThat(ArticleJson.toJson(a)).contains("\"head\":", "\"deprel\":\"nsubj\"");
    String conllu = ArticleConllu.write(a);
    assertThat(conllu).contains("\tnsubj\t");
    Article back = ArticleConllu.read(conllu);
    assertThat(back.has(Layer.DEPENDENCIES)).isTrue();
    for (int i = 0; i < a.tokens().size(); i++) {
      assertThat(back.tokens().get(i).head()).isEqualTo(a.tokens().get(i).head());
      assertThat(back.tokens().get(i).deprel()).isEqualTo(a.tokens().get(i).deprel());
    }
  }

  @Test
  void measuresThroughputOnTheUnseenTreebankTest() {
    var sentences = nl.verrijk.io.Conllu.read(nl.verrijk.Shared.path("data/ud-nl/ud-nl-test.conllu"));
    long words = 0;
    long t0 = System.nanoTime();
    for (var s : sentences) {
      words += PARSER.parse(s.forms(), s.upos(), s.xpos(), s.lemmas()).heads().size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "parser, first pass over %d unseen words: %.0f words/s%n", words,
        words / seconds);
    assertThat(words).isEqualTo(11_046);
  }

  @Test
  void anEmptySentenceGivesAnEmptyTree() {
    assertThat(PARSER.parse(List.of(), List.of(), List.of(), List.of()).heads()).isEmpty();
    assertThat(Verrijk.enrich("").tokens()).isEmpty();
  }

  @Test
  void aLongSentenceParsesInLinearTime() {
    List<String> words = List.of("de", "man", "zag", "het", "huis", "en", "de", "vrouw", "liep", "naar", "de", "stad",
        ",");
    List<String> tags = List.of("DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "ADP", "DET",
        "NOUN", "PUNCT");
    long small = time(words, tags, 1_000);
    long large = time(words, tags, 16_000);
    assertThat(large).as("16,000 words against 1,000 (ns)").isLessThan(small * 16 * 3);
  }

  private static long time(List<String> words, List<String> tags, int n) {
    List<String> forms = new ArrayList<>();
    List<String> upos = new ArrayList<>();
    while (forms.size() < n) {
      forms.addAll(words);
      upos.addAll(tags);
    }
    forms = forms.subList(0, n);
    upos = upos.subList(0, n);
    List<String> xpos = Collections.nCopies(n, "_");
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long t0 = System.nanoTime();
      DependencyParser.Tree t = PARSER.parse(forms, upos, xpos, forms);
      best = Math.min(best, System.nanoTime() - t0);
      assertThat(t.heads()).hasSize(n);
      assertThat(t.heads().stream().filter(h -> h == -1).count()).isEqualTo(1);
    }
    return best;
  }

  @Property(tries = 300)
  void anyWordsGiveATree(@ForAll("words") List<String> forms, @ForAll("tags") List<String> tags) {
    int n = Math.min(forms.size(), tags.size());
    List<String> f = forms.subList(0, n);
    List<String> u = tags.subList(0, n);
    DependencyParser.Tree t = PARSER.parse(f, u, Collections.nCopies(n, "_"), f);
    int roots = 0;
    for (int i = 0; i < n; i++) {
      int h = t.heads().get(i);
      assertThat(h).isBetween(-1, n - 1).isNotEqualTo(i);
      roots += h == -1 ? 1 : 0;
      assertThat(t.relations().get(i)).isEqualTo(h == -1 ? "root" : t.relations().get(i)).isNotNull();
      int x = i;
      for (int steps = 0; x != -1; steps++) {
        assertThat(steps).isLessThanOrEqualTo(n);
        x = t.heads().get(x);
      }
    }
    assertThat(roots).isEqualTo(n == 0 ? 0 : 1);
  }

  @Property(tries = 100)
  void anyTextGivesATreePerSentence(@ForAll("texts") String text) {
    nl.verrijk.ArticleAssertions.assertConsistent(Verrijk.enrich(text)); // every layer, the trees included
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of("de", "het", "zei", "Rutte", "\"", ",", ".", "dat", "hij", "en", "in", "Den", "Haag", "x",
        "", "🙂", "2024", "-", "niet").list().ofMaxSize(200);
  }

  @Provide
  Arbitrary<List<String>> tags() {
    return Arbitraries.of("DET", "NOUN", "VERB", "AUX", "PROPN", "PUNCT", "ADP", "PRON", "SCONJ", "CCONJ", "ADV",
        "ADJ", "NUM", "X", "SYM", "INTJ", "_").list().ofMaxSize(200);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("Het", "kabinet", "zei", "dat", "\"", ",", ".", "?", "Rutte", "Den", "Haag", "\n", " ", "de",
        "minister", "wil", "niet", "(", ")", "-", "EU-top", "👍", "\u0000").list().ofMaxSize(80)
        .map(l -> String.join(" ", l));
  }
}
