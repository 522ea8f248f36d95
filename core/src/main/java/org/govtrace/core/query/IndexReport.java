package org.govtrace.core.query;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one index run: one entry per file, in the order they were processed.
 *
 * @param files what happened to each file
 * @param elapsed how long the run took
 */
public record IndexReport(List<FileOutcome> files, Duration elapsed) {

  /** Copies the outcomes, so the record stays immutable. */
  public IndexReport {
    files = List.copyOf(files);
  }

  /**
   * How many files ended with the given status.
   *
   * @param status the status to count
   * @return the number of files
   */
  public long count(FileStatus status) {
    return files.stream().filter(outcome -> outcome.status() == status).count();
  }

  /**
   * Whether any file failed.
   *
   * @return true when at least one file failed
   */
  public boolean hasFailures() {
    return count(FileStatus.FAILED) > 0;
  }
}
