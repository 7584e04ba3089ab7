package nl.verrijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Section;
import nl.verrijk.model.Structure;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;

/**
 * The invariants every article must satisfy, layer by layer, each checked against an oracle of its
 * own (the text and a scan of the tokens, not the annotators' code); used by tests everywhere.
 */
public final class ArticleAssertions {

  private ArticleAssertions() {}

  /** Checks order, non-overlap, losslessness and that every sentence and token points into the text. */
  public static void assertConsistent(Article a) {
    String text = a.text();
    StringBuilder rebuilt = new StringBuilder();
    List<Token> tokens = a.tokens();
    int first = tokens.isEmpty() ? text.length() : tokens.get(0).begin();
    for (int i = 0; i < first; i++) {
      assertThat(nl.verrijk.text.Chars.isSpace(text.charAt(i))).as("leading char %d is whitespace", i).isTrue();
    }
    rebuilt.append(text, 0, first);
    int prevEnd = 0;
    for (Token t : tokens) {
      assertThat(t.begin()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
      for (char c : t.whitespaceAfter().toCharArray()) {
        assertThat(nl.verrijk.text.Chars.isSpace(c)).as("gap after %s holds only whitespace", t).isTrue();
      }
      rebuilt.append(t.textWithWhitespace());
      prevEnd = t.end();
    }
    assertThat(rebuilt.toString()).isEqualTo(text);
    int next = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.tokens().start()).isEqualTo(next);
      assertThat(s.tokens().size()).isPositive();
      next = s.tokens().end();
    }
    if (!a.sentences().isEmpty()) {
      assertThat(next).isEqualTo(tokens.size());
    }
    if (a.has(nl.verrijk.model.Layer.DEPENDENCIES)) {
      for (Sentence s : a.sentences()) {
        assertTree(a, s);
      }
    }
    a.mentions().forEach(m -> assertMention(a, m));
    assertEntities(a);
    assertQuotes(a);
    assertStructure(a);
    for (nl.verrijk.model.Keyword k : a.keywords()) {
      assertThat(k.count()).as("count of %s", k).isPositive();
      assertThat(k.form()).as("form of %s", k).isNotBlank();
      assertThat(text.toLowerCase(java.util.Locale.ROOT)).as("keyword form %s occurs in the text", k)
          .contains(k.form().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A span inside the text, begin before end. */
  private static void assertSpan(Article a, CharSpan span, String what) {
    assertThat(span.begin()).as("%s begins inside the text", what).isBetween(0, a.text().length());
    assertThat(span.end()).as("%s ends inside the text, after it begins", what).isBetween(span.begin(), a.text().length());
  }

  /**
   * A mention: its span inside the text, its text that of the span, its tokens exactly the tokens
   * that overlap the span (found by scanning the tokens, not by the tokenizer), its sentence the
   * sentence of its first token, and no sentence boundary inside it.
   */
  public static void assertMention(Article a, Mention m) {
    assertSpan(a, m.span(), "mention " + m);
    assertThat(a.text().substring(m.span().begin(), m.span().end())).as("text of %s", m).isEqualTo(m.text());
    if (a.tokens().isEmpty() || m.tokens().size() == 0) {
      return;
    }
    int from = -1;
    int to = -1;
    for (Token t : a.tokens()) {
      if (t.begin() < m.span().end() && t.end() > m.span().begin()) {
        from = from < 0 ? t.index() : from;
        to = t.index() + 1;
      }
    }
    assertThat(m.tokens().start()).as("first token of %s", m).isEqualTo(from);
    assertThat(m.tokens().end()).as("end token of %s", m).isEqualTo(to);
    assertThat(a.tokens().get(from).begin()).as("%s begins at a token", m).isEqualTo(m.span().begin());
    assertThat(a.tokens().get(to - 1).end()).as("%s ends at a token", m).isEqualTo(m.span().end());
    if (!a.sentences().isEmpty()) {
      Sentence s = a.sentences().get(m.sentence());
      assertThat(s.tokens().start()).as("sentence of %s", m).isLessThanOrEqualTo(from);
      assertThat(s.tokens().end()).as("%s stays in its sentence", m).isGreaterThanOrEqualTo(to);
    }
  }

  /** Entities: indices in order, every mention index valid, each mention in at most one entity, the label the mentions'. */
  private static void assertEntities(Article a) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < a.entities().size(); i++) {
      nl.verrijk.model.Entity e = a.entities().get(i);
      assertThat(e.index()).as("index of %s", e).isEqualTo(i);
      assertThat(e.mentions()).as("mentions of %s", e).isNotEmpty().isSorted();
      boolean labelOfAMention = false;
      for (int m : e.mentions()) {
        assertThat(m).as("mention index of %s", e).isBetween(0, a.mentions().size() - 1);
        assertThat(seen.add(m)).as("mention %d in one entity only", m).isTrue();
        labelOfAMention |= e.label().labels(a.mentions().get(m));
      }
      assertThat(labelOfAMention).as("%s has a label of its mentions", e).isTrue();
    }
  }

