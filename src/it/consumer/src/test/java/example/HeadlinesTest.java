package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadlinesTest {
  @Test
  void firstSentenceOfANewsText() {
    assertEquals("Kabinet valt", Headlines.first("Kabinet valt\nDEN HAAG (ANP) - Het kabinet is gevallen."));
  }
}
