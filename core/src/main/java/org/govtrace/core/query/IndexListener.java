package org.govtrace.core.query;

/** Told about each file as an index run finishes it, for a progress bar. Called on the indexing thread. */
@FunctionalInterface
public interface IndexListener {

  /** Does nothing. */
  IndexListener NONE = (outcome, done, total) -> {};

  /**
   * One more file is done.
   *
   * @param outcome what happened to the file
   * @param done how many files are done, this one included
   * @param total how many files the run has
   */
  void fileDone(FileOutcome outcome, int done, int total);
}
