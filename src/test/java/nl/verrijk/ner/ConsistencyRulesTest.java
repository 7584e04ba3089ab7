package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.verrijk.lang.NameLists;
import nl.verrijk.ner.DocumentConsistency.Document;
import nl.verrijk.ner.DocumentConsistency.Span;
import org.junit.jupiter.api.Test;

/** Each rule of the recognizer's second pass on a hand-built document. */
class ConsistencyRulesTest {

  private static final NerFeatures FEATURES = new NerFeatures(NameRecognizer.lexicon());
  private static final Gazetteer NAMES = Gazetteer.of(List.of(
      new NameLists.Entry("Groen", "ORG", "party", "BE"),
      new NameLists.Entry("Vooruit", "ORG", "party", "BE"),
      new NameLists.Entry("Open Vld", "ORG", "party", "BE"),
      new NameLists.Entry("Antwerpen", "LOC", "municipality", "BE"),
      new NameLists.Entry("Den Haag", "LOC", "municipality", "NL")));

  /** One sentence of words with its spans, each given as start, end and type. */
  private static Document doc(String sentence, Object... spans) {
    List<Span> list = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 3) {
      list.add(new Span((Integer) spans[i], (Integer) spans[i + 1], (String) spans[i + 2], 0.9));
    }
    List<List<Span>> all = new ArrayList<>();
    all.add(list);
    return new Document(List.of(Arrays.asList(sentence.split(" "))), all, FEATURES, NAMES);
  }

  private static Document doc(List<String> sentences, List<List<Span>> spans) {
    List<List<String>> words = new ArrayList<>();
    for (String s : sentences) {
      words.add(Arrays.asList(s.split(" ")));
    }
    return new Document(words, spans, FEATURES, NAMES);
  }

  /** The spans of sentence {@code i} as {@code text[TYPE]}, in text order. */
  private static List<String> spans(Document d, int i) {
    List<String> out = new ArrayList<>();
    d.spans().get(i).stream().sorted((a, b) -> Integer.compare(a.start, b.start)).forEach(s -> out.add(
        String.join(" ", d.sentences().get(i).subList(s.start, s.end)) + "[" + s.type + "]"));
    return out;
  }

  private static List<String> run(ConsistencyRule rule, Document d) {
    rule.apply(d);
    return spans(d, 0);
  }

  @Test
  void aPlaceThatRunsIntoAFirstNameIsSplit() {
    assertThat(run(new PersonRules.PersonSplit(), doc("minister van Energie Denys Sjmyhal zei", 2, 5, "ORG")))
        .containsExactly("Energie[ORG]", "Denys Sjmyhal[PER]");
  }

  @Test
  void aCapitalisedWordBeforeVanAndANameMakesOneOrganisation() {
    assertThat(run(new BoundaryRules.VanExtension(), doc("het Vrijheid van Rusland-legioen vecht", 3, 4, "LOC")))
        .containsExactly("Vrijheid van Rusland-legioen[ORG]");
  }

  @Test
  void anOrganisationOfTwoNameGroupsIsSplitAtVanDe() {
    assertThat(run(new BoundaryRules.OrgSplit(),
        doc("de Internationale Organisatie voor Migratie van de Verenigde Naties meldt", 1, 9, "ORG")))
        .containsExactly("Internationale Organisatie voor Migratie[ORG]", "Verenigde Naties[ORG]");
  }

  @Test
  void aDatelineInCapitalsIsAPlaceAndItsAgenciesOrganisations() {
    assertThat(run(new BoundaryRules.Datelines(), doc("MOSKOU ( ANP / RTR ) - Het leger", 0, 1, "PER")))
        .containsExactly("MOSKOU[LOC]", "ANP[ORG]", "RTR[ORG]");
  }

  @Test
  void titlesStayOutsideNames() {
    ConsistencyRule rule = new PersonRules.TitlesOutsideNames();
    assertThat(run(rule, doc("Burgemeester Jansen opende", 0, 2, "PER"))).containsExactly("Jansen[PER]");
    assertThat(run(rule, doc("met Tweede-Kamerlid De Vries", 1, 4, "MISC"))).containsExactly("De Vries[PER]");
    assertThat(run(rule, doc("Kamerlid zegt dat", 0, 1, "PER"))).as("a title alone is no name").isEmpty();
    assertThat(run(rule, doc("de VLD-voorzitter zegt", 1, 2, "MISC"))).as("a name and a title, as CoNLL-2002")
        .containsExactly("VLD-voorzitter[MISC]");
    assertThat(run(rule, doc("de Europees Commissaris zegt", 1, 3, "MISC"))).containsExactly("Europees[MISC]");
    assertThat(run(rule, doc("De Prins zegt", 0, 2, "MISC"))).as("not after a word that is no adjective")
        .containsExactly("De Prins[MISC]");
  }

  @Test
  void aFunctionWordOpeningTheSentenceIsNoPartOfAName() {
    ConsistencyRule rule = new BoundaryRules.SentenceStartWords();
    assertThat(run(rule, doc("Tijdens Paars II groeide", 0, 3, "MISC"))).containsExactly("Paars II[MISC]");
    assertThat(run(rule, doc("De Telegraaf meldt", 0, 2, "ORG"))).containsExactly("De Telegraaf[ORG]");
    assertThat(run(rule, doc("Van Dijk zegt", 0, 2, "PER"))).containsExactly("Van Dijk[PER]");
    assertThat(run(rule, doc("In Nederland regent het", 0, 2, "LOC"))).containsExactly("Nederland[LOC]");
  }

  @Test
  void aCapitalisedParticleBelongsToTheNameItPrecedes() {
    ConsistencyRule rule = new PersonRules.SurnameParticles();
    assertThat(run(rule, doc("Volgens De Wever is dat", 2, 3, "PER"))).containsExactly("De Wever[PER]");
    assertThat(run(rule, doc("Van den Heuvel liet weten", 2, 3, "PER"))).containsExactly("Van den Heuvel[PER]");
    assertThat(run(rule, doc("de rol van den Heuvel", 4, 5, "PER"))).as("lower-case particles stay out")
        .containsExactly("Heuvel[PER]");
    assertThat(run(rule, doc("op de locaties 't Zandt en", 4, 5, "LOC"))).containsExactly("'t Zandt[LOC]");
    assertThat(run(rule, doc("De Nederlanders wonnen", 1, 2, "LOC"))).as("De at the start is an article")
        .containsExactly("Nederlanders[LOC]");
  }

  @Test
  void anInitialIsAPersonWithItsParticlesAndFirstName() {
    ConsistencyRule rule = new PersonRules.Initials();
    assertThat(run(rule, doc("als Almeloërs K. en Eddy ten H. voorkomen", 1, 3, "MISC", 6, 7, "PER")))
        .containsExactly("Almeloërs[MISC]", "K.[PER]", "Eddy ten H.[PER]");
    assertThat(run(rule, doc("zei Jan P. Balkenende", 1, 4, "PER"))).containsExactly("Jan P. Balkenende[PER]");
  }

  @Test
  void aNameWithInitialsTakesItsParticlesAndSurname() {
    ConsistencyRule rule = new PersonRules.InitialsWithParticles();
    assertThat(run(rule, doc("jhr. P. Beelaerts van Blokland zei", 1, 3, "MISC", 4, 5, "LOC")))
        .containsExactly("P. Beelaerts van Blokland[PER]");
    assertThat(run(rule, doc("mr. A.J. Berg van der Meer zei", 1, 3, "PER")))
        .containsExactly("A.J. Berg van der Meer[PER]");
    assertThat(run(rule, doc("P. Jansen van de VVD zei", 0, 2, "PER", 4, 5, "ORG")))
        .containsExactly("P. Jansen[PER]", "VVD[ORG]");
    assertThat(run(rule, doc("Piet Jansen van Blokland zei", 0, 2, "PER", 3, 4, "LOC")))
        .as("no initials, no change").containsExactly("Piet Jansen[PER]", "Blokland[LOC]");
  }

  @Test
  void aFirstNameAndASurnameWithParticlesBetweenAreOneName() {
    ConsistencyRule rule = new PersonRules.ParticleJoin();
    assertThat(run(rule, doc("staatssecretaris Alexandra van Huffelen zei", 1, 2, "PER", 3, 4, "PER")))
        .containsExactly("Alexandra van Huffelen[PER]");
    assertThat(run(rule, doc("Jan en Huffelen zeiden", 0, 1, "PER", 2, 3, "PER")))
        .as("no particle between").containsExactly("Jan[PER]", "Huffelen[PER]");
    assertThat(run(rule, doc("Rutte van Peeters zei", 0, 1, "PER", 2, 3, "PER")))
        .as("no first name before").containsExactly("Rutte[PER]", "Peeters[PER]");
  }

  @Test
  void aPartyAfterVanEndsAPersonsName() {
    assertThat(run(new PersonRules.PartyAfterVan(), doc("Petra Claes van Groen zei", 0, 4, "PER")))
        .containsExactly("Petra Claes[PER]", "Groen[ORG]");
    assertThat(run(new PersonRules.PartyAfterVan(), doc("Jan van Dijk zei", 0, 3, "PER")))
        .containsExactly("Jan van Dijk[PER]");
    assertThat(run(new PersonRules.PartyAfterVan(), doc("burgemeester Bruls van Den Haag zei", 1, 5, "PER")))
        .as("a place after a title").containsExactly("Bruls[PER]", "Den Haag[LOC]");
    assertThat(run(new PersonRules.PartyAfterVan(), doc("toen Johan van Antwerpen zei", 1, 4, "PER")))
        .as("a place without a title is a surname").containsExactly("Johan van Antwerpen[PER]");
    assertThat(run(new PersonRules.PartyAfterVan(), doc("woordvoerder Jiske van Antwerpen zei", 1, 4, "PER")))
        .as("after a first name, a place is a surname even after a title").containsExactly("Jiske van Antwerpen[PER]");
  }

  @Test
  void listedNamesGiveTheirTypeAndUntaggedOrganisationsAreFound() {
    ConsistencyRule rule = new TypeEvidenceRules.KnownNames();
    assertThat(run(rule, doc("volgens Vooruit is dat", 1, 2, "LOC"))).containsExactly("Vooruit[ORG]");
    assertThat(run(rule, doc("mensen van Open Vld stemden", new Object[0]))).containsExactly("Open Vld[ORG]");
    assertThat(run(rule, doc("premier De Croo ( Open Vld ) wil", 1, 3, "PER", 5, 6, "MISC")))
        .as("a span inside a listed name grows to it").containsExactly("De Croo[PER]", "Open Vld[ORG]");
    assertThat(run(rule, doc("Vooruit , zei hij", new Object[0])))
        .as("a common word at the start of a sentence is not taken").isEmpty();
    assertThat(run(rule, doc("en toen kwam Groen binnen", new Object[0])))
        .as("a single word that is also a surname is left to the CRF").isEmpty();
    assertThat(run(rule, doc("in Antwerpen wonen", new Object[0])))
        .as("single-word places are left to the CRF").isEmpty();
  }

  @Test
  void inAForeignSentenceCapitalsAreNoNames() {
    ConsistencyRule rule = new TypeEvidenceRules.ForeignSentences();
    assertThat(run(rule, doc("The people of Kyiv want peace and the war to end", 0, 1, "MISC", 3, 4, "LOC")))
        .containsExactly("Kyiv[LOC]");
    assertThat(run(rule, doc("Daarna zei hij dat het niet zo was", 0, 1, "MISC"))).as("Dutch is left alone")
        .containsExactly("Daarna[MISC]");
    assertThat(nl.verrijk.lang.DutchWords.foreignLanguage(List.of("Nous", "sommes", "avec", "les", "Ukrainiens")))
        .isEqualTo("fr");
  }

  @Test
  void streetsAndVenuesArePlaces() {
    ConsistencyRule rule = new TypeEvidenceRules.PlaceSuffixes();
    assertThat(run(rule, doc("in de Tobbackstraat en", 2, 3, "MISC"))).containsExactly("Tobbackstraat[LOC]");
    assertThat(run(rule, doc("naar het Bosuilstadion gaan", new Object[0]))).containsExactly("Bosuilstadion[LOC]");
    assertThat(run(rule, doc("op de Coolsingel waren", new Object[0]))).as("inside a sentence, even a word "
        + "the lexicon knows").containsExactly("Coolsingel[LOC]");
    assertThat(run(rule, doc("Scheepvaart bloeit weer", new Object[0]))).as("a common word at the start").isEmpty();
  }

  @Test
  void namesEndingLikeAnOrganisationAreOrganisations() {
    ConsistencyRule rule = new TypeEvidenceRules.OrgSuffixes();
    assertThat(run(rule, doc("het Russisch Vrijwilligerskorps vecht", 1, 3, "MISC"))).containsExactly(
        "Russisch Vrijwilligerskorps[ORG]");
    assertThat(run(rule, doc("de Elfstedenvereniging besliste", 1, 2, "MISC"))).containsExactly("Elfstedenvereniging[ORG]");
    assertThat(run(rule, doc("zei Jan Korps", 1, 3, "PER"))).as("a person's name stays").containsExactly("Jan Korps[PER]");
  }

  @Test
  void aSurnameOfAFullNameIsAPersonEverywhere() {
    List<List<Span>> spans = new ArrayList<>();
    spans.add(new ArrayList<>(List.of(new Span(0, 2, "PER", 0.9))));
    spans.add(new ArrayList<>());
    Document d = doc(List.of("Donald Tusk zei dat", "Later zei Tusk niets"), spans);
    new DocumentRules.PersonPropagation().apply(d);
    assertThat(spans(d, 1)).containsExactly("Tusk[PER]");
  }

  @Test
  void oneFormGetsOneTypeByConfidence() {
    List<List<Span>> spans = new ArrayList<>();
    spans.add(new ArrayList<>(List.of(new Span(1, 2, "ORG", 0.9))));
    spans.add(new ArrayList<>(List.of(new Span(1, 2, "LOC", 0.4))));
    Document d = doc(List.of("in Genk wint", "in Genk verloor"), spans);
    new DocumentRules.TypeVote().apply(d);
    assertThat(spans(d, 1)).containsExactly("Genk[ORG]");
  }

  @Test
  void anUntaggedFormTaggedElsewhereIsFilledWhenAsked() {
    List<List<Span>> spans = new ArrayList<>();
    spans.add(new ArrayList<>(List.of(new Span(1, 2, "LOC", 0.9))));
    spans.add(new ArrayList<>());
    Document d = doc(List.of("in Genk wint", "toen Genk verloor"), spans);
    assertThat(new DocumentRules.FillUntagged().onByDefault()).isFalse();
    new DocumentRules.FillUntagged().apply(d);
    assertThat(spans(d, 1)).containsExactly("Genk[LOC]");
  }

  @Test
  void theChainHasUniqueNamesAndTheRecognizerRunsTheDefaults() {
    assertThat(DocumentConsistency.ORDER).extracting(ConsistencyRule::name).doesNotHaveDuplicates();
    assertThat(NameRecognizer.defaultRules()).contains("known-names", "titles-outside-names")
        .doesNotContain("fill-untagged");
  }
}
