package nl.verrijk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.List;
import nl.verrijk.io.Conllu;
import nl.verrijk.model.Upos;
import org.junit.jupiter.api.Test;

/** The beam search and its max-violation training, on a small part of the treebank with gold tags. */
class BeamTest {

  private static List<List<ParserTrainer.Tags>> goldTags(List<Conllu.Sentence> sentences) {
    return sentences.stream().map(s -> {
      List<ParserTrainer.Tags> tags = new java.util.ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        tags.add(new ParserTrainer.Tags(Upos.of(s.upos().get(i)).name(), s.xpos().get(i), s.lemmas().get(i)));
      }
      return tags;
    }).toList();
  }

  @Test
  void theGlobalTrainerLearnsAndAWiderBeamScoresAtLeastAsWell() {
    List<Conllu.Sentence> all = Conllu.read(nl.verrijk.Shared.path("data/ud-nl/ud-nl-train.conllu")).stream()
        .filter(Conllu.Sentence::hasXpos).toList();
    List<Conllu.Sentence> train = all.subList(0, 300);
    List<Conllu.Sentence> dev = all.subList(300, 400);
    var settings = new ParserTrainer.Settings(4, 1.0, 17, true, true, 1, 4, 4);
    DependencyParser beam = ParserTrainer.train(train, goldTags(train), List.of(), List.of(), settings,
        new PrintStream(java.io.OutputStream.nullOutputStream()));
    assertThat(beam.beam()).isEqualTo(4);
    List<String> labels = beam.relations();
    List<ParserTrainer.Example> seen = ParserTrainer.examples(train, goldTags(train), labels);
    List<ParserTrainer.Example> unseen = ParserTrainer.examples(dev, goldTags(dev), labels);
    assertThat(uas(beam, seen)).as("training sentences").isGreaterThan(90);
    double wide = uas(beam, unseen);
    double greedy = uas(beam.withBeam(1), unseen);
    assertThat(wide).as("unseen sentences, beam 4").isGreaterThan(60).isGreaterThan(greedy);
  }

  private static double uas(DependencyParser p, List<ParserTrainer.Example> examples) {
    String s = ParserTrainer.score(p, examples, p.relations());
    return Double.parseDouble(s.split(" ")[1]);
  }
}
