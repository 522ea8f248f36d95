package org.govtrace.core.query;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an index run did with one file.
 *
 * @param file the file as it was read
 * @param source the name its entries are recorded under in the index (its absolute path unless the caller named
 *     it otherwise, as for the bundled corpus)
 * @param status indexed, unchanged, replaced or failed
 * @param documentId the document's id; null when the file failed
 * @param reason why it failed, one sentence naming what to do; null otherwise
 */
public record FileOutcome(Path file, String source, FileStatus status, String documentId, String reason) {

  /** Checks that the file, source and status are given. */
  public FileOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
  }
}
