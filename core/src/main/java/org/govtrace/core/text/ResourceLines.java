package org.govtrace.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled lexicon: one entry a line, blank lines and {@code #} comments skipped. */
final class ResourceLines {

  private ResourceLines() {}

  static List<String> read(String name) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
      if (in == null) {
        // The lexicons are part of the jar; a missing one is a broken build, not a user error.
        throw new UncheckedIOException(new IOException("Missing bundled resource org/govtrace/core/text/" + name));
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
