package nl.verrijk.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verrijk.lexicon.LexiconTag.NameClass;
import nl.verrijk.lexicon.LexiconTag.VerbForm;
import nl.verrijk.lexicon.LexiconTag.WordClass;
import org.junit.jupiter.api.Test;

/** The typed view reads LanguageTool's tag codes, with no lexicon loaded. */
class LexiconTagTest {

  @Test
  void wordClassesAndTheirCodes() {
    assertThat(new LexiconTag("ZNW:MRV:DE_").wordClass()).isEqualTo(WordClass.NOUN);
    assertThat(new LexiconTag("ZNW:MRV:DE_").code()).isEqualTo("ZNW");
    assertThat(new LexiconTag("ZNW:MRV:DE_").fineCode()).isEqualTo("ZNW:MRV");
    assertThat(new LexiconTag("BYW").fineCode()).isEqualTo("BYW");
    assertThat(new LexiconTag("VNW:PER").wordClass()).isEqualTo(WordClass.PRONOUN);
    assertThat(new LexiconTag("DVS").wordClass()).isEqualTo(WordClass.OTHER);
    assertThat(new LexiconTag(null).wordClass()).isEqualTo(WordClass.OTHER);
    assertThat(new LexiconTag("ZNW:MRV:DE_").isPluralNoun()).isTrue();
    assertThat(new LexiconTag("ZNW:EKV:DE_").isPluralNoun()).isFalse();
  }

  @Test
  void verbFormsOnlyOfVerbs() {
    assertThat(new LexiconTag("WKW:VTD:ONV").verbForm()).isEqualTo(VerbForm.PAST_PARTICIPLE);
    assertThat(new LexiconTag("WKW:TGW:INF").verbForm()).isEqualTo(VerbForm.PRESENT);
    assertThat(new LexiconTag("WKW:INF:ZNW").verbForm()).isEqualTo(VerbForm.NOMINAL_INFINITIVE);
    assertThat(new LexiconTag("WKW:INF:ZNW").isNominalisedVerb()).isTrue();
    assertThat(new LexiconTag("WKW:ODW:VRB").verbForm()).isEqualTo(VerbForm.PRESENT_PARTICIPLE);
    assertThat(new LexiconTag("BNW:VGR").verbForm()).isEqualTo(VerbForm.NONE);
    assertThat(new LexiconTag("WKW").verbForm()).isEqualTo(VerbForm.NONE);
  }

  @Test
  void nameClassesTheNoisySurnameListFirst() {
    assertThat(new LexiconTag("ENM:PER:FST").nameClass()).isEqualTo(NameClass.FIRST_NAME);
    assertThat(new LexiconTag("ENM:PER:LST:NIX").nameClass()).isEqualTo(NameClass.RARE_SURNAME);
    assertThat(new LexiconTag("ENM:PER:LST:VAN").nameClass()).isEqualTo(NameClass.SURNAME);
    assertThat(new LexiconTag("ENM:PER:LST:VAN").nameClass().isSurname()).isTrue();
    assertThat(new LexiconTag("ENM:LOC:PTS").nameClass()).isEqualTo(NameClass.PLACE);
    assertThat(new LexiconTag("ENM:FSD").nameClass()).isEqualTo(NameClass.OTHER);
    assertThat(new LexiconTag("ZNW:EKV").nameClass()).isEqualTo(NameClass.NONE);
  }
}
