package org.govtrace.core.extract;

/** Why a file could not be extracted; each reason comes with one sentence saying what to do. */
public enum ExtractionFailure {
  /** The file is password-protected. */
  ENCRYPTED,
  /** The file has no bytes or no text. */
  EMPTY,
  /** The file is damaged or not what its content claims. */
  CORRUPT,
  /** The format is not one govtrace reads. */
  UNSUPPORTED,
  /** Extraction took longer than the time limit. */
  TIMEOUT,
  /** The file could not be read from disk. */
  UNREADABLE
}
