package nl.verrijk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import nl.verrijk.model.Upos;

/**
 * Articles as CoNLL-U, for tools that read Universal Dependencies files (Stanza, UDPipe,
 * spacy-conll): a {@code # newdoc id} line, then one block per sentence with {@code # sent_id} and
 * {@code # text}, and one line per token: ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS and
 * MISC, with {@code _} where a layer is absent (FEATS and DEPS always; HEAD and DEPREL until the
 * DEPENDENCIES layer).
 * MISC holds {@code SpaceAfter=No}, or {@code SpacesAfter=} with {@code \s}, {@code \t}, {@code \n}
 * and {@code \\} escapes when other whitespace follows (and {@code SpacesBefore=} on the first
 * token), {@code TokenRange=BEGIN:END} (character offsets into the article's text), {@code NE=B-PER}
 * and {@code I-PER} for entity mentions, and {@code Quote=B-DIRECT} and {@code I-DIRECT} for quote
 * contents. {@link #read} rebuilds the text, tokens, sentences, tags, lemmas and dependencies exactly.
 */
public final class ArticleConllu {

  private ArticleConllu() {}

  /** Writes the article as CoNLL-U; an article without tokens gives only its {@code # newdoc} line. */
  public static String write(Article a) {
    Objects.requireNonNull(a, "article must not be null");
    StringBuilder sb = new StringBuilder();
    String doc = a.id() == null ? "article" : oneLine(a.id());
    sb.append("# newdoc id = ").append(doc).append('\n');
    String[] ne = new String[a.tokens().size()];
    for (Mention m : a.mentions()) {
      mark(ne, m.tokens(), m.label());
    }
    String[] quote = new String[a.tokens().size()];
    for (Quote q : a.quotes()) {
      a.align(q.content()).ifPresent(r -> mark(quote, r, q.kind().name()));
    }
    List<Sentence> sentences = a.sentences().isEmpty() && !a.tokens().isEmpty()
        ? List.of(new Sentence(0, new CharSpan(a.tokens().get(0).begin(), a.tokens().get(a.tokens().size() - 1).end()),
            new TokenRange(0, a.tokens().size())))
        : a.sentences();
    for (Sentence s : sentences) {
      sb.append("# sent_id = ").append(doc).append('.').append(s.index() + 1).append('\n');
      sb.append("# text = ").append(oneLine(a.text(s.span()))).append('\n');
      for (int t = s.tokens().start(); t < s.tokens().end(); t++) {
        Token k = a.tokens().get(t);
        List<String> misc = new ArrayList<>(4);
        if (t == 0 && k.begin() > 0) {
          misc.add("SpacesBefore=" + escape(a.text().substring(0, k.begin())));
        }
        String after = k.whitespaceAfter();
        boolean last = t == a.tokens().size() - 1;
        if (after.isEmpty()) {
          misc.add("SpaceAfter=No");
        } else if (!after.equals(" ") || last) {
          misc.add("SpacesAfter=" + escape(after)); // the text's last token says what ends the text
        }
        misc.add("TokenRange=" + k.begin() + ":" + k.end());
        if (ne[t] != null) {
          misc.add("NE=" + ne[t]);
        }
        if (quote[t] != null) {
          misc.add("Quote=" + quote[t]);
        }
        sb.append(t - s.tokens().start() + 1).append('\t').append(k.text()).append('\t')
            .append(field(k.lemma())).append('\t').append(field(k.upos() == null ? null : k.upos().name())).append('\t').append(field(k.xpos()))
            .append("\t_\t").append(k.head() == null ? "_" : String.valueOf(k.head() < 0 ? 0 : k.head() - s.tokens().start() + 1))
            .append('\t').append(field(k.deprel())).append("\t_\t").append(String.join("|", misc)).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Reads one article written by {@link #write} (through {@link Conllu#parse}): its text, tokens and
   * sentences, and the tags, lemmas and dependencies when the file has them. Entity and quote marks are not read back (the entity layer needs
   * the recognizer's grouping; enrich the text again for it).
   */
  public static Article read(String conllu) {
    Objects.requireNonNull(conllu, "conllu must not be null");
    String id = null;
    for (String line : conllu.split("\n", 50)) {
      if (line.startsWith("# newdoc id = ")) {
        id = line.substring("# newdoc id = ".length());
        break;
      }
    }
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    boolean pos = false;
    boolean lemmas = false;
    boolean deps = false;
    boolean lastMarked = false;
    for (Conllu.Sentence s : Conllu.parse(conllu, id == null ? "CoNLL-U" : id)) {
      int start = tokens.size();
      for (Conllu.Word w : s.words()) {
        String after = " ";
        lastMarked = false;
        for (String m : w.misc().split("\\|")) {
          if (m.equals("SpaceAfter=No")) {
            after = "";
            lastMarked = true;
          } else if (m.startsWith("SpacesAfter=")) {
            after = unescape(m.substring("SpacesAfter=".length()));
            lastMarked = true;
          } else if (m.startsWith("SpacesBefore=") && tokens.isEmpty()) {
            text.append(unescape(m.substring("SpacesBefore=".length())));
          }
        }
        Token t = Token.of(tokens.size(), w.form(), text.length(), after);
        text.append(w.form()).append(after);
        if (!w.upos().equals("_")) {
          t = t.withPos(Upos.of(w.upos()), w.xpos().equals("_") ? null : w.xpos());
          pos = true;
        }
        if (!w.lemma().equals("_")) {
          t = t.withLemma(w.lemma());
          lemmas = true;
        }
        if (w.head() >= 0 && !w.deprel().equals("_")) {
          t = t.withDependency(w.head() == 0 ? -1 : start + w.head() - 1, w.deprel());
          deps = true;
        }
        tokens.add(t);
      }
      if (tokens.size() > start) {
        sentences.add(new Sentence(sentences.size(), new CharSpan(tokens.get(start).begin(),
            tokens.get(tokens.size() - 1).end()), new TokenRange(start, tokens.size())));
      }
    }
    if (!tokens.isEmpty() && !lastMarked) {
      // a file without a mark on its last token: the text ends there
      Token last = tokens.get(tokens.size() - 1);
      text.setLength(text.length() - last.whitespaceAfter().length());
      tokens.set(tokens.size() - 1, last.withWhitespaceAfter(""));
    }
    Article.Builder b = Article.builder(text.toString()).id(id).tokens(tokens).sentences(sentences);
    if (!tokens.isEmpty()) {
      b.layer(Layer.TOKENS).layer(Layer.SENTENCES);
    }
    if (pos) {
      b.layer(Layer.POS);
    }
    if (lemmas) {
      b.layer(Layer.LEMMAS);
    }
    if (deps) {
      b.layer(Layer.DEPENDENCIES);
    }
    return b.build();
  }

  private static String field(String v) {
    return v == null || v.isEmpty() ? "_" : v;
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** The UDPipe escapes of whitespace in MISC: {@code \s}, {@code \t}, {@code \n}, {@code \r}, {@code \\}, {@code \p} for |. */
  static String escape(String ws) {
    StringBuilder sb = new StringBuilder();
    for (char c : ws.toCharArray()) {
      switch (c) {
        case ' ' -> sb.append("\\s");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\\' -> sb.append("\\\\");
        case '|' -> sb.append("\\p");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(switch (n) {
          case 's' -> ' ';
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 'p' -> '|';
          default -> n;
        });
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void mark(String[] out, TokenRange r, String label) {
    for (int t = r.start(); t < r.end() && t < out.length; t++) {
      if (out[t] == null) {
        out[t] = (t == r.start() ? "B-" : "I-") + label;
      }
    }
  }
}
