package nl.verrijk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.pipeline.Pipeline;

/**
 * Checks a whole-article gold file in the format of the example's ({@code text_file}, {@code
 * entities} with accepted types, {@code quotes} with {@code resolved_speaker}): the share of
 * entity surface forms found with an accepted type, of quotes found with the right resolved speaker
 * (the matching rule of the gold file's notes), and of found quotes whose speaker is right.
 */
public final class ArticleEvaluator {

  /**
   * The result.
   *
   * @param entities surface forms found with an accepted type, of all gold forms
   * @param personsFound gold PER forms found as PER
   * @param persons gold PER forms
   * @param quotesFound quotes found with the right resolved speaker
   * @param quotesMatched quotes whose content was found, speaker right or not
   * @param quotes gold quotes
   * @param report one line per gold item, for reading
   */
  public record Result(Prf entities, int personsFound, int persons, int quotesFound, int quotesMatched, int quotes,
      List<String> report) {

    /** The closing line: {@code entities_found=NN.NN quotes_found=NN.NN speakers_right=NN.NN}. */
    public String summary() {
      return String.format(Locale.ROOT, "entities_found=%.2f quotes_found=%.2f speakers_right=%.2f",
          entities.recall(), pct(quotesFound, quotes), pct(quotesFound, quotesMatched));
    }

    private static double pct(int a, int b) {
      return b == 0 ? 0 : 100.0 * a / b;
    }
  }

  private final Pipeline pipeline;

  /** Creates an evaluator for a full pipeline. */
  public ArticleEvaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Evaluates a gold file; its {@code text_file} is read from the gold file's folder. */
  public Result evaluate(Path goldFile) {
    try {
      JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
      Path textFile = goldFile.resolveSibling(gold.get("text_file").asText());
      return evaluate(gold, pipeline.annotate(textFile.getFileName().toString(), Files.readString(textFile)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold article " + goldFile + ": " + e.getMessage(), e);
    }
  }

  /** Evaluates an enriched article against its parsed gold file. */
  public static Result evaluate(JsonNode gold, Article a) {
    List<String> report = new ArrayList<>();
    int found = 0;
    int forms = 0;
    int persons = 0;
    int personsFound = 0;
    for (JsonNode e : gold.path("entities")) {
      String form = e.get("text").asText();
      Set<String> types = new HashSet<>();
      e.get("types").forEach(t -> types.add(t.asText()));
      forms++;
      boolean ok = a.mentions().stream().anyMatch(m -> m.text().equals(form) && types.contains(m.label()));
      found += ok ? 1 : 0;
      if (types.contains("PER")) {
        persons++;
        personsFound += ok ? 1 : 0;
      }
      report.add((ok ? "found   " : "missed  ") + "entity " + form + " " + types
          + (ok ? "" : " got " + a.mentions().stream().filter(m -> m.text().equals(form)).map(Mention::label).toList()));
    }
    int quotesFound = 0;
    int matched = 0;
    int quotes = 0;
    for (JsonNode q : gold.path("quotes")) {
      quotes++;
      String content = q.get("content").asText();
      int at = a.text().indexOf(content);
      CharSpan span = new CharSpan(Math.max(0, at), Math.max(0, at) + content.length());
      String speaker = q.get("resolved_speaker").asText();
      Quote hit = null;
      Quote right = null;
      for (Quote p : a.quotes()) {
        if (QuoteMatching.contentMatches(a.text(), span, p.content())) {
          hit = hit == null ? p : hit;
          if (right == null && QuoteMatching.sameSpeaker(speaker, p.speaker().name())) {
            right = p;
          }
        }
      }
      matched += hit != null ? 1 : 0;
      quotesFound += right != null ? 1 : 0;
      report.add((right != null ? "found   " : hit != null ? "speaker " : "missed  ") + "quote «" + content + "» — "
          + speaker + (right == null && hit != null ? ", got " + hit.speaker() + " (" + hit.rule() + ")" : ""));
    }
    return new Result(new Prf(found, forms, forms), personsFound, persons, quotesFound, matched, quotes, report);
  }

  /** Prints a report, ending with the summary line. */
  public static void print(Result r, PrintStream out) {
    r.report().forEach(out::println);
    out.printf(Locale.ROOT, "entities %d/%d (persons %d/%d), quotes %d/%d with the right speaker, %d matched%n",
        r.entities().correct(), r.entities().gold(), r.personsFound(), r.persons(), r.quotesFound(), r.quotes(),
        r.quotesMatched());
    out.println(r.summary());
  }
}
