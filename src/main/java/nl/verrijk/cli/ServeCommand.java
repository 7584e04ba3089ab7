package nl.verrijk.cli;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.verrijk.Verrijk;
import nl.verrijk.pipeline.Pipeline;
import nl.verrijk.pipeline.VerrijkException;
import nl.verrijk.server.VerrijkServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verrijk serve [--port 9000] [--threads N]}: the HTTP server, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves POST /enrich (a UTF-8 text, or HTML with ?input=html; ?format=json|jsonl|conllu|naf|text|html), "
        + "GET / (a page to paste a text into and see its view), GET /health and GET /version over HTTP until stopped.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", description = "the port to listen on; default 9000 (0 picks a free one)")
  int port = 9000;

  @Option(names = "--host", description = "the address to listen on; default 127.0.0.1 (this machine only)")
  String host = "127.0.0.1";

  @Option(names = "--threads", paramLabel = "N", description = "requests enriched at once; default: the cores")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--queue", paramLabel = "N", description = "requests that may wait beyond those; default 4 per thread")
  Integer queue;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "the largest body accepted; default 10485760 (10 MB)")
  long maxBody = 10L << 20;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "the longest a request may take; default 60")
  long timeout = 60;

  @Override
  public Integer call() throws InterruptedException {
    VerrijkServer.Options options = new VerrijkServer.Options(new InetSocketAddress(host, port), threads,
        queue == null ? 4 * threads : queue, maxBody, Duration.ofSeconds(timeout));
    Pipeline pipeline = Verrijk.pipeline();
    pipeline.annotate("Het model laadt nu, zei de server in Amsterdam."); // load every model before listening
    VerrijkServer server;
    try {
      server = VerrijkServer.start(options, pipeline, System.err);
    } catch (VerrijkException e) {
      System.err.println("verrijk: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("verrijk serve: stopping, letting running requests finish");
      server.close();
      stopped.countDown();
    }));
    System.err.println("verrijk serve: listening on http://" + host + ":" + server.port() + " (" + threads
        + " threads); POST /enrich, GET /health, GET /version; Ctrl-C stops");
    stopped.await();
    return 0;
  }
}
