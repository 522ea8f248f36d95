package org.govtrace.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundled lexicon or word list: one entry a line, blank lines and {@code #} comments skipped. Shared by the
 * stages that keep their Swedish vocabulary as data beside their classes.
 */
public final class ResourceLines {

  private ResourceLines() {}

  static List<String> read(String name) {
    return read(ResourceLines.class, name);
  }

  /**
   * The entries of a resource bundled beside {@code anchor} (or at an absolute path).
   *
   * @param anchor a class of the package the resource lives in
   * @param name the resource's file name, or an absolute path starting with {@code /}
   * @return the entries, stripped, in file order
   * @throws UncheckedIOException when the resource is missing or unreadable: a broken build, not a user error
   */
  public static List<String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(
            "Missing bundled resource " + name + " beside " + anchor.getPackageName() + "; the jar is incomplete"));
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + name, e);
    }
  }
}
