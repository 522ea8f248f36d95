package org.govtrace.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.NlpTrainingResult;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpTrainerTest {

  /** The first sentences of each treebank: enough to exercise every model, quick enough for the suite. */
  private static void copyHeads(Path to, int sentences) throws IOException {
    for (String name : NlpTrainer.TRAINING_FILES) {
      StringBuilder head = new StringBuilder();
      int blank = 0;
      for (String line : Files.readAllLines(NlpEvaluationTest.UD.resolve(name), StandardCharsets.UTF_8)) {
        head.append(line).append('\n');
        if (line.isBlank() && ++blank == sentences) {
          break;
        }
      }
      Files.writeString(to.resolve(name), head, StandardCharsets.UTF_8);
    }
  }

  @Test
  void trainsModelsTheAnnotatorLoadsFromTheOutputDirectory(@TempDir Path ud, @TempDir Path out) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(NlpEvaluationTest.UD), "UD Swedish data not present");
    copyHeads(ud, 150);
    NlpTrainingResult result = new NlpTrainer().train(ud, out);
    assertEquals(NlpModels.FILES, List.copyOf(result.modelBytes().keySet()));
    assertTrue(result.lemmaTrainingTokens() > 0 && result.posTrainingTokens() > result.lemmaTrainingTokens());
    OpenNlpSentenceAnnotator annotator = OpenNlpSentenceAnnotator.fromDirectory(out);
    List<Sentence> found = annotator.annotate(DocumentText.ofPlainText("Nämnden godkänner förslaget. Beslutet gäller i dag."));
    assertEquals(2, found.size());
    assertFalse(found.get(0).tokens().isEmpty());
  }

  @Test
  void namesTheMissingTreebankFile(@TempDir Path empty, @TempDir Path out) {
    GovTraceException e = assertThrows(GovTraceException.class, () -> new NlpTrainer().train(empty, out));
    assertTrue(e.getMessage().contains(NlpTrainer.TRAINING_FILES.get(0)), e.getMessage());
  }
}
