package nl.verrijk.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code manifest.properties} beside each shipped model: what it is, its data and licence, the
 * command that rebuilt it and its figures, as sorted {@code key=value} lines.
 */
public final class Manifests {

  private static final String HEADER =
      "# Verrijk model manifest: what the model is, its data and licence, the command that rebuilt it, its figures\n";

  private Manifests() {}

  /** Writes (or updates) the manifest with the given keys, keeping the keys already present. */
  public static void update(Path file, Map<String, String> values) throws IOException {
    Map<String, String> all = read(file);
    all.putAll(values);
    replace(file, all);
  }

  /** Writes the manifest with exactly the given keys. */
  public static void replace(Path file, Map<String, String> values) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
        w.write(e.getKey() + "=" + escape(e.getValue()) + "\n");
      }
    }
  }

  /** The keys of a manifest, sorted; empty when there is none. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
