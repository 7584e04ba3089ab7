package nl.verrijk.parse;

import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A transition-based dependency parser for Dutch: arc-hybrid transitions scored by an averaged
 * perceptron, searched greedily or with a beam ({@link Beam}), and each new arc's Universal
 * Dependencies relation chosen by a second one that sees the dependent's finished subtree
 * ({@link ParserTrainer}); the trees are projective, one root word per sentence. Cost is linear in
 * the sentence length. Immutable and thread-safe: load once, share.
 */
public final class DependencyParser {

  /** Where the shipped model lives on the classpath. */
  public static final String RESOURCE = "nl/verrijk/models/parse/parser.bin.gz";

  private static final int MAGIC = 0x56445033; // "VDP3"

  /**
   * The parse of one sentence.
   *
   * @param heads for each word the index (0-based, in the sentence) of its head, -1 for the root
   * @param relations for each word its relation to the head ({@code root} for the root)
   */
  public record Tree(ImmutableList<Integer> heads, ImmutableList<String> relations) {

    /** Reads as {@code Tree[2:nsubj 0:root 2:obj]}: head (1-based, 0 the root) and relation per word. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("Tree[");
      for (int i = 0; i < heads.size(); i++) {
        sb.append(i == 0 ? "" : " ").append(heads.get(i) + 1).append(':').append(relations.get(i));
      }
      return sb.append(']').toString();
    }
  }

  private final LinearModel transitions;
  private final LinearModel relations;
  private final ImmutableList<String> labels;
  private final int rootLabel;
  private final int width;

  DependencyParser(LinearModel transitions, LinearModel relations, List<String> labels, int width) {
    this.transitions = transitions;
    this.relations = relations;
    this.labels = ImmutableList.copyOf(labels);
    this.rootLabel = labels.indexOf("root");
    this.width = width;
    if (width < 1 || width > 64) {
      throw new IllegalArgumentException("beam width must lie in [1, 64]: " + width);
    }
    if (rootLabel < 0 || relations.classes() != labels.size() || transitions.classes() != ArcHybrid.ACTIONS) {
      throw new IllegalArgumentException("inconsistent parser model: " + labels.size() + " relations, "
          + relations.classes() + " relation classes, " + transitions.classes() + " transitions");
    }
  }

  /** Returns the shipped parser, loaded once on first use and shared. */
  public static DependencyParser shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final DependencyParser INSTANCE = loadResource();
  }

