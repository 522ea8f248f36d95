package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.govtrace.core.GovTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource-concern model bundled in core is the one its recipe ({@code concern-model-examples.txt}) trains:
 * a change to the features, the word classes, the rules' vetoes or the examples must come with a retrained model.
 * It refits with the bundled settings; whether cross-validation would still choose them is for {@code concern-train}.
 */
class BundledConcernModelTest {

  private static final Path ROOT = Path.of("..");
  private static final Path RECIPE = ROOT.resolve("corpus/src/test/resources/gold/concern-model-examples.txt");
  private static final Path BUNDLED = ROOT.resolve("core/src/main/resources/org/govtrace/core/analysis");

  @Test
  void bundledModelIsWhatTheRecipeTrains(@TempDir Path dir) throws Exception {
    List<Path> examples = new ArrayList<>();
    for (String line : Files.readAllLines(RECIPE)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      examples.add(ROOT.resolve(line.startsWith("fresh ") ? line.substring(6).strip() : line.strip()));
    }
    Properties settings = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLED.resolve("concern-model.properties"))) {
      settings.load(reader);
    }
    // The settings were chosen by concern-train's cross-validation, which takes minutes; refitting with them checks
    // the model itself in one fit.
    String stale = "The bundled resource-concern model is stale: retrain it with `govtrace concern-train` on the files of "
        + RECIPE + " (see README, Measuring it) and copy both files to " + BUNDLED;
    double threshold = Double.parseDouble(java.util.Objects.requireNonNull(settings.getProperty("threshold"), stale));
    double l2Cost = Double.parseDouble(java.util.Objects.requireNonNull(settings.getProperty("l2-cost"), stale));
    try (GovTrace govtrace = GovTrace.builder().build()) {
      govtrace.refitConcernModel(examples, l2Cost, threshold, dir);
    }
    assertArrayEquals(Files.readAllBytes(BUNDLED.resolve("concern-model.bin")), Files.readAllBytes(dir.resolve("concern-model.bin")), stale);
    assertEquals(Files.readString(BUNDLED.resolve("concern-model.properties")), Files.readString(dir.resolve("concern-model.properties")), stale);
  }
}
