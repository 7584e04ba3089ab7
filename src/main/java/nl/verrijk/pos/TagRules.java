package nl.verrijk.pos;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import nl.verrijk.lang.WordList;
import nl.verrijk.lexicon.DutchLexicon;
import nl.verrijk.lexicon.LexiconTag;
import nl.verrijk.model.Upos;

/**
 * The tagger's grammar checks as named rules, and the one place that orders them: {@link #beforeXpos} runs on
 * the UPOS tags of the two statistical passes, {@link #afterXpos} once the XPOS model has tagged the sentence.
 */
final class TagRules {

  private TagRules() {}

  /** The UPOS rules, in order. */
  static ImmutableList<TagRule> beforeXpos(PosFeatures features) {
    return ImmutableList.of(new AgoIsAnAdverb(), new AfterDeterminers(), new NameParticles(),
        new HyphenatedNouns(features));
  }

  /** The rules on UPOS and XPOS together, in order. */
  static ImmutableList<TagRule> afterXpos() {
    return ImmutableList.of(new DeterminersBeforeFiniteVerbs(), new Symbols(), new ComparativeThan(),
        new PluralNames(), new Auxiliaries());
  }

  /** Units of time that "geleden" (ago) follows. */
  private static final ImmutableSet<String> DURATIONS = WordList.set("duration-units.txt");

