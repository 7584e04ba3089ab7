package nl.verrijk.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DutchLexiconTest {

  @Test
  void looksUpFormsWithLemmaAndTag() {
    DutchLexicon lex = DutchLexicon.shared();
    assertTrue(lex.lookup("zei").contains(new DutchLexicon.Entry("zeggen", "WKW:VLT:1EP")));
    assertTrue(lex.lookup("partijen").stream().anyMatch(e -> e.lemma().equals("partij") && e.tagClass().equals("ZNW")));
    assertEquals(0, lex.lookup("qqxzv").size());
    assertEquals(0, lex.lookup("").size());
  }
}
