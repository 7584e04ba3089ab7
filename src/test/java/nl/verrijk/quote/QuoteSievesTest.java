package nl.verrijk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Entity;
import nl.verrijk.model.EntityType;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.TokenRange;
import nl.verrijk.pipeline.Pipeline;
import nl.verrijk.sentence.RuleBasedSentenceSplitter;
import nl.verrijk.structure.RuleBasedStructureReader;
import nl.verrijk.tokenize.RuleBasedTokenizer;
import org.junit.jupiter.api.Test;

/**
 * One test per quote rule of this release, on articles built without any model: tokens, sentences
 * and structure from the rule-based stages, person mentions added by hand. Each fails when its rule
 * is removed.
 */
class QuoteSievesTest {

  private static final Pipeline TEXT = Verrijk.builder().add(RuleBasedTokenizer.instance())
      .add(RuleBasedSentenceSplitter.instance()).add(RuleBasedStructureReader.instance()).build();

  /** The article's quotes, with the given names marked as persons (each its own entity). */
  private static List<Quote> quotes(String text, String... persons) {
    Article a = TEXT.annotate(text);
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (String name : persons) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        CharSpan span = new CharSpan(at, at + name.length());
        TokenRange tokens = a.align(span).orElseThrow();
        entities.add(new Entity(entities.size(), EntityType.PER, name, ImmutableList.of(mentions.size())));
        mentions.add(new Mention("PER", span, tokens, a.sentenceOf(tokens.start()), name, 1.0));
      }
    }
    Article withNames = a.toBuilder().entities(mentions, entities).layer(Layer.ENTITIES).build();
    return RuleBasedQuoteAttributor.instance().annotate(withNames).quotes();
  }

  private static Quote quote(List<Quote> quotes, String content) {
    return quotes.stream().filter(q -> q.text().equals(content)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote «" + content + "» in " + quotes));
  }

  @Test
  void theCueAfterAQuoteOfSeveralSentencesIsReadWhereItCloses() {
    List<Quote> q = quotes("\u201CHet zijn gruwelijke feiten. Het is heel bitter\u201D, zei burgemeester Bart De Wever.");
    Quote x = quote(q, "Het zijn gruwelijke feiten. Het is heel bitter");
    assertThat(x.rule()).isEqualTo("quote-cue-speaker");
    assertThat(x.speaker().mention().text()).isEqualTo("burgemeester Bart De Wever");
  }

  @Test
  void aQuoteInTheHeadlineIsSaidByTheNextNamedSpeaker() {
    List<Quote> q = quotes("\u201COnze argumentatie is begrepen\u201D\n"
        + "De staatssecretaris is tevreden. \u201CHet akkoord is goed\u201D, zegt Eddy Boutmans.\n", "Eddy Boutmans");
    Quote x = quote(q, "Onze argumentatie is begrepen");
    assertThat(x.kind()).isEqualTo(Quote.Kind.HEADLINE);
    assertThat(x.rule()).isEqualTo("headline-quote");
    assertThat(x.speaker().name()).isEqualTo("Eddy Boutmans");
  }

  @Test
  void aCuelessQuoteAfterASentenceAboutAPersonIsThatPersons() {
    List<Quote> q = quotes("\u201CIk begin er pas aan\u201D, zegt Bert Lambrechts. Ludwig Vandenhove maakt zich zorgen. "
        + "\u201CIk heb de toelagen verhoogd.\u201D", "Bert Lambrechts", "Ludwig Vandenhove");
    Quote x = quote(q, "Ik heb de toelagen verhoogd.");
    assertThat(x.rule()).isEqualTo("previous-subject");
    assertThat(x.speaker().name()).isEqualTo("Ludwig Vandenhove");
  }

  @Test
  void aSpeakersNameEndsWhereAnotherNameStarts() {
    List<Quote> q = quotes("\u201CWe gaan door\u201D, zei Rutte in Den Haag.", "Rutte", "Den Haag");
    assertThat(quote(q, "We gaan door").speaker().mention().text()).isEqualTo("Rutte");
  }

  @Test
  void theFirstQuoteAfterASentenceAboutHimIsHis() {
    List<Quote> q = quotes("Wim Kok was premier in 2001. Hij kijkt terug op die tijd. "
        + "\u201EMet een zo koel mogelijk hoofd ga je de zaken bespreken.\u201D", "Wim Kok");
    Quote x = quote(q, "Met een zo koel mogelijk hoofd ga je de zaken bespreken.");
    assertThat(x.rule()).isEqualTo("previous-subject");
    assertThat(x.speaker().name()).isEqualTo("Wim Kok");
  }

  @Test
  void aDefiniteRoleNounIsThePersonTheTextGaveThatRole() {
    List<Quote> q = quotes("Burgemeester Hubert Bruls opende de vergadering. \u201COnacceptabel\u201D, zei de burgemeester.",
        "Hubert Bruls");
    Quote x = quote(q, "Onacceptabel");
    assertThat(x.speaker().mention().text()).isEqualTo("de burgemeester");
    assertThat(x.speaker().name()).isEqualTo("Hubert Bruls");
  }

  @Test
  void aRoleNounFindsThePersonAlsoBehindAPortfolio() {
    List<Quote> q = quotes("Het tekort loopt op, zegt minister van Onderwijs Mariëlle Paul. "
        + "“We moeten sneller”, aldus de minister.", "Mariëlle Paul");
    assertThat(quote(q, "We moeten sneller").speaker().name()).isEqualTo("Mariëlle Paul");
    List<Quote> other = quotes("De minister kwam, zei premier Mariëlle Paul. “We moeten sneller”, aldus de minister.",
        "Mariëlle Paul");
    assertThat(quote(other, "We moeten sneller").speaker().name()).as("a role further back, past a verb, is not hers")
        .isEqualTo("de minister");
  }

  @Test
  void rolesJoinedByEnLeadToTheName() {
    List<Quote> q = nl.verrijk.Verrijk.enrich("‘Een degelijke premier’ en ‘integere politicus’ noemt schrijver "
        + "en oud-politicus voor D66 Jan Terlouw (86) de overleden oud-premier Wim Kok.").quotes();
    assertThat(quote(q, "integere politicus").speaker().name()).isEqualTo("Jan Terlouw");
  }

  @Test
  void anIndefiniteRoleNounStaysADescription() {
    List<Quote> q = quotes("Burgemeester Hubert Bruls opende de vergadering. \u201COnacceptabel\u201D, zei een burgemeester.",
        "Hubert Bruls");
    assertThat(quote(q, "Onacceptabel").speaker().name()).isEqualTo("een burgemeester");
  }

  @Test
  void datZeiXMakesThePreviousSentenceItsContent() {
    List<Quote> q = quotes("Raddraaiers moeten beter in beeld komen bij de politie.\n\n"
        + "Dat zei burgemeester Peter den Oudsten woensdag.");
    Quote x = quote(q, "Raddraaiers moeten beter in beeld komen bij de politie");
    assertThat(x.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(x.rule()).isEqualTo("dat-zei-back");
    assertThat(x.speaker().mention().text()).isEqualTo("burgemeester Peter den Oudsten");
  }

  @Test
  void volgensHemIsAPronounThatResolves() {
    List<Quote> q = quotes("Gerritsen is optimistisch. Volgens hem gaat er een preventieve werking van uit.",
        "Gerritsen");
    Quote x = quote(q, "gaat er een preventieve werking van uit");
    assertThat(x.speaker().mention().text()).isEqualTo("hem");
    assertThat(x.speaker().name()).isEqualTo("Gerritsen");
  }

  @Test
  void volgensHemInsideAnotherClauseDoesNotCutIt() {
    List<Quote> q = quotes("Jansen zegt dat het volgens hem nog een eeuw zal duren.", "Jansen");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("het volgens hem nog een eeuw zal duren");
      assertThat(x.speaker().name()).isEqualTo("Jansen");
    });
  }

  @Test
  void aQuoteLeftOpenAtAParagraphEndRunsToTheEndOfTheParagraph() {
    List<Quote> q = quotes("Kok zei: \u201CTijdens Paars straalde hij rust uit. Hij kon goed wachten.\n"
        + "\u201CHij was geen Lubbers.\u201D", "Kok");
    assertThat(quote(q, "Tijdens Paars straalde hij rust uit. Hij kon goed wachten.").speaker().name()).isEqualTo("Kok");
  }

  @Test
  void aNameInAModifierOfTheSpeakerIsNotTheSpeaker() {
    List<Quote> q = quotes("\u201CHet is een man uit Utrecht\u201D, zegt een woordvoerder van Jan Jansen.", "Jan Jansen");
    assertThat(quote(q, "Het is een man uit Utrecht").speaker().name()).isEqualTo("een woordvoerder van Jan Jansen");
  }

  @Test
  void aPersonalPronounNeverResolvesToAnOrganisation() {
    Article a = TEXT.annotate("\u201CWe staken\u201D, zegt Proximus. \u201CHet is genoeg\u201D, zei hij.");
    CharSpan org = new CharSpan(a.text().indexOf("Proximus"), a.text().indexOf("Proximus") + 8);
    TokenRange t = a.align(org).orElseThrow();
    Article named = a.toBuilder().entities(List.of(new Mention("ORG", org, t, 0, "Proximus", 1.0)),
        List.of(new Entity(0, EntityType.ORG, "Proximus", ImmutableList.of(0)))).layer(Layer.ENTITIES).build();
    List<Quote> q = RuleBasedQuoteAttributor.instance().annotate(named).quotes();
    assertThat(quote(q, "We staken").speaker().name()).isEqualTo("Proximus");
    assertThat(quote(q, "Het is genoeg").speaker().name()).isNotEqualTo("Proximus");
  }

  @Test
  void aFirstPersonOpinionInsideADirectQuoteIsPartOfIt() {
    List<Quote> q = quotes("\u201CIk denk dat elke consument een rol kan spelen\u201D, zegt Jan Jansen.", "Jan Jansen");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(Quote.Kind.DIRECT));
  }

  /** The quote with this content and the rule that found it, in a model-free article. */
  private static void foundBy(String text, String content, String rule, String speakerName, String... persons) {
    Quote x = quote(quotes(text, persons), content);
    assertThat(x.rule()).as("rule of «%s»", content).isEqualTo(rule);
    assertThat(x.speaker().name()).as("speaker of «%s»", content).isEqualTo(speakerName);
  }

  @Test
  void eachClauseRuleOnItsOwnShape() {
    String jan = "Jan Peeters";
    foundBy("Volgens Jan Peeters is de schade in de stad groot.", "is de schade in de stad groot", "volgens", jan, jan);
    foundBy("De schade in de stad is groot, aldus Jan Peeters.", "De schade in de stad is groot", "aldus", jan, jan);
    foundBy("Uit Eurostat blijkt dat de schade in de stad groot is.", "de schade in de stad groot is", "uit-blijkt",
        "Eurostat");
    foundBy("Hij was verrast door de vaststelling van Jan Peeters dat de schade in de stad groot is.",
        "de schade in de stad groot is", "noun-van-dat", jan, jan);
    foundBy("Gisteren zei Jan Peeters dat de schade in de stad groot is.", "de schade in de stad groot is",
        "cue-speaker-dat", jan, jan);
    foundBy("De schade in de stad is groot, zegt Jan Peeters.", "De schade in de stad is groot", "content-cue-speaker", jan, jan);
    foundBy("Jan Peeters zegt dat de schade in de stad groot is.", "de schade in de stad groot is", "speaker-cue-dat", jan, jan);
    foundBy("Jan Peeters heeft gezegd dat de schade in de stad groot is.", "de schade in de stad groot is",
        "aux-speaker-cue-dat", jan, jan);
  }

  @Test
  void eachQuoteSieveOnItsOwnShape() {
    String jan = "Jan Peeters";
    foundBy("Jan Peeters zegt: \u201CDe schade in de stad is groot.\u201D", "De schade in de stad is groot.", "speaker-cue-colon",
        jan, jan);
    foundBy("Jan Peeters: \u201CDe schade in de stad is groot.\u201D", "De schade in de stad is groot.", "speaker-colon", jan, jan);
    foundBy("Daarop zei Jan Peeters: \u201CDe schade in de stad is groot.\u201D", "De schade in de stad is groot.",
        "cue-speaker-colon", jan, jan);
    foundBy("\u201CDe schade,\u201D zegt Jan Peeters, \u201Cis in de stad groot.\u201D", "is in de stad groot.", "split-quote",
        jan, jan);
    foundBy("Jan Peeters noemt de schade in de stad \u201Cheel erg groot\u201D.", "heel erg groot", "sentence-speaker", jan, jan);
    foundBy("\u201CDe schade in de stad is groot\u201D, zegt Jan Peeters. \u201CWe gaan alles herstellen.\u201D",
        "We gaan alles herstellen.", "continuation", jan, jan);
    foundBy("Jan Peeters is \u201Czeer dankbaar\u201D dat de steun er is. Dat zei hij gisteren.", "zeer dankbaar",
        "partial-subject", jan, jan);
  }
}
