package org.govtrace.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.query.KeynessRequest;
import org.govtrace.core.query.KeynessRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeynessTest {

  private final ContentLemmas lemmas = new ContentLemmas();

  @AfterEach
  void close() {
    lemmas.close();
  }

  /** G² for 10 of 100 against 5 of 200 is 2(10 ln 2 + 5 ln 0.5) = 6.93, as Rayson's calculator gives. */
  @Test
  void computesDunningLogLikelihood() {
    assertEquals(6.931, Keyness.logLikelihood(10, 5, 100, 200), 0.001);
    assertTrue(Keyness.logLikelihood(1, 50, 100, 200) < 0);
  }

  /** A board's own words rank first, with raw counts beside the score; function words are not counted. */
  @Test
  void ranksTheBoardsDistinctiveWordsFirst() {
    List<KeynessRow> rows = new Keyness(lemmas).keyness(TraceFixtures.corpus(), new KeynessRequest("Farsta", null, null, 50, 1));
    assertEquals("förvaltningen", rows.get(0).term());
    assertEquals(3, rows.get(0).targetCount());
    assertEquals(0, rows.get(0).referenceCount());
    assertTrue(rows.stream().noneMatch(r -> r.term().equals("att") || r.term().equals("för")));
  }

  /** A target that matches nothing is a clear error. */
  @Test
  void refusesATargetThatMatchesNothing() {
    GovTraceException e =
        assertThrows(GovTraceException.class, () -> new Keyness(lemmas).keyness(TraceFixtures.corpus(), new KeynessRequest("Vattennämnden", null, null, 10, 1)));
    assertTrue(e.getMessage().startsWith("No document matches"));
  }
}
