package nl.verrijk.tokenize;

import static nl.verrijk.ArticleAssertions.assertConsistent;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.verrijk.Verrijk;

/** Random text never breaks the token and sentence invariants. */
class TokenizerPropertiesTest {

  @Property(tries = 500)
  void tokensAreOrderedNonOverlappingAndLossless(@ForAll("newsLike") String text) {
    assertConsistent(Verrijk.enrich(text));
  }

  @Property(tries = 300)
  void anyUnicodeIsLossless(@ForAll String text) {
    assertConsistent(Verrijk.enrich(text));
  }

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> pieces = Arbitraries.of("Het", "kabinet", "zei", "'s", "'t", "auto's", "134.803", "2,5",
        "o.a.", "J.P.", "dr.", "EU-top", "16-", "geleden", "BRUSSEL", "(ANP/RTR)", "-", "–", "\"", "“", "”", "„",
        "‘", "’", "'", ".", ",", "?", "!", "...", "…", ":", ";", "(", ")", "5%", "@NOS", "#tag", "www.a.nl",
        "a@b.nl", "\n", "\r\n", "\t", " ", "\u00A0", "\uFEFF", "\u0000", "\uD800", "👍", "é", "ë", "x");
    return pieces.list().ofMaxSize(60).map(l -> String.join(Arbitraries.of("", " ").sample(), l));
  }
}