  /** Quotes: indices in order, content inside the text with the quote's text, cue and speaker mentions valid. */
  private static void assertQuotes(Article a) {
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      assertThat(q.index()).as("index of %s", q).isEqualTo(i);
      assertSpan(a, q.content(), "content of " + q);
      assertThat(a.text().substring(q.content().begin(), q.content().end())).as("text of %s", q).isEqualTo(q.text());
      if (!a.sentences().isEmpty()) {
        assertThat(q.sentence()).as("sentence of %s", q).isBetween(0, a.sentences().size() - 1);
      }
      if (q.cue() != null) {
        assertMention(a, q.cue());
      }
      if (q.speaker().mention() != null) {
        assertMention(a, q.speaker().mention());
      }
      q.speaker().entity().ifPresent(e -> assertThat(e).as("entity of the speaker of %s", q)
          .isBetween(0, a.entities().size() - 1));
    }
  }

  /** Structure: every span inside the text; sections in order, apart, their paragraphs and dateline inside them. */
  private static void assertStructure(Article a) {
    Structure st = a.structure();
    if (st == null) {
      return;
    }
    for (CharSpan span : java.util.Arrays.asList(st.headline(), st.byline(), st.relatedHeader())) {
      if (span != null) {
        assertSpan(a, span, "structure span " + span);
      }
    }
    if (st.dateline() != null) {
      assertSpan(a, st.dateline().span(), "dateline " + st.dateline());
    }
    int prevEnd = 0;
    for (int i = 0; i < st.sections().size(); i++) {
      Section sec = st.sections().get(i);
      assertThat(sec.index()).as("index of %s", sec).isEqualTo(i);
      assertSpan(a, sec.span(), "section " + sec);
      assertThat(sec.span().begin()).as("%s after the previous section", sec).isGreaterThanOrEqualTo(prevEnd);
      prevEnd = sec.span().end();
      for (CharSpan p : sec.paragraphs()) {
        assertThat(sec.span().contains(p)).as("paragraph %s inside %s", p, sec).isTrue();
      }
      if (sec.dateline() != null) {
        assertThat(sec.span().contains(sec.dateline().span())).as("dateline inside %s", sec).isTrue();
      }
      if (sec.age() != null) {
        assertSpan(a, sec.age().span(), "age of " + sec);
      }
    }
  }

  /** Checks that a sentence's dependencies form a tree: one root, every head inside the sentence, no cycle. */
  public static void assertTree(Article a, Sentence s) {
    int roots = 0;
    for (Token t : a.tokens(s)) {
      assertThat(t.head()).as("head of %s", t).isNotNull();
      assertThat(t.deprel()).as("relation of %s", t).isNotBlank();
      if (t.isRoot()) {
        roots++;
        assertThat(t.deprel()).isEqualTo("root");
        continue;
      }
      assertThat(t.head()).as("head of %s lies in sentence %s", t, s).isBetween(s.tokens().start(), s.tokens().end() - 1);
      assertThat(t.deprel()).isNotEqualTo("root");
      Token x = t;
      for (int steps = 0; !x.isRoot(); steps++) {
        assertThat(steps).as("%s reaches the root without a cycle", t).isLessThanOrEqualTo(s.tokens().size());
        x = a.tokens().get(x.head());
      }
    }
    assertThat(roots).as("roots of sentence %s", s).isEqualTo(1);
  }

  /** Returns the token texts. */
  public static List<String> texts(Article a) {
    return a.tokens().stream().map(Token::text).toList();
  }
}