  /** "drie uur geleden" is "three hours ago": "geleden" after a unit of time is ADV, never the participle of lijden. */
  static final class AgoIsAnAdverb implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      for (int i = 1; i < s.size(); i++) {
        if (s.lower(i).equals("geleden") && DURATIONS.contains(s.lower(i - 1))) {
          s.upos[i] = Upos.ADV;
        }
      }
    }
  }

  private static final ImmutableSet<String> SINGULAR_NEUTER_DETERMINERS = WordList.set("singular-neuter-determiners.txt");
  private static final ImmutableSet<String> ARTICLES = WordList.set("agreeing-determiners.txt");

  /**
   * The word after a determiner agrees with it. A singular neuter determiner (het, dit, dat) never precedes a
   * plural noun, so a NOUN there whose noun readings in the lexicon are all plural and that can be an infinitive
   * is a nominal infinitive, VERB in UD Dutch ("het opbouwen", "het spelen"; 21 of 22 such words in the current
   * treebank release, none NOUN). And a verb right after an article or a demonstrative is inflected (-e) or an
   * infinitive (-en), so a VERB there that ends otherwise and can be a singular noun is that noun ("het geweld",
   * not the participle of wellen; "het besluit"; after any determiner the current release has 833 such words as
   * NOUN and none as VERB). Quantifiers such as "weinig" are left out: they also stand alone before a verb.
   */
  static final class AfterDeterminers implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      Upos[] u = s.upos;
      for (int i = 1; i < s.size(); i++) {
        if (u[i - 1] != Upos.DET || !(u[i] == Upos.NOUN || u[i] == Upos.VERB)) {
          continue;
        }
        boolean infinitive = false;
        boolean singular = false;
        for (DutchLexicon.Entry e : s.tokens[i].readings()) {
          infinitive |= e.tag().verbForm() == LexiconTag.VerbForm.PRESENT || e.tag().verbForm() == LexiconTag.VerbForm.NOMINAL_INFINITIVE;
          singular |= e.tag().is(LexiconTag.WordClass.NOUN) && !e.tag().isPluralNoun();
        }
        String d = s.lower(i - 1);
        String w = s.lower(i);
        if (u[i] == Upos.NOUN && SINGULAR_NEUTER_DETERMINERS.contains(d) && infinitive && !singular) {
          u[i] = Upos.VERB;
        } else if (u[i] == Upos.VERB && ARTICLES.contains(d) && singular && !w.endsWith("e") && !w.endsWith("n")) {
          u[i] = Upos.NOUN;
        }
      }
    }
  }

  private static final ImmutableSet<String> NAME_PARTICLE_WORDS = WordList.set("name-particle-words.txt");

  /**
   * Particles inside a person's name are part of the name (PROPN in UD Dutch): "Loek van Wely", "Pieter van den
   * Hoogenband", and a sentence that opens with "De Rooij". A particle run counts when a capitalised PROPN
   * follows it and either a first name from the lexicon precedes it or it starts the sentence (or follows
   * punctuation) capitalised before a word the lexicon knows only as a surname.
   */
  static final class NameParticles implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      Upos[] u = s.upos;
      TokenInfo[] t = s.tokens;
      for (int i = 0; i < t.length; i++) {
        if (!NAME_PARTICLE_WORDS.contains(t[i].lower())) {
          continue;
        }
        int j = i;
        while (j < t.length && NAME_PARTICLE_WORDS.contains(t[j].lower())) {
          j++;
        }
        if (j >= t.length || u[j] != Upos.PROPN || !Character.isUpperCase(t[j].form().charAt(0))) {
          i = j;
          continue;
        }
        boolean afterFirstName = i > 0 && u[i - 1] == Upos.PROPN && hasName(t[i - 1], LexiconTag.NameClass.FIRST_NAME);
        boolean opensName = (i == 0 || u[i - 1] == Upos.PUNCT) && Character.isUpperCase(t[i].form().charAt(0))
            && onlySurname(t[j]);
        if (afterFirstName || opensName) {
          for (int k = i; k < j; k++) {
            u[k] = Upos.PROPN;
          }
        }
        i = j;
      }
    }

    private static boolean hasName(TokenInfo t, LexiconTag.NameClass c) {
      for (DutchLexicon.Entry e : t.exact()) {
        if (e.tag().nameClass() == c) {
          return true;
        }
      }
      return false;
    }

    private static boolean onlySurname(TokenInfo t) {
      boolean surname = false;
      for (DutchLexicon.Entry e : t.readings()) {
        if (!e.tag().nameClass().isSurname()) {
          return false;
        }
        surname = true;
      }
      return surname;
    }
  }

  /** A name before a hyphen and a lower-case noun after it ("FARC-rebellen", "EU-landen") is a common noun. */
  static final class HyphenatedNouns implements TagRule {
    private final PosFeatures features;

    /** The rule, reading the word after the hyphen with the tagger's lexicon analysis. */
    HyphenatedNouns(PosFeatures features) {
      this.features = features;
    }

    @Override
    public void apply(TaggedSentence s) {
      for (int i = 0; i < s.size(); i++) {
        if (s.upos[i] == Upos.PROPN && isHyphenatedNoun(s.form(i))) {
          s.upos[i] = Upos.NOUN;
        }
      }
    }

    private boolean isHyphenatedNoun(String form) {
      int h = form.lastIndexOf('-');
      if (h <= 0 || form.length() - h - 1 < 3 || !Character.isLowerCase(form.charAt(h + 1))) {
        return false;
      }
      for (DutchLexicon.Entry e : features.analyse(form.substring(h + 1)).exact()) {
        if (e.tag().is(LexiconTag.WordClass.NOUN)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A determiner never stands before a finite verb, so such a word is a pronoun ("Het leed", "dit is"; the current
   * treebank release has 661 pronouns and no determiner there); its XPOS is chosen again among the pronoun tags.
   */
  static final class DeterminersBeforeFiniteVerbs implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      for (int i = 0; i + 1 < s.size(); i++) {
        if (s.upos[i] == Upos.DET && s.xpos[i + 1].startsWith("WW|pv")) {
          s.upos[i] = Upos.PRON;
          s.retagXpos(i);
        }
      }
    }
  }

  /** Currency signs, maths symbols and emoji (no letters or digits) are SYM, as in the UD Dutch data. */
  static final class Symbols implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      for (int i = 0; i < s.size(); i++) {
        if (isSymbol(s.form(i))) {
          s.upos[i] = Upos.SYM;
          s.xpos[i] = "SPEC|symb";
        }
      }
    }

    /** Whether the form is made of symbols only: no letter or digit, and at least one currency, maths or other symbol. */
    static boolean isSymbol(String form) {
      boolean symbol = false;
      for (int i = 0; i < form.length(); ) {
        int cp = form.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetterOrDigit(cp)) {
          return false;
        }
        int type = Character.getType(cp);
        if (type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL) {
          symbol = true;
        }
      }
      return symbol;
    }
  }

  private static final ImmutableSet<String> COMPARATIVE_WORDS = WordList.set("comparative-words.txt");

  /**
   * "dan" within three words after a comparative ("groter dan", "meer geld dan", "liever ... dan") is the
   * comparative conjunction, SCONJ, not the adverb "then" (all 58 such cases in the current treebank release).
   */
  static final class ComparativeThan implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      for (int i = 1; i < s.size(); i++) {
        if (!s.lower(i).equals("dan") || s.upos[i] != Upos.ADV) {
          continue;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
          if (s.xpos[j].contains("|comp") || COMPARATIVE_WORDS.contains(s.lower(j))) {
            s.upos[i] = Upos.SCONJ;
            s.xpos[i] = "VG|onder";
            break;
          }
        }
      }
    }
  }

  private static final ImmutableSet<String> PLURAL_QUANTIFIERS = WordList.set("plural-quantifiers.txt");
  private static final ImmutableSet<String> DEGREE_WORDS = WordList.set("degree-words.txt");

  /**
   * A capitalised proper noun ending in s after a plural quantity, with at most one adjective between, is
   * plural, N|eigen|mv ("vier Rabo's", "meerdere Grammy's", "ruim 2000 Humvees"); the positions are marked so
   * that a lemma the table and lexicon do not know loses the plural ending, as the treebank's plural names do
   * (Duitsers: Duitser).
   * A four-digit number from 1000 to 2099 counts only after a word of degree ("ruim 2000"), since it is more
   * often a year ("2004 Vlaams"); a date's month is not capitalised ("24 augustus").
   */
  static final class PluralNames implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      for (int i = 1; i < s.size(); i++) {
        String f = s.form(i);
        if (s.upos[i] != Upos.PROPN || !s.xpos[i].startsWith("N|eigen|ev") || !f.endsWith("s")
            || !Character.isUpperCase(f.codePointAt(0))) {
          continue;
        }
        int j = s.upos[i - 1] == Upos.ADJ && i > 1 ? i - 2 : i - 1;
        if (pluralQuantity(s, j)) {
          s.xpos[i] = "N|eigen|mv|basis";
          s.pluralName[i] = true;
        }
      }
    }

    /** The singular of a plural name the lemmatizer left whole: Humvees gives Humvee (Rabo's loses 's there already). */
    static String singular(String form) {
      return form.endsWith("s") && form.length() >= 4 ? form.substring(0, form.length() - 1) : form;
    }

    private static boolean pluralQuantity(TaggedSentence s, int j) {
      String w = s.lower(j);
      if (PLURAL_QUANTIFIERS.contains(w)) {
        return true;
      }
      if (s.upos[j] != Upos.NUM || w.equals("één") || w.equals("een") || w.equals("1") || w.equals("0")) {
        return false;
      }
      boolean year = w.length() == 4 && (w.startsWith("1") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
      return !year || (j > 0 && DEGREE_WORDS.contains(s.lower(j - 1)));
    }
  }

  private static final ImmutableSet<String> HEBBEN_WORDEN = WordList.set("hebben-worden.txt");
  private static final ImmutableSet<String> ZIJN = WordList.set("zijn.txt");

  /**
   * A form of hebben, worden or zijn is AUX in a clause (up to the nearest , . ; : ? ! on either side) with a past
   * participle or a modal infinitive ("had het kanaal kunnen sluiten"); without one, hebben and worden are main
   * verbs, VERB ("heeft geen bevoegdheden", "werd minister"), while zijn keeps its tag (copula AUX, existential
   * VERB). In the current treebank release 92% of hebben and 95% of worden follow this.
   */
  static final class Auxiliaries implements TagRule {
    @Override
    public void apply(TaggedSentence s) {
      Upos[] u = s.upos;
      String[] x = s.xpos;
      for (int i = 0; i < s.size(); i++) {
        String f = s.lower(i);
        boolean hw = HEBBEN_WORDEN.contains(f);
        if (!(hw || ZIJN.contains(f)) || !(u[i] == Upos.AUX || u[i] == Upos.VERB)) {
          continue;
        }
        boolean auxiliary = false;
        for (int step = -1; step <= 1 && !auxiliary; step += 2) {
          for (int j = i + step; j >= 0 && j < s.size() && !isClauseEnd(s.form(j)); j += step) {
            if (x[j].startsWith("WW|vd") || (x[j].startsWith("WW|inf") && u[j] == Upos.AUX)) {
              auxiliary = true;
              break;
            }
          }
        }
        if (auxiliary) {
          u[i] = Upos.AUX;
        } else if (hw) {
          u[i] = Upos.VERB;
        }
      }
    }
  }

  /** Whether the form ends a clause for the rules: , . ; : ? ! */
  static boolean isClauseEnd(String form) {
    return switch (form) {
      case ",", ".", ";", ":", "?", "!" -> true;
      default -> false;
    };
  }
}
