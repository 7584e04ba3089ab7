package nl.verrijk.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DutchLexiconTest {

  @Test
  void looksUpFormsWithLemmaAndTag() {
    DutchLexicon lex = DutchLexicon.shared();
    assertTrue(lex.lookup("zei").contains(new DutchLexicon.Entry("zeggen", new LexiconTag("WKW:VLT:1EP"))));
    assertTrue(lex.lookup("partijen").stream().anyMatch(e -> e.lemma().equals("partij") && e.tag().is(LexiconTag.WordClass.NOUN)));
    assertEquals(0, lex.lookup("qqxzv").size());
    assertEquals(0, lex.lookup("").size());
  }

  @Test
  void frequencyClassesComeFromTheSpellerWordList() {
    DutchLexicon lex = DutchLexicon.shared();
    assertTrue(lex.frequency("de") > lex.frequency("huis"), "de is more frequent than huis");
    assertTrue(lex.frequency("huis") > lex.frequency("badkoets"), "huis is more frequent than badkoets");
    assertTrue(lex.frequency("badkoets") > 0);
    assertEquals(0, lex.frequency("qqxzv"));
    assertEquals(0, lex.frequency(""));
    assertEquals(0, lex.frequency(null));
  }

  @Test
  void participlesTellSeparableFromInseparableVerbs() {
    DutchLexicon lex = DutchLexicon.shared();
    assertTrue(lex.participles("overstappen").contains("overgestapt"));
    assertEquals(java.util.List.of("overschreden"), lex.participles("overschrijden"));
    assertTrue(lex.participles("qqxzv").isEmpty());
    assertTrue(lex.participles(null).isEmpty());
  }
}
