package nl.verrijk.ner;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;

/**
 * The recognizer's second pass over one document's spans: the chain of {@link ConsistencyRule}s in
 * {@link #ORDER}, the one place their order stands (the rules are in {@link BoundaryRules},
 * {@link PersonRules}, {@link TypeEvidenceRules} and {@link DocumentRules}). Pure functions over the
 * document; thread-safe.
 */
public final class DocumentConsistency {

  /** Every rule, in the order it runs. */
  static final ImmutableList<ConsistencyRule> ORDER = ImmutableList.of(
      new PersonRules.PersonSplit(),
      new BoundaryRules.VanExtension(),
      new BoundaryRules.OrgSplit(),
      new BoundaryRules.Datelines(),
      new BoundaryRules.SentenceStartWords(),
      new PersonRules.TitlesOutsideNames(),
      new PersonRules.Initials(),
      new PersonRules.PartyAfterVan(),
      new PersonRules.InitialsWithParticles(),
      new TypeEvidenceRules.ForeignSentences(),
      new TypeEvidenceRules.KnownNames(),
      new TypeEvidenceRules.PlaceSuffixes(),
      new TypeEvidenceRules.OrgSuffixes(),
      new DocumentRules.PersonPropagation(),
      new PersonRules.SurnameParticles(),
      new PersonRules.ParticleJoin(),
      new DocumentRules.TypeVote(),
      new DocumentRules.FillUntagged());

  /** A mutable working span over token indices {@code [start, end)} of one sentence. */
  static final class Span {
    int start;
    int end;
    String type;
    double confidence;
    boolean dateline;

    Span(int start, int end, String type, double confidence) {
      this.start = start;
      this.end = end;
      this.type = type;
      this.confidence = confidence;
    }

    /** Reads as {@code 2-4 PER 0.93}. */
    @Override
    public String toString() {
      return start + "-" + end + " " + type + String.format(java.util.Locale.ROOT, " %.2f", confidence);
    }
  }

  /** One document under the pass: its sentences of token strings and each sentence's spans. */
  record Document(List<List<String>> sentences, List<List<Span>> spans, NerFeatures features, Gazetteer names) {}

  private DocumentConsistency() {}

  /** Applies every rule of {@link #ORDER} that {@code on} accepts, in order, then sorts each sentence's spans. */
  static void apply(Document d, java.util.function.Predicate<ConsistencyRule> on) {
    for (ConsistencyRule r : ORDER) {
      if (on.test(r)) {
        r.apply(d);
      }
    }
    for (List<Span> s : d.spans()) {
      s.sort((a, b) -> Integer.compare(a.start, b.start));
    }
  }

  /** The names of the rules that run by default. */
  static Set<String> defaults() {
    java.util.Set<String> on = new java.util.LinkedHashSet<>();
    for (ConsistencyRule r : ORDER) {
      if (r.onByDefault()) {
        on.add(r.name());
      }
    }
    return on;
  }
}
