package nl.verrijk.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.verrijk.eval.NerEvaluator;
import org.junit.jupiter.api.Test;

class EvaluatorChunksTest {

  @Test
  void conllevalChunkRules() {
    assertEquals(List.of("0:0:2:PER", "0:3:4:LOC"),
        NerEvaluator.chunks(0, List.of("B-PER", "I-PER", "O", "B-LOC")));
    // I- after O starts a chunk; a type change starts a new one; B- splits adjacent chunks
    assertEquals(List.of("1:1:2:ORG", "1:2:3:LOC", "1:3:4:LOC"),
        NerEvaluator.chunks(1, List.of("O", "I-ORG", "I-LOC", "B-LOC")));
  }
}
