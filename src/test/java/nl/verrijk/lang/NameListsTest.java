package nl.verrijk.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name lists: well-formed, sourced and licensed, without duplicates. */
class NameListsTest {

  private static final Set<String> KINDS = Set.of("party", "institution", "ministry", "media", "agency", "programme",
      "club", "company", "platform", "international", "university", "country", "region", "province", "municipality",
      "city", "building", "event", "product");

  @Test
  void everyListSaysWhereItCameFromAndUnderWhichLicence() throws IOException {
    for (String file : NameLists.FILES) {
      try (InputStream in = NameLists.class.getResourceAsStream("names/" + file)) {
        assertThat(in).as(file).isNotNull();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(file).startsWith("#").contains("http").contains("CC0");
      }
    }
  }

  @Test
  void everyEntryIsWellFormedAndListedOnce() {
    Set<String> seen = new HashSet<>();
    for (NameLists.Entry e : NameLists.entries()) {
      assertThat(KINDS).as(e.toString()).contains(e.kind());
      assertThat(e.country()).as(e.toString()).isIn("NL", "BE", "INT");
      assertThat(seen.add(e.form() + "\t" + e.type() + "\t" + e.kind())).as("listed twice: " + e).isTrue();
    }
    assertThat(NameLists.entries()).hasSizeGreaterThan(2000);
    assertThat(NameLists.entries()).extracting(NameLists.Entry::kind).contains("party", "club", "municipality");
  }

  @Test
  void aMalformedLineFailsNamingTheFile() {
    assertThatThrownBy(() -> NameLists.parse("parties.tsv", List.of("N-VA ORG party BE")))
        .hasMessageContaining("names/parties.tsv").hasMessageContaining("N-VA ORG party BE");
    assertThatThrownBy(() -> NameLists.parse("parties.tsv", List.of("N-VA\tPARTY\tparty\tBE")))
        .hasMessageContaining("PER, LOC, ORG or MISC");
  }
}
