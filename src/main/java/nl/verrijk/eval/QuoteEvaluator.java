package nl.verrijk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Quote;
import nl.verrijk.pipeline.Pipeline;

/**
 * Scores quotes against a JSONL gold file: one {@code {"text": ..., "quotes": [{"content", "kind",
 * "speaker", "speaker_type", "cue"}]}} object per line (other keys ignored). A quote is found when
 * the contents overlap in at least half of the gold content's words; its speaker is right when the
 * mentions are equal ignoring case and a leading article.
 */
public final class QuoteEvaluator {

  /**
   * The result.
   *
   * @param quotes quote detection counts
   * @param speakerRight found quotes whose speaker mention is right
   * @param found found quotes
   * @param endToEnd counts of quotes found with the right speaker
   * @param errors the first misses and false alarms, for reading
   */
  public record Result(Prf quotes, long speakerRight, long found, Prf endToEnd, List<String> errors) {

    /** Speaker accuracy on found quotes, in percent. */
    public double speakerAccuracy() {
      return found == 0 ? 0 : 100.0 * speakerRight / found;
    }

    /** The closing line. */
    public String summary() {
      return String.format(Locale.ROOT,
          "quote_precision=%.2f quote_recall=%.2f quote_f1=%.2f speaker_accuracy=%.2f end_to_end_f1=%.2f",
          quotes.precision(), quotes.recall(), quotes.f1(), speakerAccuracy(), endToEnd.f1());
    }
  }

  private final Pipeline pipeline;

  /** Creates an evaluator for a pipeline that adds quotes. */
  public QuoteEvaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Evaluates a JSONL gold file. */
  public Result evaluate(Path jsonl) {
    ObjectMapper json = new ObjectMapper();
    long predicted = 0;
    long gold = 0;
    long found = 0;
    long matchedPredicted = 0;
    long speakerRight = 0;
    List<String> errors = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = node.get("text").asText();
        Article a = pipeline.annotate(text);
        List<Quote> pred = a.quotes();
        boolean[] used = new boolean[pred.size()];
        predicted += pred.size();
        for (JsonNode g : node.get("quotes")) {
          gold++;
          String content = g.get("content").asText();
          int at = text.indexOf(content);
          CharSpan span = new CharSpan(Math.max(0, at), Math.max(0, at) + content.length());
          String goldSpeaker = g.hasNonNull("speaker") ? g.get("speaker").asText() : null;
          int best = -1;
          for (int i = 0; i < pred.size(); i++) {
            if (!used[i] && QuoteMatching.contentMatches(text, span, pred.get(i).content())) {
              best = i;
              if (QuoteMatching.sameMention(goldSpeaker, speakerText(pred.get(i)))) {
                break;
              }
            }
          }
          if (best < 0) {
            errors.add("line " + lineNo + " missed  «" + content + "» — " + goldSpeaker);
            continue;
          }
          used[best] = true;
          found++;
          matchedPredicted++;
          if (QuoteMatching.sameMention(goldSpeaker, speakerText(pred.get(best)))) {
            speakerRight++;
          } else {
            errors.add("line " + lineNo + " speaker «" + content + "» — gold " + goldSpeaker + ", got "
                + speakerText(pred.get(best)) + " (" + pred.get(best).rule() + ")");
          }
        }
        for (int i = 0; i < pred.size(); i++) {
          if (!used[i]) {
            errors.add("line " + lineNo + " extra   " + pred.get(i) + " (" + pred.get(i).rule() + ")");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quote gold file " + jsonl + ": " + e.getMessage(), e);
    }
    return new Result(new Prf(matchedPredicted, predicted, gold), speakerRight, found,
        new Prf(speakerRight, predicted, gold), errors);
  }

  private static String speakerText(Quote q) {
    return q.speaker().mention() == null ? null : q.speaker().mention().text();
  }

  /** Prints a report, ending with the summary line. */
  public static void print(Result r, boolean showErrors, PrintStream out) {
    out.println("quotes        " + r.quotes());
    out.printf(Locale.ROOT, "speakers      %d of %d found quotes right (%.2f%%)%n", r.speakerRight(), r.found(),
        r.speakerAccuracy());
    out.println("end to end    " + r.endToEnd());
    if (showErrors) {
      r.errors().forEach(e -> out.println("  " + e));
    }
    out.println(r.summary());
  }
}
