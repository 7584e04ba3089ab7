package nl.verrijk.pos;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * The lemmatizer as an ordered chain of named steps ({@link #ORDER}): each gives the lemma of a word
 * it knows how to lemmatize, or null to pass the word on, and the first answer wins. The first four
 * steps look at the token as written (the learned form table, closed classes, non-words, hyphenated
 * compounds); the rest, {@link #WORD_STEPS}, lemmatize a word, the head of a hyphenated compound
 * included. The model's learned parts (table, lexicon, compound splitter, suffix rules) stay in
 * {@link LemmaModel}; the steps only decide which of them answers.
 */
final class LemmaRules {

  private LemmaRules() {}

  /**
   * A word to lemmatize.
   *
   * @param form the form as written
   * @param lower the form lower-cased
   * @param upos the predicted universal part of speech
   */
  record Word(String form, String lower, String upos) {

    /** Whether the UPOS is one of {@code tags}. */
    boolean isOneOf(String... tags) {
      for (String t : tags) {
        if (t.equals(upos)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One step of the chain. */
  abstract static class LemmaRule {
    private final String name;

    LemmaRule(String name) {
      this.name = name;
    }

    /** The step's name. */
    final String name() {
      return name;
    }

    /** The lemma of {@code w}, or null when this step does not know it. */
    abstract String lemma(LemmaModel m, Word w);

    /** The step's name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A form the training treebank lemmatized with this UPOS (exact case, then lower case except for
   * proper nouns). A plain lemma known only from the older release gets the current release's
   * boundaries, and a verb lemma learned with a particle the token does not start with ({@code trad}
   * seen as {@code af_treden}) loses it: {@link SeparableParticles} adds the particle the sentence has.
   */
  static final class FormTable extends LemmaRule {
    FormTable() {
      super("form-table");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String hit = m.tableLemma(w.form(), w.upos());
      if (hit == null && !"PROPN".equals(w.upos())) {
        hit = m.tableLemma(w.lower(), w.upos());
      }
      if (hit == null) {
        return null;
      }
      String lemma = hit.indexOf('_') < 0 && hit.equals(hit.toLowerCase(Locale.ROOT)) ? m.alpino(hit, w.upos()) : hit;
      int us = lemma.indexOf('_');
      if (us <= 0 || !w.isOneOf("VERB", "AUX")) {
        return lemma;
      }
      String particle = lemma.substring(0, us).toLowerCase(Locale.ROOT);
      return w.lower().startsWith(particle) ? lemma : lemma.substring(us + 1);
    }
  }

  /** Punctuation, symbols, numbers and foreign or unknown words ({@code X}) are their own lemma. */
  static final class ClosedClassForms extends LemmaRule {
    ClosedClassForms() {
      super("closed-class-forms");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      return w.isOneOf("PUNCT", "SYM", "NUM", "X") ? w.form() : null;
    }
  }

  /** A token without a letter, a URL or an e-mail address is its own lemma. */
  static final class NonWords extends LemmaRule {
    NonWords() {
      super("non-words");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String form = w.form();
      for (int i = 0; i < form.length(); ) {
        int cp = form.codePointAt(i);
        if (Character.isLetter(cp)) {
          return form.startsWith("http") || form.startsWith("www.") || form.contains("@") ? form : null;
        }
        i += Character.charCount(cp);
      }
      return form;
    }
  }

  /**
   * A hyphenated noun, adjective or verb: every hyphen is a compound boundary ({@code
   * Vlaams-Belang-kamerlid} gives {@code Vlaams_Belang_kamer_lid}), the head lemmatized by {@link
   * #WORD_STEPS}, a capitalised modifier lower-cased when the lexicon knows it only in lower case
   * ({@code Telecom-operator} gives {@code telecom_operator}). A one-letter modifier or a head of one
   * or two letters keeps its hyphen ({@code e-mails} gives {@code e-mail}, {@code VLD-ers} {@code VLD-er}).
   */
  static final class HyphenatedCompounds extends LemmaRule {
    HyphenatedCompounds() {
      super("hyphenated-compounds");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String form = w.form();
      int hyphen = form.lastIndexOf('-');
      if (hyphen <= 0 || hyphen >= form.length() - 1 || !w.isOneOf("NOUN", "ADJ", "VERB")) {
        return null;
      }
      String head = form.substring(hyphen + 1);
      String headLemma = apply(WORD_STEPS, m, new Word(head, head.toLowerCase(Locale.ROOT), w.upos()));
      if (headLemma.length() < 3 || hyphen == 1) {
        return form.substring(0, hyphen) + "-" + headLemma;
      }
      StringBuilder b = new StringBuilder();
      for (String part : form.substring(0, hyphen).split("-")) {
        if (part.isEmpty()) {
          continue;
        }
        String low = part.toLowerCase(Locale.ROOT);
        boolean title = part.length() > 1 && Character.isUpperCase(part.charAt(0)) && part.substring(1).equals(low.substring(1));
        b.append(title && m.lexicon().lookup(part).isEmpty() && !m.lexicon().lookup(low).isEmpty() ? low : part).append('_');
      }
      return b.append(headLemma).toString();
    }
  }

  /**
   * The lexicon's lemma of a reading that fits the UPOS, in the treebank's spelling ({@link
   * LemmaModel#lexiconLemma}); a proper noun always answers here, keeping its form unless the lexicon
   * knows better ({@code NIJMEGEN} gives {@code Nijmegen}, {@code Duitsers} {@code Duitser}).
   */
  static final class LexiconLemma extends LemmaRule {
    LexiconLemma() {
      super("lexicon");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String fromLex = m.lexiconLemma(w.form(), w.lower(), w.upos());
      return fromLex == null ? null : m.alpino(fromLex, w.upos());
    }
  }

  /** A negated participle ({@code ongeschonden}, {@code onverdiende}): Alpino gives {@code on_} and the verb. */
  static final class NegatedParticiples extends LemmaRule {
    NegatedParticiples() {
      super("negated-participles");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String lower = w.lower();
      if (!m.splitsCompounds() || !"VERB".equals(w.upos()) || !lower.startsWith("on") || lower.length() < 7) {
        return null;
      }
      String rest = m.lexiconLemma(lower.substring(2), lower.substring(2), w.upos());
      return rest == null ? null : "on_" + m.alpino(rest, w.upos());
    }
  }

  /**
   * An unknown noun, adjective or verb of seven letters or more whose end the lexicon knows: the
   * shortest-modifier split with a known head, the modifier lemmatized by the compound splitter.
   */
  static final class CompoundHeads extends LemmaRule {
    CompoundHeads() {
      super("compound-heads");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String lower = w.lower();
      if (lower.length() < 7 || !w.isOneOf("NOUN", "ADJ", "VERB")) {
        return null;
      }
      for (int k = 3; k <= lower.length() - 4; k++) {
        String head = lower.substring(k);
        String headLemma = m.lexiconLemma(head, head, w.upos());
        if (headLemma != null) {
          String mod = lower.substring(0, k);
          if (!m.splitsCompounds() || "NOUN".equals(w.upos())) {
            return m.alpino(mod + headLemma, w.upos(), false);
          }
          String modLemma = m.compounds().modifierLemma(mod);
          return (modLemma == null ? mod : modLemma) + "_" + m.alpino(headLemma, w.upos());
        }
      }
      return null;
    }
  }

  /** An unknown adjective derived from a name keeps its capital ({@code Barneveldse} gives {@code Barnevelds}). */
  static final class NameAdjectives extends LemmaRule {
    NameAdjectives() {
      super("name-adjectives");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      String form = w.form();
      String lower = w.lower();
      if (!"ADJ".equals(w.upos()) || form.equals(lower) || !Character.isUpperCase(form.charAt(0))
          || !form.substring(1).equals(lower.substring(1)) || !m.lexicon().lookup(lower).isEmpty()) {
        return null;
      }
      String ruled = m.suffixRule(lower, w.upos());
      return ruled.isEmpty() ? null : form.substring(0, 1) + ruled.substring(1);
    }
  }

  /** The learned suffix rule of the longest matching ending; the lower-cased form when none matches. Always answers. */
  static final class SuffixRules extends LemmaRule {
    SuffixRules() {
      super("suffix-rules");
    }

    @Override
    String lemma(LemmaModel m, Word w) {
      return m.suffixRule(w.lower(), w.upos());
    }
  }

  /** The steps that lemmatize a word, in order; the last always answers. */
  static final ImmutableList<LemmaRule> WORD_STEPS = ImmutableList.of(new LexiconLemma(), new NegatedParticiples(), new CompoundHeads(), new NameAdjectives(), new SuffixRules());

  /** The whole chain, in order. */
  static final ImmutableList<LemmaRule> ORDER = ImmutableList.<LemmaRule>builder().add(new FormTable(),
      new ClosedClassForms(), new NonWords(), new HyphenatedCompounds()).addAll(WORD_STEPS).build();

  /** The first answer of {@code chain} for {@code w} (the lower-cased form if none answers). */
  static String apply(List<LemmaRule> chain, LemmaModel m, Word w) {
    for (LemmaRule r : chain) {
      String lemma = r.lemma(m, w);
      if (lemma != null) {
        return lemma;
      }
    }
    return w.lower();
  }
}
