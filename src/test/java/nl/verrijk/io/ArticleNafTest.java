package nl.verrijk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.model.Article;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * NAF out: well-formed, and holding what the NAF DTD (newsreader/NAF, naf.dtd) requires of each
 * element this writer uses, with every span pointing at an existing word form or term; the
 * attribution layer, which the DTD lacks, as the NAF documentation's attribution section gives it.
 */
class ArticleNafTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Iterable<Element> all(Document d, String tag) {
    NodeList nodes = d.getElementsByTagName(tag);
    java.util.List<Element> out = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static void targetsIn(Element e, Set<String> ids) {
    NodeList targets = e.getElementsByTagName("target");
    assertThat(targets.getLength()).as("a span with targets in " + e.getTagName()).isPositive();
    for (int i = 0; i < targets.getLength(); i++) {
      assertThat(ids).contains(((Element) targets.item(i)).getAttribute("id"));
    }
  }

  @Test
  void theExampleArticleAsNafHasEveryRequiredPartAndEverySpanResolves() throws Exception {
    Article a = Verrijk.enrich("example", Shared.exampleArticle());
    Document d = parse(ArticleNaf.write(a));
    Element naf = d.getDocumentElement();
    assertThat(naf.getTagName()).isEqualTo("NAF");
    assertThat(naf.getAttribute("xml:lang")).isEqualTo("nl");
    assertThat(d.getElementsByTagName("raw").item(0).getTextContent()).isEqualTo(a.text());
    for (Element lps : all(d, "linguisticProcessors")) {
      assertThat(lps.getAttribute("layer")).isNotEmpty();
      Element lp = (Element) lps.getElementsByTagName("lp").item(0);
      assertThat(lp.getAttribute("name")).isNotEmpty();
      assertThat(lp.getAttribute("version")).isNotEmpty();
    }
    Set<String> ids = new HashSet<>();
    Set<String> words = new HashSet<>();
    for (Element wf : all(d, "wf")) {
      assertThat(ids.add(wf.getAttribute("id"))).isTrue();
      words.add(wf.getAttribute("id"));
      int offset = Integer.parseInt(wf.getAttribute("offset"));
      int length = Integer.parseInt(wf.getAttribute("length"));
      assertThat(a.text().substring(offset, offset + length)).isEqualTo(wf.getTextContent());
    }
    assertThat(words).hasSize(a.tokens().size());
    Set<String> terms = new HashSet<>();
    for (Element term : all(d, "term")) {
      assertThat(ids.add(term.getAttribute("id"))).isTrue();
      terms.add(term.getAttribute("id"));
      assertThat(term.getAttribute("lemma")).isNotEmpty();
      assertThat(term.getAttribute("pos")).matches("[NRGVPACDO]");
      targetsIn(term, words);
    }
    int entities = 0;
    for (Element entity : all(d, "entity")) {
      assertThat(ids.add(entity.getAttribute("id"))).isTrue();
      assertThat(entity.getAttribute("type")).isIn("PER", "LOC", "ORG", "MISC");
      targetsIn((Element) entity.getElementsByTagName("references").item(0), terms);
      entities++;
    }
    assertThat(entities).isEqualTo(a.entities().size());
    int statements = 0;
    for (Element statement : all(d, "statement")) {
      assertThat(ids.add(statement.getAttribute("id"))).isTrue();
      targetsIn((Element) statement.getElementsByTagName("statement_target").item(0), terms);
      NodeList source = statement.getElementsByTagName("statement_source");
      if (source.getLength() > 0) {
        targetsIn((Element) source.item(0), terms);
      }
      statements++;
    }
    assertThat(statements).isEqualTo(a.quotes().size());
    assertThat(d.getElementsByTagName("statement_source").getLength()).isPositive();
    assertThat(d.getElementsByTagName("statement_cue").getLength()).isPositive();
  }

  @Test
  void everyCharacterIsEscapedAndAnEmptyArticleIsAHeaderAndRawText() throws Exception {
    String text = "Hij schreef <script>alert(\"&\")</script> en ]]> erbij.";
    Document d = parse(ArticleNaf.write(Verrijk.enrich(text)));
    assertThat(d.getElementsByTagName("raw").item(0).getTextContent()).isEqualTo(text);
    assertThat(d.getElementsByTagName("script").getLength()).isZero();
    Document empty = parse(ArticleNaf.write(Article.of("")));
    assertThat(empty.getElementsByTagName("raw").item(0).getTextContent()).isEmpty();
    assertThat(empty.getElementsByTagName("text").getLength()).isZero();
    assertThat(ArticleNaf.nafPos("PROPN")).isEqualTo("R");
    assertThat(ArticleNaf.nafPos("PUNCT")).isEqualTo("O");
  }
}
