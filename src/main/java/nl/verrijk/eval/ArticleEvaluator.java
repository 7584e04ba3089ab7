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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.verrijk.model.Article;
import nl.verrijk.model.CharSpan;
import nl.verrijk.model.Mention;
import nl.verrijk.model.Quote;
import nl.verrijk.pipeline.Pipeline;

/**
 * Scores whole-article gold files in the format of the example's ({@code text_file}, {@code
 * structure}, {@code entities} with accepted types, {@code quotes} with {@code resolved_speaker}),
 * one file or a directory of them, micro-averaged over the articles:
 * <ul>
 *   <li>quotes: a gold quote is found when a reported quote covers at least half of its words (one
 *       reported quote per gold quote, one with the right speaker preferred); a reported quote that
 *       matches none is false, unless it lies inside the content of a found gold quote (a partial
 *       quote inside its own direct quote); a reported quote in page furniture is always false;</li>
 *   <li>speakers: the share of found quotes whose resolved speaker names the gold {@code
 *       resolved_speaker} ({@link QuoteMatching#sameSpeaker}); end to end, quotes found with the right
 *       speaker over reported and over gold quotes;</li>
 *   <li>entity forms: distinct (surface form, type) pairs of the entity mentions against the gold
 *       forms with their accepted types; a form only in furniture is false;</li>
 *   <li>structure: the headline's text and the dateline's place and agencies, over the articles
 *       whose gold has one.</li>
 * </ul>
 */
public final class ArticleEvaluator {

  /**
   * The counts of one or more articles.
   *
   * @param quotes quote detection: found gold quotes, counted reported quotes, gold quotes
   * @param speakerRight found quotes with the right resolved speaker
   * @param entities entity forms: right forms, reported forms, gold forms
   * @param personsFound gold PER forms found as PER
   * @param persons gold PER forms
   * @param headlines articles whose gold has a headline
   * @param headlinesRight of those, the headline read right
   * @param datelines articles whose gold has a dateline
   * @param datelinesRight of those, place and agencies read right
   * @param furniture quotes and entity forms reported inside gold page furniture
   * @param articles the number of articles
   * @param report one line per gold item and error, for reading
   */
  public record Result(Prf quotes, long speakerRight, Prf entities, Map<String, Prf> entityTypes, int personsFound,
      int persons, int headlines, int headlinesRight, int datelines, int datelinesRight, int furniture, int articles,
      List<String> report) {

    /** Found quotes with the right speaker over reported and over gold quotes. */
    public Prf endToEnd() {
      return new Prf(speakerRight, quotes.predicted(), quotes.gold());
    }

    /** Speaker accuracy on found quotes, in percent. */
    public double speakerAccuracy() {
      return pct(speakerRight, quotes.correct());
    }

    /** Gold quotes found with the right resolved speaker. */
    public long quotesFound() {
      return speakerRight;
    }

    /** The closing line of {@code key=value} figures. */
    public String summary() {
      return String.format(Locale.ROOT, "quote_precision=%.2f quote_recall=%.2f quote_f1=%.2f speaker_accuracy=%.2f "
          + "end_to_end_f1=%.2f entity_precision=%.2f entity_recall=%.2f entity_f1=%.2f headline_right=%.2f "
          + "dateline_right=%.2f furniture_items=%d", quotes.precision(), quotes.recall(), quotes.f1(),
          speakerAccuracy(), endToEnd().f1(), entities.precision(), entities.recall(), entities.f1(),
          pct(headlinesRight, headlines), pct(datelinesRight, datelines), furniture);
    }

    /** The counts of both results together. */
    public Result plus(Result o) {
      List<String> r = new ArrayList<>(report);
      r.addAll(o.report);
      Map<String, Prf> types = new java.util.TreeMap<>(entityTypes);
      o.entityTypes.forEach((t, prf) -> types.merge(t, prf, Prf::plus));
      return new Result(quotes.plus(o.quotes), speakerRight + o.speakerRight, entities.plus(o.entities),
          Map.copyOf(types), personsFound + o.personsFound, persons + o.persons, headlines + o.headlines,
          headlinesRight + o.headlinesRight, datelines + o.datelines, datelinesRight + o.datelinesRight,
          furniture + o.furniture, articles + o.articles, r);
    }

    private static double pct(long a, long b) {
      return b == 0 ? 100 : 100.0 * a / b;
    }
  }

  private static final Result EMPTY = new Result(new Prf(0, 0, 0), 0, new Prf(0, 0, 0), Map.of(), 0, 0, 0, 0, 0, 0,
      0, 0, List.of());

