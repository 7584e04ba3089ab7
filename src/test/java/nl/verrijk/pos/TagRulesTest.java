package nl.verrijk.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.model.Upos;
import org.junit.jupiter.api.Test;

/** Each tag rule on a hand-tagged sentence, with no statistical model loaded (the lexicon analyses the words). */
class TagRulesTest {

  private static final PosFeatures FEATURES = new PosFeatures(DutchLexicon.shared());

  /** A sentence of space-separated words with the given UPOS tags (and XPOS tags, or null). */
  private static TaggedSentence sentence(String words, String upos, String xpos) {
    TokenInfo[] t = FEATURES.analyse(List.of(words.split(" ")));
    Upos[] u = Arrays.stream(upos.split(" ")).map(Upos::of).toArray(Upos[]::new);
    String[] x = xpos == null ? null : xpos.split(" ");
    return new TaggedSentence(t, u, x, (s, i) -> "VNW|rechosen|" + s.upos[i]);
  }

  private static String upos(TaggedSentence s) {
    return String.join(" ", Arrays.stream(s.upos).map(Upos::name).toList());
  }

  @Test
  void theChainsStandInOrder() {
    assertThat(TagRules.beforeXpos(FEATURES)).extracting(r -> r.getClass().getSimpleName())
        .containsExactly("AgoIsAnAdverb", "AfterDeterminers", "NameParticles", "HyphenatedNouns");
    assertThat(TagRules.afterXpos()).extracting(r -> r.getClass().getSimpleName())
        .containsExactly("DeterminersBeforeFiniteVerbs", "Symbols", "ComparativeThan", "PluralNames", "Auxiliaries");
  }

  @Test
  void geledenAfterAUnitOfTimeIsAnAdverb() {
    TaggedSentence s = sentence("drie uur geleden", "NUM NOUN VERB", null);
    new TagRules.AgoIsAnAdverb().apply(s);
    assertThat(upos(s)).isEqualTo("NUM NOUN ADV");
    TaggedSentence other = sentence("zij hebben geleden", "PRON AUX VERB", null);
    new TagRules.AgoIsAnAdverb().apply(other);
    assertThat(upos(other)).isEqualTo("PRON AUX VERB");
  }

  @Test
  void aPluralOnlyNounAfterHetIsANominalInfinitiveAndAVerbAfterAnArticleANoun() {
    TaggedSentence s = sentence("het sprinten", "DET NOUN", null);
    new TagRules.AfterDeterminers().apply(s);
    assertThat(upos(s)).isEqualTo("DET VERB");
    TaggedSentence geweld = sentence("het geweld", "DET VERB", null);
    new TagRules.AfterDeterminers().apply(geweld);
    assertThat(upos(geweld)).isEqualTo("DET NOUN");
  }

  @Test
  void particlesAfterAFirstNameBelongToTheName() {
    TaggedSentence s = sentence("Pieter van den Hoogenband zwom", "PROPN ADP DET PROPN VERB", null);
    new TagRules.NameParticles().apply(s);
    assertThat(upos(s)).isEqualTo("PROPN PROPN PROPN PROPN VERB");
    TaggedSentence place = sentence("Kursaal van Oostende", "PROPN ADP PROPN", null);
    new TagRules.NameParticles().apply(place);
    assertThat(upos(place)).isEqualTo("PROPN ADP PROPN");
  }

  @Test
  void aNameBeforeAHyphenAndANounIsACommonNoun() {
    TaggedSentence s = sentence("EU-landen FARC", "PROPN PROPN", null);
    new TagRules.HyphenatedNouns(FEATURES).apply(s);
    assertThat(upos(s)).isEqualTo("NOUN PROPN");
  }

  @Test
  void aDeterminerBeforeAFiniteVerbIsAPronounWithItsXposChosenAgain() {
    TaggedSentence s = sentence("Het leed was", "DET VERB AUX", "LID|bep|stan|evon WW|pv|verl|ev WW|pv|verl|ev");
    new TagRules.DeterminersBeforeFiniteVerbs().apply(s);
    assertThat(upos(s)).isEqualTo("PRON VERB AUX");
    assertThat(s.xpos[0]).isEqualTo("VNW|rechosen|PRON");
    assertThat(s.xpos[1]).isEqualTo("WW|pv|verl|ev");
  }

  @Test
  void symbolsAreSym() {
    TaggedSentence s = sentence("€ 5 + %", "NOUN NUM NOUN NOUN", "N|soort TW|hoofd N|soort N|soort");
    new TagRules.Symbols().apply(s);
    assertThat(upos(s)).isEqualTo("SYM NUM SYM NOUN"); // % is punctuation, not a symbol
    assertThat(s.xpos[0]).isEqualTo("SPEC|symb");
  }

  @Test
  void danAfterAComparativeIsTheConjunction() {
    TaggedSentence s = sentence("groter dan ooit", "ADJ ADV ADV", "ADJ|vrij|comp|zonder BW BW");
    new TagRules.ComparativeThan().apply(s);
    assertThat(upos(s)).isEqualTo("ADJ SCONJ ADV");
    assertThat(s.xpos[1]).isEqualTo("VG|onder");
    TaggedSentence then = sentence("eten we dan", "VERB PRON ADV", "WW|pv|tgw|mv VNW|pers BW");
    new TagRules.ComparativeThan().apply(then);
    assertThat(upos(then)).isEqualTo("VERB PRON ADV");
  }

  @Test
  void aNameInSAfterAPluralQuantityIsPlural() {
    TaggedSentence s = sentence("ruim 2000 Humvees", "ADV NUM PROPN", "BW TW|hoofd N|eigen|ev|basis|zijd|stan");
    new TagRules.PluralNames().apply(s);
    assertThat(s.xpos[2]).isEqualTo("N|eigen|mv|basis");
    assertThat(s.pluralName[2]).isTrue();
    assertThat(TagRules.PluralNames.singular("Humvees")).isEqualTo("Humvee");
    TaggedSentence year = sentence("in 2004 Vlaams", "ADP NUM PROPN", "VZ|init TW|hoofd N|eigen|ev|basis|zijd|stan");
    new TagRules.PluralNames().apply(year);
    assertThat(year.pluralName[2]).isFalse();
  }

  @Test
  void hebbenIsAnAuxiliaryOnlyWithAParticipleInItsClause() {
    TaggedSentence aux = sentence("heeft gewonnen", "VERB VERB", "WW|pv|tgw|met-t WW|vd|vrij|zonder");
    new TagRules.Auxiliaries().apply(aux);
    assertThat(upos(aux)).isEqualTo("AUX VERB");
    TaggedSentence main = sentence("heeft geld , gewonnen", "AUX NOUN PUNCT VERB",
        "WW|pv|tgw|met-t N|soort LET WW|vd|vrij|zonder");
    new TagRules.Auxiliaries().apply(main);
    assertThat(upos(main)).isEqualTo("VERB NOUN PUNCT VERB");
  }
}
