package org.govtrace.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the compiled classes and resources of the pipeline's stage packages, so that an index built by
 * other code (a changed cleaning rule, a new profile field) is re-analysed on the next run even when no model or
 * lexicon changed. Built from the bytes on the class path, so two builds of the same source agree.
 */
final class StageCodeFingerprint {

  /** The packages whose code decides what an indexed document contains, as resource paths. */
  static final List<String> STAGE_PACKAGES =
      List.of(
          "org/govtrace/core/extract/",
          "org/govtrace/core/text/",
          "org/govtrace/core/nlp/",
          "org/govtrace/core/profile/",
          "org/govtrace/core/analysis/",
          "org/govtrace/core/model/",
          "org/govtrace/core/index/");

  private StageCodeFingerprint() {}

  /**
   * The digest of every stage file beside {@code anchor}: a jar's entries or a class directory's files, in
   * name order.
   *
   * @throws IllegalStateException when the code's location cannot be read, which would make every index run
   *     silently keep stale analyses
   */
  static String of(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    try {
      if (source == null
          || source.getLocation() == null
          || !"file".equals(source.getLocation().toURI().getScheme())) {
        // A jlink image or a jar nested in another has no file to hash; models and lexicon still fingerprint it.
        return "code-unknown";
      }
      return of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "Cannot read govtrace's own classes at " + source.getLocation() + " to fingerprint the pipeline", e);
    }
  }

  /** The digest of the stage files in a class directory or jar; the same files give the same digest in both. */
  static String of(Path location) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(location)) {
        digestDirectory(location, digest);
      } else {
        digestJar(location, digest);
      }
      return "code-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read govtrace's own classes at " + location + " to fingerprint the pipeline", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM lacks SHA-256, which every Java runtime must provide", e);
    }
  }

  private static void digestJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries =
          file.stream()
              .filter(e -> !e.isDirectory() && isStageFile(e.getName()))
              .sorted(Comparator.comparing(JarEntry::getName))
              .toList();
      for (JarEntry entry : entries) {
        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(entry)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }

  private static void digestDirectory(Path root, MessageDigest digest) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .filter(Files::isRegularFile)
              .map(file -> root.relativize(file).toString().replace('\\', '/'))
              .filter(StageCodeFingerprint::isStageFile)
              .sorted()
              .toList();
    }
    for (String name : names) {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(root.resolve(name)));
    }
  }

  private static boolean isStageFile(String name) {
    return STAGE_PACKAGES.stream().anyMatch(name::startsWith);
  }
}