  private final Pipeline pipeline;

  /** Creates an evaluator for a full pipeline. */
  public ArticleEvaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Evaluates a gold file, or every {@code *.gold.json} of a directory; with a split ({@code dev},
   * {@code test}) only the articles that the directory's {@code sources.tsv} puts in that split.
   */
  public Result evaluate(Path goldFileOrDir, String split) {
    if (!Files.isDirectory(goldFileOrDir)) {
      return evaluate(goldFileOrDir);
    }
    Set<String> chosen = split == null ? null : splitFiles(goldFileOrDir.resolve("sources.tsv"), split);
    Map<String, String> outlets = Files.exists(goldFileOrDir.resolve("sources.tsv"))
        ? column(goldFileOrDir.resolve("sources.tsv"), "outlet") : Map.of();
    Result total = EMPTY;
    Map<String, Result> perOutlet = new TreeMap<>();
    try (Stream<Path> files = Files.list(goldFileOrDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
        String id = f.getFileName().toString().replace(".gold.json", "");
        if (chosen == null || chosen.contains(id)) {
          Result r = evaluate(f);
          total = total.plus(r);
          perOutlet.merge(outlets.getOrDefault(id, "?"), r, Result::plus);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + goldFileOrDir + ": " + e.getMessage(), e);
    }
    if (total.articles() == 0) {
      throw new IllegalArgumentException("no gold articles (*.gold.json) in " + goldFileOrDir
          + (split == null ? "" : " for split " + split));
    }
    List<String> lines = new ArrayList<>();
    perOutlet.forEach((outlet, r) -> lines.add(String.format(Locale.ROOT,
        "outlet %-22s %2d articles: headline %d/%d, dateline %d/%d, %d in furniture, quotes %s",
        outlet, r.articles(), r.headlinesRight(), r.headlines(), r.datelinesRight(), r.datelines(), r.furniture(),
        r.quotes())));
    return total.plus(new Result(new Prf(0, 0, 0), 0, new Prf(0, 0, 0), Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, lines));
  }

  /** A column of a {@code sources.tsv} by file id. */
  static Map<String, String> column(Path sources, String name) {
    try {
      List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t"));
      int file = header.indexOf("file");
      int col = header.indexOf(name);
      Map<String, String> out = new HashMap<>();
      lines.stream().skip(1).map(l -> l.split("\t")).filter(r -> file >= 0 && col >= 0 && r.length > col)
          .forEach(r -> out.put(r[file], r[col]));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sources + ": " + e.getMessage(), e);
    }
  }

