package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.GovTrace;
import org.govtrace.core.query.ConcernModelReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource-concern model bundled in core is the one its recipe ({@code concern-model-examples.txt}) trains:
 * a change to the features, the word classes, the rules' vetoes or the examples must come with a retrained model.
 */
class BundledConcernModelTest {

  private static final Path ROOT = Path.of("..");
  private static final Path RECIPE = ROOT.resolve("corpus/src/test/resources/gold/concern-model-examples.txt");
  private static final Path BUNDLED = ROOT.resolve("core/src/main/resources/org/govtrace/core/analysis");

  @Test
  void bundledModelIsWhatTheRecipeTrains(@TempDir Path dir) throws Exception {
    List<Path> examples = new ArrayList<>();
    List<Path> fresh = new ArrayList<>();
    for (String line : Files.readAllLines(RECIPE)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      boolean isFresh = line.startsWith("fresh ");
      Path file = ROOT.resolve(isFresh ? line.substring(6).strip() : line.strip());
      examples.add(file);
      if (isFresh) {
        fresh.add(file);
      }
    }
    ConcernModelReport report;
    try (GovTrace govtrace = GovTrace.builder().build()) {
      report = govtrace.trainConcernModel(examples, fresh, dir);
    }
    String stale = "The bundled resource-concern model is stale: retrain it with `govtrace concern-train` on the files of "
        + RECIPE + " (see README, Measuring it) and copy both files to " + BUNDLED;
    assertArrayEquals(Files.readAllBytes(BUNDLED.resolve("concern-model.bin")), Files.readAllBytes(dir.resolve("concern-model.bin")), stale);
    assertEquals(Files.readString(BUNDLED.resolve("concern-model.properties")), Files.readString(dir.resolve("concern-model.properties")), stale);
    System.out.printf("Resource-concern model, leave-one-file-out: rules F1 %.2f, model alone %.2f, both %.2f (threshold %.2f)%n",
        report.rules().f1(), report.model().f1(), report.combined().f1(), report.threshold());
  }
}
