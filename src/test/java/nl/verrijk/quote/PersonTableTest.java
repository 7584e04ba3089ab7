package nl.verrijk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.Mention;
import org.junit.jupiter.api.Test;

class PersonTableTest {

  private static char sexOf(Article a, PersonTable t, String name) {
    Mention m = a.mentions().stream().filter(x -> x.text().equals(name)).findFirst().orElseThrow();
    return t.sexOf(m);
  }

  @Test
  void firstNamesAndFormsOfAddressGiveThePersonsSex() {
    Article a = Verrijk.enrich("Minister Annelies Verlinden sprak met premier Bart De Wever. Later kwam mevrouw Jansen. "
        + "Verlinden en De Wever waren het eens. Ook Kim Peeters en Pieters waren er.");
    PersonTable t = new PersonTable(new Phrases(a));
    assertThat(sexOf(a, t, "Annelies Verlinden")).isEqualTo('F');
    assertThat(sexOf(a, t, "Verlinden")).as("a surname alone takes its entity's sex").isEqualTo('F');
    assertThat(sexOf(a, t, "Bart De Wever")).isEqualTo('M');
    assertThat(sexOf(a, t, "Jansen")).isEqualTo('F');
    assertThat(sexOf(a, t, "Kim Peeters")).as("a name for both sexes").isEqualTo('?');
    assertThat(sexOf(a, t, "Pieters")).isEqualTo('?');
  }

  @Test
  void pronounsAskASexThatUnknownOnesMeet() {
    assertThat(PersonTable.pronounSex("hij")).isEqualTo('M');
    assertThat(PersonTable.pronounSex("haar")).isEqualTo('F');
    assertThat(PersonTable.pronounSex("ik")).isEqualTo('?');
    assertThat(PersonTable.agrees('M', 'F')).isFalse();
    assertThat(PersonTable.agrees('M', '?')).isTrue();
    assertThat(PersonTable.agrees('F', 'P')).as("ze may be plural").isTrue();
    assertThat(PersonTable.agrees('M', 'P')).isFalse();
  }
}
