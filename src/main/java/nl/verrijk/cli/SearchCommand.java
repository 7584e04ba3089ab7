package nl.verrijk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.verrijk.index.ArticleIndex;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.pipeline.VerrijkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verrijk search DIR "query"}: the best articles with score, headline and snippet. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches an index with Lucene query syntax, e.g. speaker:\"Kaja Kallas\", entity_per:Macron, "
        + "place:Brussel, or free text matched on Dutch stems.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR")
  Path dir;

  @Parameters(index = "1", paramLabel = "QUERY")
  String query;

  @Option(names = {"-n", "--top"}, defaultValue = "10", description = "how many hits (default ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--json", description = "one JSON line per hit: score, snippet and the article")
  boolean json;

  @Override
  public Integer call() {
    if (top < 1) {
      System.err.println("verrijk: -n must be at least 1, not " + top);
      return 2;
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      List<ArticleIndex.Hit> hits = index.search(query, top);
      for (ArticleIndex.Hit h : hits) {
        if (json) {
          var node = ArticleJson.mapper().createObjectNode();
          node.put("score", h.score());
          node.put("snippet", h.snippet());
          node.set("article", ArticleJson.toTree(h.article()));
          System.out.println(node);
        } else {
          var s = h.article().structure();
          String headline = s != null && s.headline() != null ? h.article().text(s.headline()) : "(no headline)";
          System.out.printf(Locale.ROOT, "%6.2f  %s  %s%n        %s%n", h.score(), h.article().id(), headline, h.snippet());
        }
      }
      if (!json) {
        System.out.println(hits.size() + " hits");
      }
      return 0;
    } catch (VerrijkException e) {
      System.err.println("verrijk: " + e.getMessage());
      return 2;
    }
  }
}
