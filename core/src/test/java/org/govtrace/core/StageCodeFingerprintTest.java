package org.govtrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageCodeFingerprintTest {

  @TempDir Path temp;

  @Test
  void changesWhenACleaningRuleClassChanges() throws IOException {
    Path before = write(temp.resolve("a"), Map.of("org/govtrace/core/text/Rule.class", "regel 1"));
    Path after = write(temp.resolve("b"), Map.of("org/govtrace/core/text/Rule.class", "regel 2"));

    assertNotEquals(StageCodeFingerprint.of(before), StageCodeFingerprint.of(after));
  }

  @Test
  void ignoresCodeOutsideTheStagePackages() throws IOException {
    Path before =
        write(temp.resolve("a"), Map.of("org/govtrace/core/profile/P.class", "x", "org/govtrace/core/report/R.class", "1"));
    Path after =
        write(temp.resolve("b"), Map.of("org/govtrace/core/profile/P.class", "x", "org/govtrace/core/report/R.class", "2"));

    assertEquals(StageCodeFingerprint.of(before), StageCodeFingerprint.of(after));
  }

  @Test
  void givesTheSameDigestForAJarAndAClassDirectoryWithTheSameFiles() throws IOException {
    Map<String, String> files =
        new TreeMap<>(Map.of(
            "org/govtrace/core/analysis/lexicon.txt", "saknas\tNEED",
            "org/govtrace/core/extract/E.class", "e",
            "org/govtrace/core/nlp/N.class", "n"));
    Path directory = write(temp.resolve("classes"), files);
    Path jar = temp.resolve("core.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        out.putNextEntry(new JarEntry(file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }

    assertEquals(StageCodeFingerprint.of(directory), StageCodeFingerprint.of(jar));
  }

  @Test
  void fingerprintsTheRunningPipelineFromItsOwnClasses() {
    String fingerprint = StageCodeFingerprint.of(DocumentPipeline.class);

    assertTrue(fingerprint.matches("code-[0-9a-f]{16}"), fingerprint);
    assertEquals(fingerprint, StageCodeFingerprint.of(DocumentPipeline.class));
  }

  private static Path write(Path root, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      try (OutputStream out = Files.newOutputStream(path)) {
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return root;
  }
}
