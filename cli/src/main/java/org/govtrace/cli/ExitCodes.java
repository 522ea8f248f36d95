package org.govtrace.cli;

/** The exit codes of the {@code govtrace} command, listed in its help. */
final class ExitCodes {

  /** Everything worked. */
  static final int OK = 0;
  /** An index run finished, but some files could not be indexed. */
  static final int FILES_FAILED = 1;
  /** The command line, a query or a document reference is wrong. */
  static final int USAGE = 2;
  /** There is no index in the directory (or it was written by an incompatible version). */
  static final int NO_INDEX = 3;
  /** Anything else went wrong: an unreadable index, a full disk. */
  static final int ERROR = 4;

  private ExitCodes() {}
}
