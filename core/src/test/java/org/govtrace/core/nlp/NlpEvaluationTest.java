package org.govtrace.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.NlpEvaluationResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpEvaluationTest {

  static final Path UD = Path.of("../../shared/ud-sv");
  private static final OpenNlpSentenceAnnotator ANNOTATOR = OpenNlpSentenceAnnotator.fromClasspath();

  @Test
  void scoresTheBundledMunicipalGoldSet() {
    NlpEvaluationResult result = new NlpEvaluation(ANNOTATOR, false).evaluateMunicipalGold();
    assertTrue(result.sentences() >= 60, "gold sentences: " + result.sentences());
    assertEquals(ANNOTATOR.fingerprint(), result.modelFingerprint());
    assertEquals(16, result.dataChecksum().length());
    for (double figure : new double[] {result.uposAccuracy(), result.lemmaAccuracy(), result.sentenceF1(), result.tokenAccuracy()}) {
      assertTrue(figure > 0 && figure <= 1, result.toString());
    }
    assertEquals(0, result.tokensPerSecond());
  }

  @Test
  void scoresTalbankenDevWhenTheTreebankIsThere() {
    Assumptions.assumeTrue(Files.isDirectory(UD), "UD Swedish data not present");
    NlpEvaluationResult result = new NlpEvaluation(ANNOTATOR, false).evaluate(UD);
    assertEquals("sv_talbanken-ud-dev.conllu", result.data());
    assertEquals(504, result.sentences());
    assertTrue(result.uposAccuracy() > 0.5 && result.sentenceF1() > 0.5, result.toString());
  }

  @Test
  void refusesADirectoryWithoutDevData(@TempDir Path empty) {
    GovTraceException e = assertThrows(GovTraceException.class, () -> new NlpEvaluation(ANNOTATOR, false).evaluate(empty));
    assertTrue(e.getMessage().contains("-dev.conllu"), e.getMessage());
  }
}
