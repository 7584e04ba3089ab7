package nl.verrijk.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Entity;
import nl.verrijk.model.EntityType;
import nl.verrijk.model.Mention;
import nl.verrijk.model.TokenRange;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {

  private static Mention m(String type, String text) {
    return new Mention(type, CharSpan.of(0, text.length()), TokenRange.of(0, 1), 0, text, 1);
  }

  @Test
  void surnamesAcronymsAndCapitalsJoinTheirEntity() {
    List<Entity> e = EntityGrouper.group(List.of(m("PER", "Donald Tusk"), m("LOC", "VS"), m("PER", "Tusk"),
        m("LOC", "Verenigde Staten"), m("LOC", "BRUSSEL"), m("LOC", "Brussel"), m("PER", "Trump")));
    assertThat(e).extracting(Entity::name).containsExactly("Donald Tusk", "Verenigde Staten", "Brussel", "Trump");
    assertThat(e.get(0).mentions()).containsExactly(0, 2);
    assertThat(e.get(1).mentions()).containsExactly(1, 3);
    assertThat(e.get(2).mentions()).containsExactly(4, 5);
  }

  @Test
  void aSurnameWithItsParticleJoinsTheFullName() {
    List<Entity> e = EntityGrouper.group(List.of(m("PER", "Alexander De Croo"), m("PER", "De Croo"),
        m("PER", "Van der Linden"), m("PER", "Jan van der Linden")));
    assertThat(e).extracting(Entity::name).containsExactly("Alexander De Croo", "Jan van der Linden");
  }

  @Test
  void aFirstNameAfterTheFullNameJoinsIt() {
    List<Entity> e = EntityGrouper.group(List.of(m("PER", "Gerard van der Meij"), m("PER", "Joshua Eusman"),
        m("PER", "Gerard"), m("PER", "J."), m("LOC", "Joshua")));
    assertThat(e).extracting(Entity::name).containsExactly("Gerard van der Meij", "Joshua Eusman", "J.", "Joshua");
    assertThat(e.get(0).mentions()).containsExactly(0, 2);
  }

  @Test
  void aSurnameBeforeTheFullNameStillJoins() {
    List<Entity> e = EntityGrouper.group(List.of(m("PER", "Rutte"), m("PER", "Mark Rutte")));
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.name()).isEqualTo("Mark Rutte");
      assertThat(x.mentions()).containsExactly(0, 1);
    });
  }

  @Test
  void exampleArticleEntities() {
    Article a = Verrijk.enrich(Shared.exampleArticle());
    Entity tusk = a.entities().stream().filter(x -> x.name().equals("Donald Tusk")).findFirst().orElseThrow();
    assertThat(tusk.label()).isEqualTo(EntityType.PER);
    assertThat(a.mentions(tusk)).extracting(Mention::text).contains("Donald Tusk", "Tusk");
    assertThat(a.entities()).filteredOn(x -> x.name().equals("Kremlin")).singleElement()
        .satisfies(x -> assertThat(x.mentions().size()).isGreaterThanOrEqualTo(2));
    assertThat(a.mentions()).allSatisfy(x -> assertThat(a.sentenceOf(x.tokens().end() - 1)).isEqualTo(x.sentence()));
    assertThat(a.quotes()).filteredOn(q -> q.text().startsWith("Dit is een cruciale kwestie")).singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Donald Tusk"));
  }

  @Test
  void theFirstPartOfADoubleSurnameIsThePerson() {
    assertThat(EntityGrouper.firstOfDoubleSurname("Beelaerts", "P. Beelaerts van Blokland")).isTrue();
    assertThat(EntityGrouper.firstOfDoubleSurname("Beelaerts", "jhr. P. Beelaerts van der Blokland")).isTrue();
    assertThat(EntityGrouper.firstOfDoubleSurname("Jan", "Jan van Dijk")).as("a first name is no surname").isFalse();
    assertThat(EntityGrouper.firstOfDoubleSurname("Berg", "P. Berg en Dal Jansen")).isFalse();
  }
}