  /** The ids (file names without extension) of a split in a {@code sources.tsv} with a {@code split} column. */
  static Set<String> splitFiles(Path sources, String split) {
    try {
      List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t"));
      int file = header.indexOf("file");
      int col = header.indexOf("split");
      if (file < 0 || col < 0) {
        throw new IllegalArgumentException(sources + " needs the columns file and split");
      }
      Set<String> ids = new HashSet<>();
      lines.stream().skip(1).map(l -> l.split("\t")).filter(r -> r.length > col && r[col].equals(split))
          .forEach(r -> ids.add(r[file]));
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("no article of split " + split + " in " + sources);
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sources + " (needed for --split): " + e.getMessage(), e);
    }
  }

  /** Evaluates a gold file; its {@code text_file} is read from the gold file's folder. */
  public Result evaluate(Path goldFile) {
    try {
      JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
      Path textFile = goldFile.resolveSibling(gold.get("text_file").asText());
      String id = textFile.getFileName().toString();
      return evaluate(gold, pipeline.annotate(id, Files.readString(textFile)), id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold article " + goldFile + ": " + e.getMessage(), e);
    }
  }

  /** Evaluates an enriched article against its parsed gold file. */
  public static Result evaluate(JsonNode gold, Article a, String id) {
    List<String> report = new ArrayList<>();
    List<CharSpan> furniture = spans(a.text(), gold.path("structure").path("furniture"),
        gold.path("structure").path("headline").asText(null));
    int[] inFurniture = new int[1];
    Map<String, Prf> entityTypes = new java.util.TreeMap<>();
    Prf entities = entities(gold, a, furniture, report, id, inFurniture, entityTypes);
    int persons = 0;
    int personsFound = 0;
    for (JsonNode e : gold.path("entities")) {
      if (types(e).contains("PER")) {
        persons++;
        String form = e.get("text").asText();
        personsFound += a.mentions().stream().anyMatch(m -> m.text().equals(form) && m.label().equals("PER")) ? 1 : 0;
      }
    }
    long[] quoteCounts = quotes(gold, a, furniture, report, id, inFurniture);
    JsonNode structure = gold.path("structure");
    int headlines = 0;
    int headlinesRight = 0;
    if (structure.hasNonNull("headline")) {
      headlines = 1;
      String want = structure.get("headline").asText().strip();
      String got = a.structure() == null || a.structure().headline() == null ? null
          : a.text(a.structure().headline()).strip();
      headlinesRight = want.equals(got) ? 1 : 0;
      report.add(id + (headlinesRight == 1 ? " found    " : " headline ") + "headline «" + want + "»"
          + (headlinesRight == 1 ? "" : ", got «" + got + "»"));
    }
    int datelines = 0;
    int datelinesRight = 0;
    if (structure.hasNonNull("dateline")) {
      datelines = 1;
      JsonNode d = structure.get("dateline");
      String want = d.path("place").asText() + " " + d.path("agencies");
      String got = a.structure() == null || a.structure().dateline() == null ? null
          : a.structure().dateline().place() + " " + new ObjectMapper().valueToTree(a.structure().dateline().agencies());
      datelinesRight = want.equals(got) ? 1 : 0;
      report.add(id + (datelinesRight == 1 ? " found    " : " dateline ") + "dateline " + want
          + (datelinesRight == 1 ? "" : ", got " + got));
    }
    return new Result(new Prf(quoteCounts[0], quoteCounts[1], quoteCounts[2]), quoteCounts[3], entities,
        Map.copyOf(entityTypes), personsFound, persons, headlines, headlinesRight, datelines, datelinesRight, inFurniture[0], 1, report);
  }

  private static Set<String> types(JsonNode e) {
    Set<String> types = new LinkedHashSet<>();
    e.path("types").forEach(t -> types.add(t.asText()));
    return types;
  }

  /** Every occurrence of the furniture strings; a repeated headline is furniture from its second occurrence on. */
  private static List<CharSpan> spans(String text, JsonNode strings, String headline) {
    List<CharSpan> out = new ArrayList<>();
    for (JsonNode s : strings) {
      String f = s.asText();
      int first = f.isEmpty() ? -1 : text.indexOf(f);
      if (f.equals(headline) && first >= 0) {
        first = text.indexOf(f, first + 1);
      }
      for (int at = first; at >= 0; at = text.indexOf(f, at + 1)) {
        out.add(new CharSpan(at, at + f.length()));
      }
    }
    return out;
  }

  private static boolean inside(List<CharSpan> furniture, CharSpan span) {
    return furniture.stream().anyMatch(f -> f.begin() <= span.begin() && span.end() <= f.end());
  }

  /**
   * Entity-form counts; {@code perType} gets the same per type: a reported form counts for its type,
   * a gold form for the type it was found with, else for its first accepted type.
   */
  private static Prf entities(JsonNode gold, Article a, List<CharSpan> furniture, List<String> report, String id,
      int[] inFurniture, Map<String, Prf> perType) {
    Map<String, Set<String>> goldForms = new HashMap<>();
    for (JsonNode e : gold.path("entities")) {
      goldForms.computeIfAbsent(e.get("text").asText(), k -> new LinkedHashSet<>()).addAll(types(e));
    }
    Set<String> reported = new LinkedHashSet<>();
    Set<String> outsideFurniture = new HashSet<>();
    for (Mention m : a.mentions()) {
      String key = m.text() + "\t" + m.label();
      reported.add(key);
      if (!inside(furniture, m.span())) {
        outsideFurniture.add(key);
      }
    }
    Set<String> foundForms = new HashSet<>();
    long wrong = 0;
    for (String key : reported) {
      String[] f = key.split("\t");
      if (outsideFurniture.contains(key) && goldForms.getOrDefault(f[0], Set.of()).contains(f[1])) {
        foundForms.add(f[0]);
      } else if (!outsideFurniture.contains(key)) {
        wrong++;
        inFurniture[0]++;
        report.add(id + " furnish  entity " + f[0] + " [" + f[1] + "] in page furniture");
      } else {
        wrong++;
        report.add(id + " extra    entity " + f[0] + " [" + f[1] + "]"
            + (goldForms.containsKey(f[0]) ? " gold " + goldForms.get(f[0]) : ""));
      }
    }
    Map<String, String> foundAs = new HashMap<>();
    for (String key : reported) {
      String[] f = key.split("\t");
      boolean right = outsideFurniture.contains(key) && goldForms.getOrDefault(f[0], Set.of()).contains(f[1]);
      perType.merge(f[1], new Prf(right ? 1 : 0, 1, 0), Prf::plus);
      if (right) {
        foundAs.putIfAbsent(f[0], f[1]);
      }
    }
    for (Map.Entry<String, Set<String>> g : goldForms.entrySet()) {
      String type = foundAs.getOrDefault(g.getKey(), g.getValue().iterator().next());
      perType.merge(type, new Prf(0, 0, 1), Prf::plus);
    }
    for (Map.Entry<String, Set<String>> g : goldForms.entrySet()) {
      report.add(id + (foundForms.contains(g.getKey()) ? " found    " : " missed   ") + "entity " + g.getKey() + " "
          + g.getValue());
    }
    // a form found with an accepted type counts once, however many accepted types it was reported with
    return new Prf(foundForms.size(), foundForms.size() + wrong, goldForms.size());
  }

  /** Quote counts {found, counted reported, gold, found with the right speaker}. */
  private static long[] quotes(JsonNode gold, Article a, List<CharSpan> furniture, List<String> report, String id,
      int[] inFurniture) {
    List<Quote> pred = a.quotes();
    boolean[] used = new boolean[pred.size()];
    List<CharSpan> foundGold = new ArrayList<>();
    long found = 0;
    long goldCount = 0;
    long right = 0;
    for (JsonNode q : gold.path("quotes")) {
      goldCount++;
      String content = q.get("content").asText();
      int at = a.text().indexOf(content);
      CharSpan span = new CharSpan(Math.max(0, at), Math.max(0, at) + content.length());
      String speaker = q.hasNonNull("resolved_speaker") ? q.get("resolved_speaker").asText() : null;
      int best = -1;
      for (int i = 0; i < pred.size(); i++) {
        if (!used[i] && !inside(furniture, pred.get(i).content())
            && QuoteMatching.contentMatches(a.text(), span, pred.get(i).content())) {
          if (best < 0 || QuoteMatching.sameSpeaker(speaker, pred.get(i).speaker().name())) {
            best = i;
          }
          if (QuoteMatching.sameSpeaker(speaker, pred.get(i).speaker().name())) {
            break;
          }
        }
      }
      String what = " «" + content + "» [" + q.path("kind").asText() + "] — " + speaker;
      if (best < 0) {
        report.add(id + " missed   quote" + what);
        continue;
      }
      used[best] = true;
      found++;
      foundGold.add(span);
      Quote p = pred.get(best);
      if (QuoteMatching.sameSpeaker(speaker, p.speaker().name())) {
        right++;
        report.add(id + " found    quote" + what);
      } else {
        report.add(id + " speaker  quote" + what + ", got " + p.speaker() + " (" + p.rule() + ")");
      }
    }
    long counted = found;
    for (int i = 0; i < pred.size(); i++) {
      Quote p = pred.get(i);
      if (used[i]) {
        continue;
      }
      if (inside(furniture, p.content())) {
        inFurniture[0]++;
        counted++;
        report.add(id + " furnish  quote " + p + " (" + p.rule() + ") in page furniture");
      } else if (foundGold.stream().noneMatch(g -> g.begin() <= p.content().begin() && p.content().end() <= g.end())) {
        counted++;
        report.add(id + " extra    quote " + p + " (" + p.rule() + ")");
      }
    }
    return new long[] {found, counted, goldCount, right};
  }

  /** Prints the report (every line, or only the errors), ending with the summary line. */
  public static void print(Result r, boolean errorsOnly, PrintStream out) {
    r.report().stream().filter(l -> !errorsOnly || !l.contains(" found    ")).forEach(out::println);
    out.printf(Locale.ROOT, "%d articles; quotes %s; speakers %d of %d found quotes right; end to end %s%n",
        r.articles(), r.quotes(), r.speakerRight(), r.quotes().correct(), r.endToEnd());
    out.printf(Locale.ROOT, "entity forms %s (persons %d/%d); headlines %d/%d, datelines %d/%d right; "
        + "%d quotes and entity forms in page furniture%n", r.entities(), r.personsFound(), r.persons(),
        r.headlinesRight(), r.headlines(), r.datelinesRight(), r.datelines(), r.furniture());
    r.entityTypes().forEach((type, prf) -> out.printf(Locale.ROOT, "entity forms %-4s %s%n", type, prf));
    out.println(r.summary());
  }
}
