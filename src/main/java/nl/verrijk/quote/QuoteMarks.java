package nl.verrijk.quote;

import nl.verrijk.text.Chars;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import nl.verrijk.model.Article;
import nl.verrijk.model.Token;

/**
 * Pairs the quote marks of an article per line with a stack: straight marks open or close by the
 * spaces around them, curly and low-9 marks by their shape, single quotes pair only with single ones
 * (but {@code 'opened single, closed double"} as in old newspaper text is one pair); a quote that
 * opened in an earlier sentence runs from the start of the sentence where it closes, an unclosed one
 * to the end of its line (the paragraph a quote runs on over).
 */
final class QuoteMarks {

  private final Article a;
  private final List<Token> toks;
  private final int[] sentenceOf;
  private final List<MarkPair> pairs = new ArrayList<>();

  private QuoteMarks(Article a, int[] sentenceOf) {
    this.a = a;
    this.toks = a.tokens();
    this.sentenceOf = sentenceOf;
  }

  /** An open mark on the stack. */
  private static final class Open {
    final int token;
    boolean isDouble;

    Open(int token, boolean isDouble) {
      this.token = token;
      this.isDouble = isDouble;
    }
  }

  /** The mark pairs of an article, by opening token. */
  static List<MarkPair> pair(Article a, int[] sentenceOf) {
    QuoteMarks m = new QuoteMarks(a, sentenceOf);
    m.pairAll();
    m.pairs.sort(Comparator.comparingInt(MarkPair::open));
    return m.pairs;
  }

  /**
   * The kind of quote mark a token is: 0 straight double, 1 opening double, 2 closing double, 3
   * opening single, 4 closing single, 5 straight single, -1 none.
   */
  static int markType(String t) {
    switch (t) {
      case "\"": return 0;
      case "\u201C": case "\u201E": case ",,": case "``": case "\u00AB": return 1;
      case "\u201D": case "''": case "\u00BB": return 2;
      case "\u2018": return 3;
      case "\u2019": return 4;
      case "'": return 5;
      default: return -1;
    }
  }

  private boolean spaceBefore(int i) {
    return i == 0 || !toks.get(i - 1).whitespaceAfter().isEmpty();
  }

  private boolean spaceAfter(int i) {
    return i == toks.size() - 1 || !toks.get(i).whitespaceAfter().isEmpty();
  }

  private boolean lineBreakBefore(int i) {
    return i > 0 && Chars.hasLineBreak(toks.get(i - 1).whitespaceAfter());
  }

  private void pairAll() {
    Deque<Open> stack = new ArrayDeque<>();
    for (int i = 0; i <= toks.size(); i++) {
      if (i == toks.size() || lineBreakBefore(i)) {
        closeAtLineEnd(stack, i);
        if (i == toks.size()) {
          break;
        }
      }
      int type = markType(toks.get(i).text());
      if (type == 5 && spacedDouble(i)) {
        // ' ' typed (or OCR'd) for a double mark: one mark, opening after its second half, closing before its first
        boolean opens = spaceBefore(i) && !spaceAfter(i + 1) || (spaceBefore(i) == spaceAfter(i + 1) && stack.isEmpty());
        if (opens) {
          stack.push(new Open(i + 1, false)); // may close with one mark, as a single opener may
        } else {
          mark(stack, i, 0);
        }
        i++;
      } else if (type == 4 && opensAsRightSingle(i)) {
        mark(stack, i, 3);
      } else if (type >= 0) {
        mark(stack, i, type);
      }
    }
  }

  private void mark(Deque<Open> stack, int i, int type) {
    boolean dbl = type <= 2;
    boolean open;
    if (type == 1 || type == 3) {
      open = !(type == 1 && toks.get(i).text().equals("\u201C") && !stack.isEmpty() && stack.peek().isDouble
          && !spaceBefore(i));
    } else if (type == 2 || type == 4) {
      open = false;
    } else {
      boolean top = !stack.isEmpty() && stack.peek().isDouble == dbl;
      open = spaceBefore(i) && !spaceAfter(i) ? true : !spaceBefore(i) && spaceAfter(i) ? false : !top;
    }
    if (open && type == 0 && closesWithoutOpener(i)) {
      open = false;
    }
    if (!open && dbl && stack.isEmpty()) {
      // the quote began in an earlier sentence or paragraph: it runs from the start of this sentence
      int sentenceStart = a.sentences().get(sentenceOf[i]).tokens().start();
      if (i > sentenceStart + 1) {
        pairs.add(new MarkPair(sentenceStart - 1, i, true));
      }
      return;
    }
    if (open) {
      stack.push(new Open(i, dbl));
      return;
    }
    if (dbl && stack.size() == 1 && !stack.peek().isDouble) {
      stack.peek().isDouble = true; // 'opened single, closed double" as in old newspaper text
    }
    while (!stack.isEmpty() && stack.peek().isDouble != dbl && dbl) {
      stack.pop(); // an unclosed single inside a double
    }
    if (!stack.isEmpty() && stack.peek().isDouble == dbl) {
      Open o = stack.pop();
      if (i > o.token + 1) {
        pairs.add(new MarkPair(o.token, i, dbl));
      }
    }
  }

  /**
   * An opening mark never closed on its line quotes to the end of the line: a quote that runs on
   * over paragraphs leaves its closing mark off at each paragraph end and opens again in the next.
   */
  private void closeAtLineEnd(Deque<Open> stack, int lineEnd) {
    for (Open o : stack) {
      if ((o.isDouble || stack.size() == 1) && lineEnd > o.token + 2) {
        pairs.add(new MarkPair(o.token, lineEnd, o.isDouble));
      }
    }
    stack.clear();
  }

  /** Two straight single quotes with only spaces between them, on one line: a double mark. */
  private boolean spacedDouble(int i) {
    return i + 1 < toks.size() && toks.get(i + 1).text().equals("'") && spaceAfter(i) && !lineBreakBefore(i + 1);
  }

  /**
   * A right single quote used as the opening mark ({@code ’Ik ben blij’}): a space or line start before
   * it, a word right after it, and not the apostrophe of {@code ’s}, {@code ’t}, {@code ’n}.
   */
  private boolean opensAsRightSingle(int i) {
    if (!spaceBefore(i) || spaceAfter(i) || i + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(i + 1).text();
    return !(next.length() == 1 && "stnkrSTNKR".indexOf(next.charAt(0)) >= 0) && Character.isLetterOrDigit(next.codePointAt(0));
  }

  /** A straight quote followed by punctuation or the end of its line closes a quote opened earlier. */
  private boolean closesWithoutOpener(int i) {
    if (i + 1 >= toks.size() || lineBreakBefore(i + 1)) {
      return true;
    }
    String next = toks.get(i + 1).text();
    return next.equals(",") || next.equals(".") || next.equals(";") || next.equals(":") || next.equals("?")
        || next.equals("!");
  }
}
