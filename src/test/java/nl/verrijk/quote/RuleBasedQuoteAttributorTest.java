package nl.verrijk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Quote;
import org.junit.jupiter.api.Test;

class RuleBasedQuoteAttributorTest {

  private static List<Quote> quotes(String text) {
    return Verrijk.enrich(text).quotes();
  }

  private static Quote quote(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in " + q));
  }

  private static String speaker(Quote q) {
    return q.speaker().mention() == null ? null : q.speaker().mention().text();
  }

  @Test
  void aHeadlineColonWithNothingAfterItIsNoQuote() {
    // found by TokenizerPropertiesTest: the headline sieve built a quote with an empty, inverted span when the
    // headline's first sentence ended right after its colon
    List<Quote> q = quotes("! BRUSSEL : … BRUSSEL , x \u201C . \u201C \n\" !");
    assertThat(q).allSatisfy(x -> assertThat(x.content().end()).isGreaterThan(x.content().begin()));
  }

  @Test
  void directQuoteWithCueAfter() {
    List<Quote> q = quotes("\"Dit is een cruciale kwestie voor Europa\", zei Tusk.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(x.text()).isEqualTo("Dit is een cruciale kwestie voor Europa");
      assertThat(speaker(x)).isEqualTo("Tusk");
      assertThat(x.cue().text()).isEqualTo("zei");
    });
  }

  @Test
  void anAdjectiveAfterTheSpeakersNounIsNotPartOfTheSpeaker() {
    List<Quote> q = quotes("Ook zou er volgens de officier erg selectief geciteerd zijn uit het verhaal van het OM.");
    assertThat(q).isNotEmpty().allSatisfy(x -> assertThat(speaker(x)).isEqualTo("de officier"));
  }

  @Test
  void aDescriptionByTheHeadOfAnOrganisationsNameIsThatOrganisation() {
    String text = "Storm kost miljoenen\n\nHet Verbond van Verzekeraars verwacht veel schademeldingen na de storm van donderdag. "
        + "Volgens het verbond is de schade groter dan vorig jaar.";
    assertThat(quote(quotes(text), "is de schade").speaker().name()).isEqualTo("Verbond van Verzekeraars");
    String company = "Banen weg bij Philips\n\nHet elektronicaconcern Philips schrapt in Eindhoven 85 banen. "
        + "Gedwongen ontslagen zijn volgens de onderneming niet te vermijden.";
    assertThat(quotes(company)).extracting(Quote::text).containsExactly("Gedwongen ontslagen zijn", "niet te vermijden");
    assertThat(quote(quotes(company), "niet te").speaker().name()).as("the nearest organisation").isEqualTo("Philips");
    String medium = "Misverstand over aanhouding\n\nHet parket van Antwerpen reageert op een bericht van Apache over de zaak. "
        + "Volgens de nieuwssite gaat het om een ernstige fout van het parket.";
    assertThat(quote(quotes(medium), "gaat het").speaker().name()).as("a listed medium, not the nearer parket")
        .isEqualTo("Apache");
  }

  @Test
  void aNameGluedToARoleIsARoleNotTheSpeakersName() {
    String text = "Thielemans wil derde termijn\n\nDe Brusselse Freddy Thielemans wil in 2012 opnieuw kandidaat zijn. "
        + "\"Alleen als u me vermoordt, kandideer ik niet\", zegt de PS-politicus.";
    assertThat(quote(quotes(text), "Alleen als").speaker().name()).isEqualTo("Freddy Thielemans");
  }

  @Test
  void aPronounIsNotThePhraseItsPossessiveOpens() {
    String text = "Ontslagen\n\nFatima Yilmaz is ontslagen door haar werkgever, die stelt dat zij zich niet goed kan concentreren. "
        + "Hoewel ze het ontslag onterecht vindt, erkent ze dat de affaire een wissel op haar trekt.";
    assertThat(quote(quotes(text), "de affaire").speaker().name()).isEqualTo("Fatima Yilmaz");
  }

  @Test
  void aPlaceInTheSubjectKeepsItsClause() {
    List<Quote> q = quotes("Verschillende bewoners in de wijk zeiden eerder vrijdag al dat ze bang zijn voor onrust.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Verschillende bewoners in de wijk"));
  }

  @Test
  void whereAnUnnamedSpeakerWasIsPartOfTheDescription() {
    List<Quote> q = quotes("Verkiezingen in Alkmaar\n\n\"Het is gewoon erg instabiel in de gemeente\", zegt een man bij het stembureau.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("een man bij het stembureau"));
  }

  @Test
  void aPronounSubjectAfterTheVerbBeforeASectionsFirstQuoteSpeaks() {
    String text = "Duivels verliezen\n\nThibaut Courtois was de beste Rode Duivel in de nederlaag tegen Spanje. Al relativeerde hij "
        + "voor de microfoon snel. \"Niemand verdient de titel van beste speler. We misten scherpte.\"";
    assertThat(quote(quotes(text), "Niemand").speaker().name()).isEqualTo("Thibaut Courtois");
  }

  @Test
  void aDescriptionIsTheNearestSpeakerOfThatHeadNotAnEarlierTitledPerson() {
    String text = "Storm\n\n\"We kunnen het behappen\", laat woordvoerder Rene van der Linden van de veiligheidsregio weten.\n\n"
        + "Ook in het zuiden was het druk. \"We lopen richting de vijftig meldingen\", zei een woordvoerder.\n\n"
        + "\"In de Alblasserwaard is het wat rustiger\", gaat de woordvoerder verder.";
    assertThat(quote(quotes(text), "In de Alblasserwaard").speaker().name()).isEqualTo("een woordvoerder");
  }

  @Test
  void volgensRulesOfABodyReportsNoOne() {
    assertThat(quotes("Hij kreeg die straf omdat hij gewed had, volgens de regels van de KNVB.")).isEmpty();
    assertThat(quotes("Hij kreeg die straf omdat hij gewed had, volgens een woordvoerder van de KNVB.")).hasSize(1);
  }

  @Test
  void aldusInMidClauseReportsTheClauseAfterIt() {
    List<Quote> q = quotes("Viroloog Marc Van Ranst verwacht een normaal griepseizoen. Opmerkelijk, aldus de viroloog, is dat er "
        + "opnieuw geen enkele circulatie was in Australië.");
    assertThat(quote(q, "is dat er").speaker().name()).isEqualTo("Marc Van Ranst");
  }

  @Test
  void everyKindOfQuoteMark() {
    for (String[] marks : new String[][] {{"“", "”"}, {"„", "”"}, {"„", "“"}, {"‘", "’"}, {"\"", "\""}}) {
      List<Quote> q = quotes(marks[0] + "Wij gaan door met de steun aan het land" + marks[1] + ", zei Rutte.");
      assertThat(q).as("marks %s %s", marks[0], marks[1]).singleElement()
          .satisfies(x -> assertThat(x.text()).isEqualTo("Wij gaan door met de steun aan het land"));
    }
  }

  @Test
  void marksInTheWild() {
    // a right single quote on both sides, and a double mark typed as two singles with a space between
    String text = "Ploeg wint finale\n\nDe ploeg van trainer Jansen heeft zondag de finale van de beker gewonnen.\n\n"
        + "’Ik ben blij’, zegt Anne Jansen.\n\n' ' Wat moeten we nu?' vroeg Marc Lemmens.\n\n"
        + "Het was ’s avonds laat. ’t Is voorbij, zei hij.";
    List<Quote> q = quotes(text);
    assertThat(q).extracting(Quote::text).contains("Ik ben blij", "Wat moeten we nu?");
    assertThat(q).filteredOn(x -> x.text().startsWith("Ik ben") || x.text().startsWith("Wat moeten"))
        .allSatisfy(x -> assertThat(x.kind()).isEqualTo(Quote.Kind.DIRECT));
    assertThat(q).noneSatisfy(x -> assertThat(x.text()).contains("avonds"));
  }

  @Test
  void volgensInMidClauseSplitsTheContent() {
    List<Quote> q = quotes("Daar is volgens minister Wouter Koolmees geen kritiek op geuit door de bewindspersonen.");
    assertThat(q).extracting(Quote::text).containsExactly("Daar is", "geen kritiek op geuit door de bewindspersonen");
    assertThat(q).allSatisfy(x -> assertThat(x.speaker().name()).isEqualTo("Wouter Koolmees"));
    assertThat(quotes("Ook volgens Koolmees is er geen kritiek geuit door de bewindspersonen.")).extracting(Quote::text)
        .containsExactly("is er geen kritiek geuit door de bewindspersonen");
  }

  @Test
  void anInfinitiveClauseAfterAnInvertedSubject() {
    assertThat(quotes("Desalniettemin zei de NS niet te weten hoeveel reizigers getroffen waren.")).singleElement()
        .satisfies(x -> {
          assertThat(x.text()).isEqualTo("niet te weten hoeveel reizigers getroffen waren");
          assertThat(speaker(x)).isEqualTo("de NS");
        });
    assertThat(quotes("De Jonge zei te willen werken aan het herstel van vertrouwen.")).singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("te willen werken aan het herstel van vertrouwen"));
  }

  @Test
  void aDefiniteDescriptionResolvesToTheSpeakerDescribedSoBefore() {
    List<Quote> q = quotes("Een woordvoerder van de NS zegt dat de treinen morgen weer rijden.\n\n"
        + "\"We zitten in de opstartfase\", zei de woordvoerder.");
    assertThat(quote(q, "We zitten").speaker().name()).isEqualTo(quote(q, "de treinen").speaker().name())
        .isNotEqualTo("de woordvoerder");
    List<Quote> coach = quotes("Ronald Koeman was tevreden na de wedstrijd in Rotterdam.\n\n"
        + "\"We hebben het professioneel uitgespeeld\", zei de bondscoach.");
    assertThat(quote(coach, "We hebben").speaker().name()).isEqualTo("Ronald Koeman");
    List<Quote> later = quotes("\"Ik ben blij en trots op het team\", sprak de bondscoach na het gelijkspel.\n\n"
        + "\"We hebben het professioneel uitgespeeld\", zei Ronald Koeman.");
    assertThat(quote(later, "Ik ben blij").speaker().name()).isEqualTo("Ronald Koeman");
  }

  @Test
  void pronounsAgreeInSexAndSkipSpeechNestedInAQuote() {
    String text = "Ministers eens over nieuwe wet\n\n"
        + "Premier Bart De Wever en minister van Justitie Annelies Verlinden kwamen maandag in Brussel samen.\n\n"
        + "\"Ik vind het jammer dat de oppositie zegt: het is te laat. Dat klopt niet\", aldus De Wever.\n\n"
        + "Volgens haar is de wet in juni klaar. \"We werken hard\", zei ze.";
    List<Quote> q = quotes(text);
    assertThat(quote(q, "is de wet").speaker().name()).isEqualTo("Annelies Verlinden");
    assertThat(quote(q, "We werken hard").speaker().name()).isEqualTo("Annelies Verlinden");
    String male = "Wethouder Karin Bakker en burgemeester Tom Claes openden de brug.\n\n\"Dit is een mooie dag\", zei hij.";
    assertThat(quote(quotes("Brug open\n\n" + male), "Dit is").speaker().name()).isEqualTo("Tom Claes");
  }

  @Test
  void aQuoteRunningOnOverAParagraphBreakIsReadOnce() {
    String text = "Stad blij met geld\n\nBurgemeester Pieter Van der Linden reageerde dinsdag in het stadhuis tevreden op het "
        + "besluit van de regering.\n\n\"We hadden er lang op gewacht.\n\nNu kunnen we eindelijk verder\", voegde hij eraan toe.";
    assertThat(quotes(text)).filteredOn(x -> x.text().startsWith("Nu kunnen")).singleElement()
        .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Pieter Van der Linden"));
  }

  @Test
  void aQuoteWithoutCueAfterANamedSubjectIsTheirs() {
    String text = "Letters moeten weg\n\nDe letters op het Museumplein moeten verdwijnen, vindt de gemeenteraad van Amsterdam.\n\n"
        + "Daar is Job Cohen het niet mee eens. \"In Amsterdam kan zo veel. Niet alles mag, maar er kan heel veel.\"";
    assertThat(quote(quotes(text), "In Amsterdam").speaker().name()).isEqualTo("Job Cohen");
    String object = "Kamer boos\n\n\"Het is een schande\", zegt wethouder Albert Vader van Vlissingen.\n\n"
        + "Nu roept de Kamer staatssecretaris Barbara Visser weer op het matje. \"Dat vind ik een herhaling van zetten.\"";
    assertThat(quote(quotes(object), "Dat vind ik").speaker().name()).isEqualTo("Albert Vader");
    String midParagraph = "Oranje verliest\n\n\"Het is teleurstellend\", zei bondscoach Andries Jonker. \"Dat was geen verrassing.\" "
        + "Een paar minuten later zorgde Marie Detruyer voor de gelijkmaker. \"We hadden ons beter moeten herpakken.\"";
    assertThat(quote(quotes(midParagraph), "We hadden").speaker().name()).as("a subject between quotes of one paragraph")
        .isEqualTo("Andries Jonker");
    String passive = "Kamer boos\n\n\"Het is een schande\", zegt politicoloog Bart Maddens.\n\n"
        + "In de Kamer wordt Dries Van Langenhove buitenspel gezet.\n\n\"Dat was toch veel ophef om niets.\"";
    assertThat(quote(quotes(passive), "Dat was toch").speaker().name()).as("a passive subject").isEqualTo("Bart Maddens");
  }

  @Test
  void aTimePhraseOrExpletiveAfterTheVerbIsNoSpeaker() {
    String text = "Burgemeester wordt minister\n\nDe burgemeester van Rotterdam wordt minister.\n\n"
        + "De burgemeester ontkent een paar dagen ervoor nog dat hij in de race is voor een ministerschap.";
    assertThat(speaker(quote(quotes(text), "hij in de race"))).isEqualTo("De burgemeester");
    String organisation = "Omroep reageert\n\nIn een verklaring meldt de publieke omroep dat de presentator spijt heeft.";
    assertThat(speaker(quote(quotes(organisation), "de presentator"))).isEqualTo("de publieke omroep");
  }

  @Test
  void aParticipleAfterAnAuxiliaryIsACue() {
    String[][] cases = {
      {"De minister heeft gisteren gezegd dat hij morgen naar Brussel komt om te praten.", "De minister"},
      {"Gisteren heeft de minister verklaard dat hij morgen naar Brussel komt om te praten.", "de minister"},
      {"De verdachte zou verklaard hebben dat hij zich niets meer van de feiten herinnert.", "De verdachte"},
      {"De gemeente heeft laten weten dat ze morgen een besluit neemt over de kermis.", "De gemeente"},
      {"De club heeft aangekondigd dat ze volgend seizoen in een nieuw stadion speelt.", "De club"},
    };
    for (String[] c : cases) {
      List<Quote> q = quotes("Kop\n\n" + c[0]);
      assertThat(q).as(c[0]).singleElement().satisfies(x -> {
        assertThat(x.kind()).isEqualTo(Quote.Kind.INDIRECT);
        assertThat(speaker(x)).isEqualTo(c[1]);
      });
    }
  }

  @Test
  void subjectsWithAParticleOrAParticipleAndSeparableTeVerbs() {
    assertThat(speaker(quotes("Kop\n\nVan Nieuwkerk zei dat hij morgen naar Brussel komt om te praten.").get(0)))
        .isEqualTo("Van Nieuwkerk");
    assertThat(speaker(quotes("Kop\n\nDe gedelegeerd bestuurder zei dat hij meer wil inzetten op duurzaamheid.").get(0)))
        .isEqualTo("De gedelegeerd bestuurder");
    Quote te = quote(quotes("Kop\n\nDe fracties laten in een reactie weten boos te zijn op de brief van de wethouder."), "in een");
    assertThat(speaker(te)).isEqualTo("De fracties");
  }

  @Test
  void aDescriptionResolvesToATitleInApposition() {
    String text = "Haven groeit\n\nJacques Vandermeiren, gedelegeerd bestuurder van het Havenbedrijf Antwerpen, sprak op de "
        + "voorstelling van het rapport.\n\nDe gedelegeerd bestuurder zei nog in de toekomst meer te willen inzetten op duurzaamheid.";
    assertThat(quote(quotes(text), "nog in de toekomst").speaker().name()).isEqualTo("Jacques Vandermeiren");
  }

  @Test
  void anOmTeClauseOfAVerbOfAskingIsWhatWasSaid() {
    Quote q = quote(quotes("Kop\n\nDe burgemeester riep de noordelijke steden op om meer samen te werken."), "meer samen");
    assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(q.text()).isEqualTo("meer samen te werken");
    assertThat(quotes("Kop\n\nDe burgemeester riep de steden op om negen uur op voor een vergadering.")).isEmpty();
    for (String asks : new String[] {"verzoekt", "waarschuwt", "adviseert"}) {
      assertThat(quotes("Kop\n\nDe brandweer " + asks + " buurtbewoners om ramen en deuren te sluiten."))
          .as(asks).extracting(Quote::text).containsExactly("ramen en deuren te sluiten");
    }
  }

  @Test
  void aDescriptionByASynonymOfATitleResolvesToItsHolder() {
    String text = "Nieuwjaar\n\nDat zei burgemeester Peter den Oudsten tijdens zijn nieuwjaarstoespraak.\n\n"
        + "De burgervader van Groningen zei dat de steden beter moeten samenwerken in het Noorden.";
    assertThat(quote(quotes(text), "de steden").speaker().name()).isEqualTo("Peter den Oudsten");
  }

  @Test
  void theSourceOfUitBlijktSpeaks() {
    Quote q = quote(quotes("Kop\n\nUit de gespreksverslagen blijkt onder meer dat de minister zeer ontstemd was over de samenwerking."),
        "de minister");
    assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(speaker(q)).isEqualTo("de gespreksverslagen");
    assertThat(quotes("Kop\n\nUit het raam blijkt dat de straat nat is van de regen van vannacht.")).isEmpty();
  }

  @Test
  void aSubjectAfterWaarinSpeaksAndAnAdjectiveIsNoSpeaker() {
    Quote q = quote(quotes("Kop\n\nVos schreef een brief waarin hij stelt het onjuist te vinden dat de provincie ingrijpt in de omroep."),
        "het onjuist");
    assertThat(speaker(q)).isEqualTo("hij");
  }

  @Test
  void aVoorPhraseAfterANameIsNoPartOfTheSpeaker() {
    Quote q = quote(quotes("Kop\n\n\"Het was geen topper\", zei Jan Peeters voor de camera's van de zender."), "Het was");
    assertThat(speaker(q)).isEqualTo("Jan Peeters");
    Quote role = quote(quotes("Kop\n\n\"Het was geen topper\", zei de minister voor Klimaat na afloop."), "Het was");
    assertThat(speaker(role)).isEqualTo("de minister voor Klimaat");
  }

  @Test
  void aNounOfSayingNamesItsSpeakerAfterVan() {
    List<Quote> q = quotes("Kop\n\nZe voelt zich niet aangesproken door de vaststelling van partijvoorzitter Bart De Wever "
        + "dat de ministers niet actief genoeg zijn in de regering.");
    assertThat(speaker(quote(q, "de ministers"))).isEqualTo("partijvoorzitter Bart De Wever");
    assertThat(quotes("Kop\n\nDe verklaring van de storm is dat de luchtdruk laag was boven de Noordzee.")).isEmpty();
  }

  @Test
  void aVerbOfSayingInsideAQuoteIsNotItsSpeaker() {
    String text = "Minister reageert\n\nMinister Maggie De Block reageerde maandag in Brussel op de kritiek.\n\n"
        + "\"Het is spijtig dat hun voorzitter zegt dat ze niet meer actief zijn.\"";
    Quote q = quote(quotes(text), "Het is spijtig");
    assertThat(speaker(q)).isNotEqualTo("hun voorzitter");
    assertThat(q.speaker().name()).isEqualTo("Maggie De Block");
  }

  @Test
  void subjectsBeforeAParenthesisOrARelativeDie() {
    assertThat(quotes("Minister Wouter Koolmees (D66) weerspreekt dat het kabinet Kamerleden het zwijgen heeft opgelegd."))
        .singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Wouter Koolmees"));
    assertThat(quotes("Ze is ontslagen door haar werkgever, die stelt dat zij zich niet goed kan concentreren."))
        .singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("haar werkgever"));
  }

  @Test
  void volgensInASecondClauseTakesOnlyThatClause() {
    assertThat(quotes("Velthuis wil het geld nog wel geven, maar dan moet volgens hem de kwaliteit echt omhoog."))
        .extracting(Quote::text).containsExactly("dan moet", "de kwaliteit echt omhoog");
  }

  @Test
  void anInterviewAnswerAfterANameAndAColonIsDirect() {
    String text = "Gesprek met De Gucht\n\nKarel De Gucht is sinds zaterdag voorzitter van de VLD.\n\n"
        + "Ecolo heeft het stadium van de maturiteit nog niet bereikt?\n\n"
        + "De Gucht: Ecolo zit nog in het stadium van de beweging. Bij Ecolo borrelen de dingen meer op.\n\nLees ook: iets anders";
    assertThat(quotes(text)).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(x.text()).isEqualTo("Ecolo zit nog in het stadium van de beweging. Bij Ecolo borrelen de dingen meer op.");
      assertThat(x.speaker().name()).isEqualTo("Karel De Gucht");
    });
  }

  @Test
  void aHeadlineRoleIsThePersonTheBodyTitlesSoOrFirstQuotes() {
    String titled = "Burgemeester duidelijk: geen bendes in de stad\n\nBRUGGE - Burgemeester Dirk Vermeulen reageerde maandag "
        + "op vragen over het geweld in de binnenstad. \"Dit is geen oorlog\", aldus Vermeulen.";
    assertThat(quote(quotes(titled), "geen bendes").speaker().name()).isEqualTo("Dirk Vermeulen");
    String named = "Politiechef: we zijn voorbereid op een heet weekend\n\nDEN HAAG - De politie zet dit weekend extra agenten in. "
        + "\"We zijn er klaar voor\", zegt Wilbert Paulissen.";
    assertThat(quote(quotes(named), "we zijn voorbereid").speaker().name()).isEqualTo("Wilbert Paulissen");
  }

  @Test
  void cueInTheMiddleGivesBothPartsTheSpeaker() {
    List<Quote> q = quotes("\"Wij zijn,\" zei Jansen, \"niet van plan om op te geven.\"");
    assertThat(q).hasSize(2).allSatisfy(x -> assertThat(speaker(x)).isEqualTo("Jansen"));
    assertThat(q.get(1).text()).isEqualTo("niet van plan om op te geven.");
  }

  @Test
  void aldusAndVolgens() {
    assertThat(quotes("\"De situatie blijft moeilijk\", aldus Sjmyhal.")).singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Sjmyhal"));
    assertThat(quotes("Volgens Kallas hebben de betrekkingen een flinke klap gekregen.")).singleElement()
        .satisfies(x -> {
          assertThat(x.kind()).isEqualTo(Quote.Kind.INDIRECT);
          assertThat(speaker(x)).isEqualTo("Kallas");
          assertThat(x.text()).isEqualTo("hebben de betrekkingen een flinke klap gekregen");
        });
  }

  @Test
  void indirectSpeechWithDat() {
    assertThat(quotes("Rutte zegt dat de NAVO sterker moet worden.")).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(Quote.Kind.INDIRECT);
      assertThat(x.text()).isEqualTo("de NAVO sterker moet worden");
      assertThat(speaker(x)).isEqualTo("Rutte");
    });
  }

  @Test
  void aTimeWordAfterTheCueIsNotTheSpeaker() {
    for (String when : new String[] {"dinsdag", "zaterdagavond", "gisteren"}) {
      assertThat(quotes("Het Russische leger zei " + when + " dat de aanval was afgeslagen.")).as(when)
          .singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Het Russische leger"));
    }
  }

  @Test
  void separableReportingVerb() {
    assertThat(quotes("\"Wij stoppen ermee\", liet Heineken weten.")).singleElement()
        .satisfies(x -> assertThat(x.cue().text()).isEqualTo("liet"));
  }

  @Test
  void aQuoteWithoutCueContinuesThePreviousSpeaker() {
    List<Quote> q = quotes("\"Dit is cruciaal\", zei Tusk bij aankomst. \"Het mag niet zo zijn dat we falen.\"");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker().mention()).isNull();
    assertThat(q.get(1).speaker().name()).isEqualTo(q.get(0).speaker().name());
    assertThat(q.get(1).rule()).isEqualTo("continuation");
  }

  @Test
  void aQuoteRunningOverSeveralSentencesIsOne() {
    List<Quote> q = quotes("Hij zei: \"Het is klaar. We gaan naar huis. Morgen is er weer een dag.\" Daarna vertrok hij.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("Het is klaar. We gaan naar huis. Morgen is er weer een dag.");
      assertThat(speaker(x)).isEqualTo("Hij");
    });
  }

  @Test
  void pronounsResolveToThePreviousSpeakerInTheSameSection() {
    Article a = Verrijk.enrich("Volgens Kallas is het ernstig. \"Dit komt Rusland ten goede\", zei ze.\n"
        + "3 uur geledenBRUSSEL (ANP) - \"Wij zijn klaar\", zei hij.");
    List<Quote> q = a.quotes();
    assertThat(q).hasSize(3);
    assertThat(q.get(1).speaker().name()).isEqualTo(q.get(0).speaker().name());
    assertThat(q.get(2).speaker().name()).as("no antecedent across feed items").isEqualTo("hij");
  }

  @Test
  void theAntecedentOfARelativePronounSpeaks() {
    List<Quote> q = Verrijk.enrich("Er zijn mensen die vinden dat het nu wel genoeg is geweest.").quotes();
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("het nu wel genoeg is geweest");
      assertThat(x.speaker().mention().text()).isEqualTo("mensen");
    });
  }

  @Test
  void aTimeAdverbialAfterTheCueIsNoSpeaker() {
    assertThat(Verrijk.enrich("Proximus kondigde vorige donderdag aan dat 1.900 banen bedreigd zijn.").quotes())
        .singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Proximus"));
  }

  @Test
  void aPeriodNounAfterTheCueIsNoSpeaker() {
    assertThat(Verrijk.enrich("De Volkskrant berichtte vorige week dat de presentator verklaringen stuurde.").quotes())
        .singleElement().satisfies(x -> assertThat(x.speaker().mention().text()).isEqualTo("De Volkskrant"));
  }

  @Test
  void lessCommonVerbsOfSayingReportToo() {
    assertThat(Verrijk.enrich("Burgemeester Mans beklemtoonde dat het bedrijf alle vergunningen had.").quotes())
        .singleElement().satisfies(x -> assertThat(x.text()).isEqualTo("het bedrijf alle vergunningen had"));
    assertThat(Verrijk.enrich("De voorzitter maakte het wereldkundig: zaterdag begint de tocht.").quotes())
        .singleElement().satisfies(x -> assertThat(x.speaker().mention().text()).isEqualTo("De voorzitter"));
  }

  @Test
  void anInfinitiveClauseOfASpeechVerbIsIndirectSpeech() {
    assertThat(Verrijk.enrich("Hij zegt de zaak te zullen onderzoeken.").quotes()).singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("de zaak te zullen onderzoeken"));
    assertThat(Verrijk.enrich("Veertig procent van de bedrijven verwacht geen hinder te ondervinden van de staking.")
        .quotes()).as("an expectation is no quote").isEmpty();
    assertThat(Verrijk.enrich("De omroep zei later te twijfelen aan zijn oprechtheid.").quotes()).singleElement()
        .as("only an adverb between the verb and te").satisfies(x -> assertThat(x.text())
            .isEqualTo("later te twijfelen aan zijn oprechtheid"));
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotes() {
    assertThat(quotes("Het leger doodde zeventig \"nationalisten\" in de regio.")).isEmpty();
    assertThat(quotes("De film \"De Aanslag\" won een Oscar.")).isEmpty();
  }

  @Test
  void headlineConvention() {
    Article a = Verrijk.enrich("Kremlin: aanvallers gebruikten westers wapentuig\nMOSKOU (ANP) - Het Kremlin zegt dat.");
    assertThat(a.quotes()).first().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(Quote.Kind.HEADLINE);
      assertThat(speaker(x)).isEqualTo("Kremlin");
      assertThat(x.text()).isEqualTo("aanvallers gebruikten westers wapentuig");
    });
  }

  @Test
  void unbalancedQuotesDoNotBreakAnything() {
    assertThat(quotes("\"Dit is nooit afgesloten, zei hij. En toen \" weer.")).isNotNull();
    assertThat(quotes("“““ ” ” „")).isNotNull();
  }
}
