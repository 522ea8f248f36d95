package org.govtrace.core.query;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an index run did with one file.
 *
 * @param file the file
 * @param status indexed, unchanged, replaced or failed
 * @param documentId the document's id; null when the file failed
 * @param reason why it failed, one sentence naming what to do; null otherwise
 */
public record FileOutcome(Path file, FileStatus status, String documentId, String reason) {

  /** Checks that the file and status are given. */
  public FileOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
  }
}
