package org.govtrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented way for a program (and the nlp-train and nlp-eval commands) to train and score the models. */
class SwedishModelsTest {

  private static final SwedishModels BUNDLED = SwedishModels.bundled();

  @Test
  void scoresTheBundledModelsOnTheMunicipalGoldSetWithTheBeamAsked() {
    SwedishModels wider = BUNDLED.withBeamSize(3);
    NlpEvaluationResult result = wider.evaluateMunicipalGold();
    assertEquals(3, result.beamSize());
    assertEquals(wider.fingerprint(), result.modelFingerprint());
    assertTrue(result.sentences() > 0 && result.uposAccuracy() > 0 && result.uposAccuracy() <= 1, result.toString());
    assertEquals(1, BUNDLED.evaluateMunicipalGold().beamSize());
  }

  @Test
  void refusesToScoreAFolderWithoutDevData(@TempDir Path empty) {
    GovTraceException e = assertThrows(GovTraceException.class, () -> BUNDLED.evaluate(empty, false, () -> 0, () -> Double.NaN));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
  }

  @Test
  void trainingNamesTheMissingTreebankFile(@TempDir Path empty, @TempDir Path out) {
    GovTraceException e = assertThrows(GovTraceException.class, () -> SwedishModels.train(empty, out));
    assertTrue(e.getMessage().contains("sv_talbanken"), e.getMessage());
  }

  @Test
  void loadingModelsFromAFolderWithoutThemNamesTheMissingFile(@TempDir Path empty) {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SwedishModels.fromDirectory(empty));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
  }
}
