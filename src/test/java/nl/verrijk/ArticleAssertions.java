package nl.verrijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verrijk.model.Article;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.tokenize.RuleBasedTokenizer;

/** Offset invariants every article must satisfy, used by tests everywhere. */
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
