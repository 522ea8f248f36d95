package org.govtrace.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text comparisons of gold/FORMAT.md. */
class TextMatchTest {

  /** White space runs collapse and ends are trimmed before comparing. */
  @Test
  void normalizesWhiteSpace() {
    assertEquals("Nämnden ska ta fram en plan.", TextMatch.normalize("  Nämnden ska\n ta   fram en plan. "));
  }

  /** A predicted sentence matches when the longest common substring covers half the gold sentence. */
  @Test
  void matchesSentencesByLongestCommonSubstring() {
    String gold = "Förvaltningen efterfrågar en kostnadsberäkning av planen.";
    assertTrue(TextMatch.sentenceMatches("Sammanfattning Förvaltningen efterfrågar en kostnadsberäkning av planen.", gold));
    assertFalse(TextMatch.sentenceMatches("Förvaltningen välkomnar planen.", gold));
  }

  /** Duties compare by the Jaccard overlap of their lower-cased tokens. */
  @Test
  void comparesDutiesByTokenJaccard() {
    assertEquals(0.6, TextMatch.jaccard("ta fram den årsrapport", "ta fram en årsrapport"), 1e-9);
    assertEquals(1.0, TextMatch.jaccard("Genomföra strategin", "genomföra  strategin"), 1e-9);
  }
}
