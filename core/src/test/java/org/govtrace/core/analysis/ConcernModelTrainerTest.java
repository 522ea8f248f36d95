package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govtrace.core.GovTrace;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.query.ConcernModelReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training the resource-concern model from example files: cross-validated, reproducible, usable at once. */
class ConcernModelTrainerTest {

  private static GovTrace govtrace;

  @BeforeAll
  static void build() {
    govtrace = GovTrace.builder().build();
  }

  @AfterAll
  static void close() {
    govtrace.close();
  }

  private static Path passages(Path dir, String name, int offset) throws Exception {
    StringBuilder lines = new StringBuilder();
    String[] concerns = {
        "Nämnden behöver ett tillskott på %d miljoner kronor för att klara uppdraget.",
        "Förvaltningen saknar %d tjänster för att kunna genomföra planen.",
        "Utan %d nya tjänster kan förvaltningen inte korta kön.",
    };
    String[] calm = {
        "Parken har %d nya bänkar sedan i våras.",
        "Biblioteket har öppet %d timmar i veckan.",
        "Kommunen har %d invånare enligt den senaste mätningen.",
    };
    for (int i = 0; i < 3; i++) {
      lines.append(String.format("{\"id\": \"c%d\", \"text\": \"%s\", \"resource_concern\": true}%n", i, String.format(concerns[i], i + offset)));
      lines.append(String.format("{\"id\": \"n%d\", \"text\": \"%s\", \"resource_concern\": false}%n", i, String.format(calm[i], i + offset)));
    }
    return Files.writeString(dir.resolve(name), lines.toString());
  }

  @Test
  void crossValidatesEveryFileAndWritesAModelTheAnalysisCanUse(@TempDir Path dir) throws Exception {
    Path a = passages(dir, "a.jsonl", 2);
    Path b = passages(dir, "b.jsonl", 5);
    Path table = Files.writeString(dir.resolve("t.tsv"), """
        # sentence, kind
        Förvaltningen bedömer att uppdraget kräver ytterligare resurser.\tRESOURCE_CONCERN\t-\t-
        Planen ska genomföras inom befintlig ram.\t!RESOURCE_CONCERN\t-\t-
        Nämnden ställer sig bakom förslaget.\tSTANCE\t-\tsupport
        """);
    Path out = dir.resolve("model");
    ConcernModelReport report = govtrace.trainConcernModel(List.of(a, b, table), List.of(b), out);
    assertEquals(List.of("a.jsonl", "b.jsonl", "t.tsv"), report.folds().stream().map(ConcernModelReport.Fold::examples).toList());
    assertEquals(15, report.passages(), "six passages a file and three table sentences");
    assertTrue(Files.exists(out.resolve("concern-model.bin")) && Files.exists(out.resolve("concern-model.properties")));
    assertEquals(report.threshold(), ResourceConcernModel.fromDirectory(out).threshold(), 1e-9, "the written model carries the chosen threshold");
    try (GovTrace trained = GovTrace.builder().concernModel(out).build()) {
      assertEquals(6, trained.evaluate(a).items(), "a model from the directory analyses like the bundled one");
    }
  }

  @Test
  void trainsTheSameModelTwice(@TempDir Path dir) throws Exception {
    Path a = passages(dir, "a.jsonl", 2);
    Path b = passages(dir, "b.jsonl", 5);
    govtrace.trainConcernModel(List.of(a, b), List.of(), dir.resolve("one"));
    govtrace.trainConcernModel(List.of(a, b), List.of(), dir.resolve("two"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("one/concern-model.bin")), Files.readAllBytes(dir.resolve("two/concern-model.bin")));
  }

  @Test
  void refitsWithTheChosenSettingsToTheSameModelWithoutCrossValidating(@TempDir Path dir) throws Exception {
    Path a = passages(dir, "a.jsonl", 2);
    Path b = passages(dir, "b.jsonl", 5);
    ConcernModelReport report = govtrace.trainConcernModel(List.of(a, b), List.of(b), dir.resolve("cv"));
    int sentences = govtrace.refitConcernModel(List.of(a, b), report.l2Cost(), report.threshold(), dir.resolve("refit"));
    assertEquals(report.sentences(), sentences);
    assertArrayEquals(Files.readAllBytes(dir.resolve("cv/concern-model.bin")), Files.readAllBytes(dir.resolve("refit/concern-model.bin")));
    assertEquals(Files.readString(dir.resolve("cv/concern-model.properties")), Files.readString(dir.resolve("refit/concern-model.properties")),
        "the settings file names the same threshold, L2 cost and examples");
  }

  @Test
  void refusesAThresholdOutsideZeroToOne(@TempDir Path dir) throws Exception {
    Path a = passages(dir, "a.jsonl", 2);
    GovTraceException e = assertThrows(GovTraceException.class, () -> govtrace.refitConcernModel(List.of(a), 0.1, 55, dir.resolve("m")));
    assertTrue(e.getMessage().contains("threshold between 0 and 1"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("m")), "nothing is written");
  }

  @Test
  void namesAFileWithoutLabelledExamples(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("tom.jsonl"), "{\"id\": \"x\", \"text\": \"Inget här.\"}\n");
    GovTraceException e = assertThrows(GovTraceException.class, () -> govtrace.trainConcernModel(List.of(empty), List.of(), dir.resolve("m")));
    assertTrue(e.getMessage().contains("tom.jsonl"), e.getMessage());
  }
}
