package org.govtrace.core.query;

/** What an index run did with one file. */
public enum FileStatus {
  /** The file was new and is now indexed. */
  INDEXED,
  /** The file's bytes and the pipeline are unchanged since it was indexed: skipped. */
  UNCHANGED,
  /** The file changed (or the pipeline did): its old entries were replaced. */
  REPLACED,
  /** The file could not be read or analysed; the reason says why. */
  FAILED,
  /** The file was indexed from a folder of this run but is no longer there: its entries were removed. */
  REMOVED
}
