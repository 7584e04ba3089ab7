package nl.verrijk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.verrijk.Shared;
import nl.verrijk.Verrijk;
import nl.verrijk.io.Conll2002Reader;
import nl.verrijk.io.ArticleJson;
import nl.verrijk.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Streaming keeps memory constant: in a JVM of its own with a small heap, the default pipeline
 * enriches a stream of articles twice on two threads (rendering each as JSON and keeping nothing);
 * the heap that is live after the second pass is the heap after the first, within a few MB, so
 * nothing of the articles stays behind.
 */
class ConstantMemoryTest {

  /** Articles of 15 sentences from the CoNLL-2002 Dutch training text, made as they are asked for. */
  static Iterator<Article> articles(List<List<String>> sentences) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < sentences.size();
      }

      @Override
      public Article next() {
        StringBuilder sb = new StringBuilder();
        for (int i = next; i < Math.min(next + 15, sentences.size()); i++) {
          sb.append(String.join(" ", sentences.get(i))).append('\n');
        }
        Article a = Article.builder(sb.toString()).id("a" + next).build();
        next += 15;
        return a;
      }
    };
  }

  private static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The child JVM: two passes, then {@code LIVE first second} in bytes. */
  public static void main(String[] args) {
    List<List<String>> sentences = new ArrayList<>();
    for (Conll2002Reader.Document d : Conll2002Reader.read(Path.of(args[0]))) {
      sentences.addAll(d.words());
    }
    sentences = sentences.subList(0, Math.min(sentences.size(), Integer.parseInt(args[1])));
    Pipeline pipeline = Verrijk.pipeline();
    AtomicLong chars = new AtomicLong();
    long[] live = new long[2];
    for (int pass = 0; pass < 2; pass++) {
      pipeline.annotate(articles(sentences), 2, ArticleJson::toJson, json -> chars.addAndGet(json.length()));
      live[pass] = liveHeap();
    }
    System.out.println("LIVE " + live[0] + " " + live[1] + " " + chars.get());
  }

  @Test
  void twoPassesLeaveTheSameLiveHeap() throws Exception {
    Path train = Shared.path("data/conll2002/ned.train");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx400m",
        "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"), ConstantMemoryTest.class.getName(),
        train.toString(), "9000").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    String[] live = out.lines().filter(l -> l.startsWith("LIVE ")).findFirst().orElseThrow().split(" ");
    long first = Long.parseLong(live[1]);
    long second = Long.parseLong(live[2]);
    assertThat(Long.parseLong(live[3])).as("JSON written").isGreaterThan(10_000_000);
    assertThat(second - first).as("live heap growth over the second pass, bytes").isLessThan(8L << 20);
  }
}
