package org.govtrace.core.extract;

/**
 * Why a file could not be extracted. Each reason carries the advice that ends the one-sentence message an
 * {@link ExtractionException} gives the user.
 */
public enum ExtractionFailure {
  /** The file is password-protected. */
  ENCRYPTED("it is password-protected", "save an unprotected copy and index that"),
  /** The file has no bytes or no text (a scanned PDF without a text layer, for instance). */
  EMPTY("it contains no text", "check that it is not empty or a scan without a text layer (run OCR first)"),
  /** The file is damaged or not what its content claims. */
  CORRUPT("it is damaged or incomplete", "open it in its own program and save or export it again"),
  /** The format is not one govtrace reads. */
  UNSUPPORTED(
      "its format is not one govtrace reads",
      "convert it to PDF, DOCX, DOC, ODT, RTF, HTML, PPTX or plain text"),
  /** Extraction took longer than the time limit. */
  TIMEOUT("reading it took longer than the time limit", "raise the time limit or split the file"),
  /**
   * The content expands or nests far beyond its size (a zip bomb, or a damaged archive that looks like one);
   * Tika's safety limits stopped it.
   */
  ZIP_BOMB(
      "it expands or nests far beyond its size (a possible zip bomb)",
      "check where the file comes from and export it again if it is genuine"),
  /** The file could not be read from disk. */
  UNREADABLE("it cannot be read", "check the path and its permissions");

  private final String reason;
  private final String advice;

  ExtractionFailure(String reason, String advice) {
    this.reason = reason;
    this.advice = advice;
  }

  /** Why the file failed, as a clause: "it is password-protected". */
  public String reason() {
    return reason;
  }

  /** What the user can do about it, as an imperative clause. */
  public String advice() {
    return advice;
  }

  /** The one-sentence message for the file named {@code source}: "{source}: {reason}; {advice}." */
  public String describe(String source) {
    return source + ": " + reason + "; " + advice + ".";
  }
}
