package org.govtrace.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Swedish compounds that share their first part before a linking s speak of the same thing, less than a compound and its part. */
class CompoundWordsTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "fritidsverksam, fritidsaktivitet, true",
    "arbetsmarknad, arbetsförmedling, true",
    "fritidsverksam, fritid, false",
    "fritidsgård, fritidsgård, false",
    "förskol, förskollär, false",
    "bostad, bostadsområd, false"
  })
  void relatesCompoundsWithTheSameFirstPart(String a, String b, boolean related) {
    assertEquals(related, ContentLemmas.Weights.sameModifier(a, b));
  }
}
