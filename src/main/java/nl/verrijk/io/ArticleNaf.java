package nl.verrijk.io;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.verrijk.model.Article;
import nl.verrijk.model.Entity;
import nl.verrijk.model.Layer;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.model.Sentence;
import nl.verrijk.model.Token;
import nl.verrijk.model.TokenRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Articles as NAF (the NLP Annotation Format of the NewsReader project and ixa-pipes), version v3:
 * {@code nafHeader} (file description, public URI, one {@code linguisticProcessors} per layer),
 * {@code raw} (the text), {@code text} (a {@code wf} per token with sentence, paragraph, offset and
 * length), {@code terms} (a {@code term} per token with lemma, NAF part of speech, the UD tag as
 * {@code morphofeat}'s prefix and the Alpino tag), {@code deps} (a {@code dep} from each head term
 * to each dependent term with its UD relation as {@code rfunc}), {@code entities} (each entity with a span per
 * mention) and {@code attribution} (each quote as a {@code statement} with its target, source and
 * cue). Well-formed XML, every character escaped.
 */
public final class ArticleNaf {

  private static final Map<String, String> POS = Map.ofEntries(Map.entry("NOUN", "N"), Map.entry("PROPN", "R"),
      Map.entry("ADJ", "G"), Map.entry("VERB", "V"), Map.entry("AUX", "V"), Map.entry("ADP", "P"),
      Map.entry("ADV", "A"), Map.entry("CCONJ", "C"), Map.entry("SCONJ", "C"), Map.entry("DET", "D"));

  private ArticleNaf() {}

  /** The NAF part of speech of a UD tag: its first letter class ({@code N}, {@code R}, ... {@code O}). */
  static String nafPos(String upos) {
    return upos == null ? "O" : POS.getOrDefault(upos, "O");
  }

