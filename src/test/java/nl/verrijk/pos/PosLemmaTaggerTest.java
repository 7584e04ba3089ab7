package nl.verrijk.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.model.Upos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PosLemmaTaggerTest {

  private static PosLemmaTagger tagger;

  @BeforeAll
  static void load() {
    tagger = PosLemmaTagger.load();
  }

  private static PosTags tagOf(String sentence, String token) {
    List<String> toks = List.of(sentence.split(" "));
    List<PosTags> tags = tagger.tag(toks);
    assertEquals(toks.size(), tags.size());
    return tags.get(toks.indexOf(token));
  }

  @Test
  void zeiIsVerbZeggen() {
    PosTags t = tagOf("Poetin zei dat de oorlog voorbij is .", "zei");
    assertEquals(Upos.VERB, t.upos());
    assertEquals("zeggen", t.lemma());
    assertTrue(t.xpos().startsWith("WW|pv"), t.xpos());
  }

  @Test
  void oekraienseIsAdjective() {
    PosTags t = tagOf("Het Oekraïense leger rukte op .", "Oekraïense");
    assertEquals(Upos.ADJ, t.upos());
    assertEquals("Oekraïens", t.lemma());
  }

  @Test
  void humveesIsNominal() {
    // "Humvees" is in neither the lexicon nor the treebank; the tagger calls it PROPN. After a plural quantity a
    // name is plural and its lemma loses the s, as the treebank's plural names do (Duitsers: Duitser)
    PosTags t = tagOf("De VS hebben ruim 2000 Humvees naar Oekraïne gestuurd .", "Humvees");
    assertTrue(t.upos() == Upos.NOUN || t.upos() == Upos.PROPN, String.valueOf(t.upos()));
    assertEquals(t.upos() == Upos.PROPN ? "Humvee" : "humvee", t.lemma());
    assertEquals("Rabo", tagOf("Hij sloot vier Rabo's .", "Rabo's").lemma());
    // a year is no quantity, and without one a name keeps its form (Alpino): surnames often end in s
    assertEquals("Peumans", tagOf("In 2004 Peumans won de rit .", "Peumans").lemma());
    assertEquals("Humvees", tagOf("De soldaten reden in Humvees naar de grens .", "Humvees").lemma());
  }

  @Test
  void datelineAndSymbols() {
    List<PosTags> r = tagger.tag(List.of("MOSKOU", "-", "Het", "kost", "5", "€", "😀", "."));
    assertEquals("Moskou", r.get(0).lemma());
    assertEquals(Upos.SYM, r.get(5).upos());
    assertEquals(Upos.SYM, r.get(6).upos());
  }

  @Test
  void oddTokensNeverThrow() {
    List<String> toks = List.of("Zie", "https://www.nu.nl/buitenland/123.html", "😀", "x", "3,5", "€", "-", "",
        "1.000.000", "#oorlog", "@anp", "ß", "A", "__", "\u200b", "12:30", "e-mail", "Bla-bla-");
    List<PosTags> tags = tagger.tag(toks);
    assertEquals(toks.size(), tags.size());
    for (PosTags t : tags) {
      assertNotNull(t.upos());
      assertNotNull(t.xpos());
      assertNotNull(t.lemma());
      assertFalse(t.lemma().isEmpty());
    }
    assertEquals(List.of(), tagger.tag(List.of()));
  }

  @Test
  void compoundAndParticleLemmasFollowAlpino() {
    assertEquals("mee_doen", tagOf("Kloosterorden zullen in juli meedoen aan de protesten .", "meedoen").lemma());
  }

  @Test
  void aParticleBeforeTeBelongsToTheInfinitive() {
    String s = "De curator had opnieuw veel moeite om alles op te ruimen .";
    assertEquals("hebben", tagOf(s, "had").lemma());
    assertEquals("op_ruimen", tagOf(s, "ruimen").lemma());
  }

  @Test
  void aBareNounCanBeTheParticleOfASeparableVerb() {
    assertEquals("plaats_vinden", tagOf("De verkiezingen vonden gisteren plaats in Kiev .", "vonden").lemma());
    assertEquals("deel_nemen", tagOf("Rusland nam niet deel aan het overleg .", "nam").lemma());
    // with a determiner the noun is an object, not a particle
    assertEquals("nemen", tagOf("Hij nam een deel van de buit .", "nam").lemma());
  }

  @Test
  void unseenCompoundsAreSplitAtTheirHead() {
    // none of these forms occurs in the treebank; the split classifier decides from modifier and head
    assertEquals("oorlog_misdaad", tagOf("Het tribunaal onderzoekt oorlogsmisdaden .", "oorlogsmisdaden").lemma());
    assertEquals("drone_aanval", tagOf("De droneaanvallen gingen door .", "droneaanvallen").lemma());
  }

  @Test
  void particlesInsidePersonNamesArePartOfTheName() {
    assertEquals(Upos.PROPN, tagOf("Dat zei Ruud van Gullit gisteren .", "van").upos());
    assertEquals(Upos.ADP, tagOf("Het Kursaal van Oostende is mooi .", "van").upos());
  }

  @Test
  void aNameBeforeAHyphenAndANounAfterItMakeACommonNoun() {
    PosTags t = tagOf("Volgens Kremlin-woordvoerder Dmitri Peskov is dat onzin .", "Kremlin-woordvoerder");
    assertEquals(Upos.NOUN, t.upos());
    assertEquals("Kremlin_woordvoerder", t.lemma());
  }

  @Test
  void hyphensAndAdjectiveHeadsMarkCompoundBoundaries() {
    assertEquals("vijf_jarig", tagOf("Een vijfjarige peuter viel .", "vijfjarige").lemma());
    assertEquals("maand_lang", tagOf("Na maandenlange onderhandelingen stemde hij in .", "maandenlange").lemma());
    assertEquals("Vlaams_Belang_kamer_lid", tagOf("Drie Vlaams-Belang-kamerleden stemden tegen .",
        "Vlaams-Belang-kamerleden").lemma());
    assertEquals("NAVO_land", tagOf("De NAVO-landen zijn het eens .", "NAVO-landen").lemma());
    assertEquals("T-shirt", tagOf("Zij verkopen T-shirts op de markt .", "T-shirts").lemma());
  }

  @Test
  void aDetachedParticleComesFromTheSentenceNotTheTable() {
    String back = tagOf("De voorzitter trad vorige week terug .", "trad").lemma();
    assertFalse(back.startsWith("af_"), back);
    assertEquals("af_treden", tagOf("De voorzitter trad vorige week af .", "trad").lemma());
  }

  @Test
  void aDetachedParticleCanFollowCommasAndInsertedPhrases() {
    // the particle classifier looks past commas and coordinations inside the clause
    assertEquals("op_richten",
        tagOf("Hij richtte , samen met zijn broer , in 1978 een bedrijf op .", "richtte").lemma());
    assertEquals("over_stappen",
        tagOf("Hij stapte na een jaar , zonder veel ophef , over naar Ajax .", "stapte").lemma());
    assertEquals("overeen_komen", tagOf("Hij kwam min of meer overeen met haar .", "kwam").lemma());
  }

  @Test
  void inseparablePrefixVerbsKeepTheirPrefix() {
    // unseen in the treebank; the lexicon's participle (doorgrond, not doorgegrond) shows the prefix is no particle
    assertEquals("doorgronden", tagOf("Zij doorgrondde het probleem niet .", "doorgrondde").lemma());
    assertEquals("omsingelen", tagOf("De rebellen omsingelden de stad .", "omsingelden").lemma());
  }

  @Test
  void namesLoseTheirPossessiveAndNameAdjectivesKeepTheirCapital() {
    PosTags obama = tagOf("Obama's toespraak was kort .", "Obama's");
    assertEquals(Upos.PROPN, obama.upos());
    assertEquals("Obama", obama.lemma());
    assertEquals("Zoetermeers", tagOf("De Zoetermeerse wethouder stapte op .", "Zoetermeerse").lemma());
  }

  @Test
  void noDeterminerBeforeTheEndOfAClause() {
    assertEquals(Upos.PRON, tagOf("Hij vergat het ; later kwam het terug .", "het").upos());
    assertEquals(Upos.PRON, tagger.tag(List.of("Het", "leek", "het", ".")).get(2).upos());
    assertEquals(Upos.PRON, tagOf("Neem deze !", "deze").upos());
    assertEquals(Upos.PRON, tagOf("Niemand wist waarom dat .", "dat").upos());
  }

  @Test
  void aNominalInfinitiveAfterHetIsAVerb() {
    // "sprinten" is a plural noun or an infinitive in the lexicon; after singular "het" only the infinitive fits
    PosTags t = tagOf("Hij houdt van het sprinten in de bergen .", "sprinten");
    assertEquals(Upos.VERB, t.upos());
    assertTrue(t.xpos().startsWith("WW|inf"), t.xpos());
  }

  @Test
  void aWordAfterAnArticleThatCanBeASingularNounIsNoBareParticiple() {
    // "geweld" is also the participle of "wellen"; after "het" it is the noun
    PosTags t = tagOf("Oekraïne wordt beschuldigd van betrokkenheid bij het geweld deze week .", "geweld");
    assertEquals(Upos.NOUN, t.upos());
    assertEquals("geweld", t.lemma());
  }

  @Test
  void danAfterAComparativeIsTheConjunction() {
    PosTags t = tagOf("Het ging beter nog dan voorheen .", "dan");
    assertEquals(Upos.SCONJ, t.upos());
    assertEquals("VG|onder", t.xpos());
    assertEquals(Upos.ADV, tagOf("Eerst eten we , dan gaan we .", "dan").upos());
  }

  @Test
  void concurrentUseGivesSameResults() throws Exception {
    List<String> s = List.of("De", "minister", "zei", "gisteren", "dat", "hij", "het", "plan", "steunt", ".");
    List<PosTags> expected = tagger.tag(s);
    ExecutorService ex = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<PosTags>>> fs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        fs.add(ex.submit(() -> tagger.tag(s)));
      }
      for (Future<List<PosTags>> f : fs) {
        assertEquals(expected, f.get());
      }
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void missingModelDirectoryFailsClearly() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PosLemmaTagger.load(Path.of("/nonexistent/verrijk-models")));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }
}
