package org.govtrace.core.query;

import java.util.Locale;

/** Where a link in the document graph comes from. */
public enum LinkOrigin {
  /** Inferred from the documents' text and profiles; the link carries its evidence. */
  INFERRED,
  /** Stated in a manifest given at index time. */
  DECLARED;

  /**
   * The lower-case name used in JSON and CSV.
   *
   * @return the code, such as {@code declared}
   */

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
