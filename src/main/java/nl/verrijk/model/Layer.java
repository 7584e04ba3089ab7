package nl.verrijk.model;

/** The annotation layers an {@link Article} can carry; annotators declare which they need and add. */
public enum Layer {
  /** Tokens with offsets and whitespace. */
  TOKENS("the tokenizer (nl.verrijk.tokenize.RuleBasedTokenizer)"),
  /** Sentence boundaries. */
  SENTENCES("the sentence splitter (nl.verrijk.sentence.RuleBasedSentenceSplitter)"),
  /** Universal and Alpino part of speech on every token. */
  POS("the part-of-speech tagger"),
  /** Lemmas on every token. */
  LEMMAS("the lemmatizer"),
  /** A dependency tree on every sentence: each token's head and Universal Dependencies relation. */
  DEPENDENCIES("the dependency parser (nl.verrijk.parse.DependencyAnnotator)"),
  /** Lucene Dutch search stems on every token. */
  STEMS("the Dutch analyzer"),
  /** The article's keywords ({@link Article#keywords()}), ranked from its stems. */
  KEYWORDS("the keyword ranker (nl.verrijk.analysis.KeywordRanker)"),
  /** Named-entity mentions and entities. */
  ENTITIES("the entity recognizer"),
  /** Quotes with cues and speakers. */
  QUOTES("the quote attributor"),
  /** Headline, dateline, sections and related items. */
  STRUCTURE("the structure reader");

  private final String providedBy;

  Layer(String providedBy) {
    this.providedBy = providedBy;
  }

  /** Names the annotator that adds this layer, for error messages. */
  public String providedBy() {
    return providedBy;
  }
}