  /** Writes the article as a NAF document. */
  public static String write(Article a) {
    Objects.requireNonNull(a, "article must not be null");
    Document d = newDocument();
    Element naf = d.createElement("NAF");
    d.appendChild(naf);
    naf.setAttribute("xml:lang", "nl");
    naf.setAttribute("version", "v3");
    if (a.id() != null) {
      naf.setAttribute("doc", a.id());
    }
    header(d, naf, a);
    child(d, naf, "raw").setTextContent(a.text());
    if (!a.tokens().isEmpty()) {
      text(d, naf, a);
      terms(d, naf, a);
    }
    if (a.layers().contains(Layer.DEPENDENCIES)) {
      deps(d, naf, a);
    }
    if (!a.entities().isEmpty()) {
      entities(d, naf, a);
    }
    if (!a.quotes().isEmpty()) {
      attribution(d, naf, a);
    }
    return serialize(d);
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML document builder: " + e.getMessage(), e);
    }
  }

  /** The {@code nafHeader}: the file description, the public URI and a {@code linguisticProcessors} per layer. */
  private static void header(Document d, Element naf, Article a) {
    Element header = child(d, naf, "nafHeader");
    Element file = child(d, header, "fileDesc");
    a.headline().ifPresent(h -> file.setAttribute("title", h));
    if (a.referenceTime() != null) {
      file.setAttribute("creationtime", a.referenceTime().toString());
    }
    if (a.id() != null) {
      file.setAttribute("filename", a.id());
    }
    if (a.page() != null && a.page().url() != null) {
      child(d, header, "public").setAttribute("uri", a.page().url());
    }
    String version = ArticleNaf.class.getPackage().getImplementationVersion();
    processor(d, header, "raw", version);
    if (a.layers().contains(Layer.TOKENS)) {
      processor(d, header, "text", version);
    }
    if (a.layers().contains(Layer.POS) || a.layers().contains(Layer.LEMMAS)) {
      processor(d, header, "terms", version);
    }
    if (a.layers().contains(Layer.DEPENDENCIES)) {
      processor(d, header, "deps", version);
    }
    if (!a.entities().isEmpty()) {
      processor(d, header, "entities", version);
    }
    if (!a.quotes().isEmpty()) {
      processor(d, header, "attribution", version);
    }
  }

  /** The {@code text} layer: a {@code wf} per token with its sentence, paragraph, offset and length. */
  private static void text(Document d, Element naf, Article a) {
    Element text = child(d, naf, "text");
    int para = 1;
    for (Sentence s : sentences(a)) {
      for (int t = s.tokens().start(); t < s.tokens().end(); t++) {
        Token k = a.tokens().get(t);
        if (t > 0 && a.tokens().get(t - 1).whitespaceAfter().chars().filter(c -> c == '\n').count() >= 2) {
          para++;
        }
        Element wf = child(d, text, "wf");
        wf.setAttribute("id", "w" + (t + 1));
        wf.setAttribute("sent", String.valueOf(s.index() + 1));
        wf.setAttribute("para", String.valueOf(para));
        wf.setAttribute("offset", String.valueOf(k.begin()));
        wf.setAttribute("length", String.valueOf(k.end() - k.begin()));
        wf.setTextContent(k.text());
      }
    }
  }

  /** The {@code terms} layer: a {@code term} per token with its lemma, NAF part of speech and tags. */
  private static void terms(Document d, Element naf, Article a) {
    Element terms = child(d, naf, "terms");
    for (Sentence s : sentences(a)) {
      for (int t = s.tokens().start(); t < s.tokens().end(); t++) {
        Token k = a.tokens().get(t);
        Element term = child(d, terms, "term");
        term.setAttribute("id", "t" + (t + 1));
        String pos = nafPos(k.upos() == null ? null : k.upos().name());
        term.setAttribute("type", "NRGVA".indexOf(pos) >= 0 ? "open" : "close");
        term.setAttribute("lemma", k.lemma() == null ? k.text() : k.lemma());
        term.setAttribute("pos", pos);
        if (k.upos() != null) {
          term.setAttribute("morphofeat", k.upos() + (k.xpos() == null ? "" : "|" + k.xpos()));
        }
        span(d, term, new TokenRange(t, t + 1), "w");
      }
    }
  }

  /** The {@code deps} layer: a {@code dep} from each head term to each dependent with its UD relation. */
  private static void deps(Document d, Element naf, Article a) {
    Element deps = child(d, naf, "deps");
    for (Token k : a.tokens()) {
      if (k.head() != null && k.head() >= 0) {
        Element dep = child(d, deps, "dep");
        dep.setAttribute("from", "t" + (k.head() + 1));
        dep.setAttribute("to", "t" + (k.index() + 1));
        dep.setAttribute("rfunc", k.deprel());
      }
    }
  }

  /** The {@code entities} layer: each entity with a span per mention. */
  private static void entities(Document d, Element naf, Article a) {
    Element entities = child(d, naf, "entities");
    for (Entity e : a.entities()) {
      Element entity = child(d, entities, "entity");
      entity.setAttribute("id", "e" + (e.index() + 1));
      entity.setAttribute("type", e.label().name());
      Element refs = child(d, entity, "references");
      for (int m : e.mentions()) {
        span(d, refs, a.mentions().get(m).tokens(), "t");
      }
    }
  }

  /** The {@code attribution} layer: each quote that aligns to tokens as a {@code statement}. */
  private static void attribution(Document d, Element naf, Article a) {
    Element attribution = child(d, naf, "attribution");
    int n = 0;
    for (Quote q : a.quotes()) {
      var target = a.align(q.content());
      if (target.isEmpty()) {
        continue;
      }
      Element statement = child(d, attribution, "statement");
      statement.setAttribute("id", "a" + (++n));
      span(d, child(d, statement, "statement_target"), target.get(), "t");
      Mention speaker = q.speaker() == null ? null : q.speaker().mention();
      if (speaker != null) {
        span(d, child(d, statement, "statement_source"), speaker.tokens(), "t");
      }
      if (q.cue() != null) {
        span(d, child(d, statement, "statement_cue"), q.cue().tokens(), "t");
      }
    }
  }

  private static String serialize(Document d) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(d), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write NAF: " + e.getMessage(), e);
    }
  }

  private static List<Sentence> sentences(Article a) {
    return a.sentences().isEmpty()
        ? List.of(new Sentence(0, new nl.verrijk.model.CharSpan(a.tokens().get(0).begin(),
            a.tokens().get(a.tokens().size() - 1).end()), new TokenRange(0, a.tokens().size())))
        : a.sentences();
  }

  private static Element child(Document d, Element parent, String name) {
    Element e = d.createElement(name);
    parent.appendChild(e);
    return e;
  }

  private static void processor(Document d, Element header, String layer, String version) {
    Element lps = child(d, header, "linguisticProcessors");
    lps.setAttribute("layer", layer);
    Element lp = child(d, lps, "lp");
    lp.setAttribute("name", "verrijk-" + layer);
    lp.setAttribute("version", version == null ? "dev" : version);
  }

  /** A span of targets over tokens: word forms ({@code w}) for a term, terms ({@code t}) otherwise. */
  private static void span(Document d, Element parent, TokenRange tokens, String prefix) {
    Element span = child(d, parent, "span");
    for (int t = tokens.start(); t < tokens.end(); t++) {
      child(d, span, "target").setAttribute("id", prefix + (t + 1));
    }
  }
}
