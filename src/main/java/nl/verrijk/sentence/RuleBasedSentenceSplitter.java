package nl.verrijk.sentence;

import java.util.List;
import nl.verrijk.lang.Abbreviations;
import nl.verrijk.model.Token;
import nl.verrijk.text.Chars;

/**
 * Splits Dutch news text into sentences by rules: final punctuation followed by a likely sentence
 * start (closing quotes and brackets stay with the sentence they close), line breaks (headlines and
 * other lines without final punctuation), and page text glued together ({@code geledenBRUSSEL}).
 * Abbreviations, initials and ordinals do not end sentences; a dateline such as
 * {@code MOSKOU (ANP/RTR) -} stays with the sentence it opens. Immutable and thread-safe.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

  private static final RuleBasedSentenceSplitter INSTANCE = new RuleBasedSentenceSplitter();

  private RuleBasedSentenceSplitter() {}

  /** Returns the shared instance. */
  public static RuleBasedSentenceSplitter instance() {
    return INSTANCE;
  }

  /** Marks the tokens after which a sentence ends. */
  @Override
  public boolean[] sentenceEnds(String text, List<Token> tokens) {
    int n = tokens.size();
    boolean[] ends = new boolean[n];
    boolean[] straightQuoteOpen = new boolean[n]; // before token i, an odd number of " on its line
    boolean open = false;
    for (int i = 0; i < n; i++) {
      straightQuoteOpen[i] = open;
      if (tokens.get(i).text().equals("\"")) {
        open = !open;
      }
      if (Chars.hasLineBreak(tokens.get(i).whitespaceAfter())) {
        open = false;
      }
    }
    for (int i = 0; i < n - 1; i++) {
      Token t = tokens.get(i);
      Token next = tokens.get(i + 1);
      String ws = t.whitespaceAfter();
      if (ws.isEmpty() && isGlued(t, next)) {
        ends[i] = true;
      } else if (Chars.hasLineBreak(ws)) {
        ends[i] = blankLine(ws) || !continuesLine(t, next);
      } else if (isTerminal(t.text())) {
        int last = i;
        while (last + 1 < n && (isClosingAfter(tokens.get(last), tokens.get(last + 1))
            || tokens.get(last + 1).text().equals("\"") && straightQuoteOpen[last + 1])) {
          last++;
        }
        if (last + 1 < n && startsSentence(tokens.get(last + 1).text(), t.text())) {
          ends[last] = true;
        }
        i = last == i ? i : last - 1; // re-examine the last closer for a line break
      }
    }
    if (n > 0) {
      ends[n - 1] = true;
    }
    return ends;
  }

  /** Sentence-final punctuation, or an abbreviation that may end a sentence. */
  private static boolean isTerminal(String s) {
    char last = s.charAt(s.length() - 1);
    if (last == '!' || last == '?' || last == '\u2026') {
      return isPunctuation(s);
    }
    if (last == '.') {
      return isPunctuation(s) || Abbreviations.canEndSentence(s);
    }
    return false;
  }

  private static boolean isPunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the next token closes a quote or bracket opened before the terminal punctuation. */
  private static boolean isClosingAfter(Token t, Token next) {
    String s = next.text();
    if (s.length() > 2) {
      return false;
    }
    if (s.equals("''")) {
      return true; // the typewriter closing quote of Dutch text (opened by ,, or ``)
    }
    char c = s.charAt(0);
    switch (c) {
      case ')': case ']': case '}': case '\u201D': case '\u2019': case '\u00BB':
        return true;
      case '"': case '\'':
        // a straight quote glued to the punctuation closes; one followed by a word opens
        return t.whitespaceAfter().isEmpty() && (next.whitespaceAfter().length() > 0 || s.length() == 2);
      default:
        return false;
    }
  }

  /** Whether a token can open a sentence after terminal punctuation. */
  private static boolean startsSentence(String s, String terminal) {
    int cp = s.codePointAt(0);
    if (Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)) {
      return true;
    }
    if (Character.isLowerCase(cp)) {
      // 't, 's morgens, 'n start sentences too
      return false;
    }
    switch (s.charAt(0)) {
      case '"': case '\u201C': case '\u201E': case '\u2018': case '\'': case '(': case '[': case '\u00AB':
      case '-': case '\u2013': case '\u2014': case '\u2022': case '*': case ',':
        return s.charAt(0) != ',' || s.startsWith(",,");
      default:
        return !Character.isLetter(cp) && !isPunctuation(s) && !terminal.equals("\u2026");
    }
  }

  private static boolean blankLine(String ws) {
    int breaks = 0;
    for (int i = 0; i < ws.length(); i++) {
      char c = ws.charAt(i);
      if (Chars.isLineBreak(c) && !(c == '\r' && i + 1 < ws.length() && ws.charAt(i + 1) == '\n')) {
        breaks++;
      }
    }
    return breaks >= 2;
  }

  /** A line that runs on: the next line starts in lower case and this one is not finished. */
  private static boolean continuesLine(Token t, Token next) {
    return Character.isLowerCase(next.text().codePointAt(0)) && !isTerminal(t.text())
        && !next.text().startsWith("'");
  }

  /** Page text glued together: a word ending in lower case directly followed by a word in capitals. */
  private static boolean isGlued(Token t, Token next) {
    String a = t.text();
    String b = next.text();
    return Character.isLowerCase(a.charAt(a.length() - 1)) && b.length() >= 2
        && Character.isUpperCase(b.charAt(0)) && Character.isUpperCase(b.charAt(1));
  }

  /** Reads as {@code RuleBasedSentenceSplitter}. */
  @Override
  public String toString() {
    return "RuleBasedSentenceSplitter";
  }
}