  private static DependencyParser loadResource() {
    InputStream in = DependencyParser.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the parser model " + RESOURCE + " is not on the classpath; rebuild it with "
          + "'train parse' (see models/README.md)");
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parser model " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Loads a parser model file written by {@link #write}. */
  public static DependencyParser load(Path file) {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file must not be null"))) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parser model " + file + ": " + e.getMessage(), e);
    }
  }

  private static DependencyParser read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Verrijk parser model of this version (VDP3); rebuild it with 'train parse'");
    }
    int width = in.readInt();
    int n = in.readInt();
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = in.readUTF();
    }
    LinearModel t = LinearModel.read(in);
    LinearModel r = LinearModel.read(in);
    return new DependencyParser(t, r, Arrays.asList(labels), width);
  }

  /** Writes the model, gzipped. */
  public void write(Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
      out.writeInt(MAGIC);
      out.writeInt(width);
      out.writeInt(labels.size());
      for (String l : labels) {
        out.writeUTF(l);
      }
      transitions.write(out);
      relations.write(out);
    }
  }

  /**
   * This parser without the weights smaller than {@code minWeight} quantization steps (of the 32,000
   * that the largest weight has) in either model: smaller, and almost as accurate.
   */
  DependencyParser pruned(int minWeight) {
    return new DependencyParser(transitions.pruned(minWeight), relations.pruned(minWeight), labels, width);
  }

  /** This parser searching with another beam width (1: greedily). */
  public DependencyParser withBeam(int beamWidth) {
    return new DependencyParser(transitions, relations, labels, beamWidth);
  }

  /** The beam width the parser searches with (1: greedily). */
  public int beam() {
    return width;
  }

  /** The relations the parser can assign. */
  public ImmutableList<String> relations() {
    return labels;
  }

  /**
   * Parses one sentence given its words and their tags and lemmas (lists of equal length, as the
   * part-of-speech tagger gives them); an empty sentence gives an empty tree.
   */
  public Tree parse(List<String> forms, List<String> upos, List<String> xpos, List<String> lemmas) {
    int[] rel = new int[forms.size()];
    int[] heads = parse(forms, upos, xpos, lemmas, rel);
    ImmutableList.Builder<Integer> h = ImmutableList.builderWithExpectedSize(heads.length);
    ImmutableList.Builder<String> r = ImmutableList.builderWithExpectedSize(heads.length);
    for (int i = 0; i < heads.length; i++) {
      h.add(heads[i]);
      r.add(labels.get(rel[i]));
    }
    return new Tree(h.build(), r.build());
  }

  /** The universal part of a relation, as the CoNLL 2018 scores compare it: {@code nsubj} for {@code nsubj:pass}. */
  public static String universal(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** Parses one sentence: returns the 0-based heads (-1 for the root) and fills the relation ids. */
  int[] parse(List<String> forms, List<String> upos, List<String> xpos, List<String> lemmas, int[] relationsOut) {
    int n = Objects.requireNonNull(forms, "forms must not be null").size();
    Objects.requireNonNull(upos, "upos must not be null");
    Objects.requireNonNull(xpos, "xpos must not be null");
    Objects.requireNonNull(lemmas, "lemmas must not be null");
    if (upos.size() != n || xpos.size() != n || lemmas.size() != n) {
      throw new IllegalArgumentException("forms, tags and lemmas differ in length: " + n + ", " + upos.size() + ", "
          + xpos.size() + ", " + lemmas.size());
    }
    Features f = new Features(forms, upos, xpos, lemmas);
    float[] rs = new float[labels.size()];
    ArcHybrid c;
    if (width > 1 && n <= Beam.MAX_WORDS) {
      c = Beam.parse(f, n, transitions, (ff, cc, h, d) -> relation(ff, cc, h, d, rs), width);
    } else {
      c = new ArcHybrid(n);
      float[] scores = new float[ArcHybrid.ACTIONS];
      while (!c.terminal()) {
        int action = bestTransition(f, c, scores);
        c.apply(action, action == ArcHybrid.SHIFT ? -1 : relation(f, c, c.headOf(action), c.dependent(), rs));
      }
    }
    int[] heads = new int[n];
    for (int i = 1; i <= n; i++) {
      heads[i - 1] = c.head[i] - 1;
      relationsOut[i - 1] = c.label[i];
    }
    return heads;
  }

  int bestTransition(Features f, ArcHybrid c, float[] scores) {
    f.transition(c);
    Arrays.fill(scores, 0);
    transitions.score(f.values(), f.count(), scores);
    return best(c, scores);
  }

  /** The highest-scoring legal transition. */
  static int best(ArcHybrid c, float[] scores) {
    int best = -1;
    for (int a = 0; a < ArcHybrid.ACTIONS; a++) {
      if (c.legal(a) && (best < 0 || scores[a] > scores[best])) {
        best = a;
      }
    }
    return best;
  }

  int relation(Features f, ArcHybrid c, int h, int d, float[] scores) {
    if (h == 0) {
      return rootLabel;
    }
    f.relation(c, h, d);
    Arrays.fill(scores, 0);
    relations.score(f.values(), f.count(), scores);
    return bestRelation(scores, rootLabel);
  }

  /** The highest-scoring relation other than {@code root}. */
  static int bestRelation(float[] scores, int rootLabel) {
    int best = rootLabel == 0 ? 1 : 0;
    for (int l = 0; l < scores.length; l++) {
      if (l != rootLabel && scores[l] > scores[best]) {
        best = l;
      }
    }
    return best;
  }

  /** Reads as {@code DependencyParser[37 relations, 812345 + 123456 features, beam 8]}. */
  @Override
  public String toString() {
    return "DependencyParser[" + labels.size() + " relations, " + transitions.features() + " + "
        + relations.features() + " features, beam " + width + "]";
  }
}
