package org.govtrace.core.query;

import java.util.Locale;

/** How one document relates to another in the document graph. */
public enum LinkKind {
  /** A remissvar, tjänsteutlåtande or yttrande answers the document. */
  RESPONDS_TO,
  /** A plan or strategy replaces (ersätter) an earlier one. */
  REPLACES,
  /** A plan builds on (bygger vidare på) an earlier strategy or programme. */
  BUILDS_ON,
  /** A later version of a document of the same genre and title. */
  VERSION_OF;

  /**
   * The lower-case name used in JSON, CSV and manifests.
   *
   * @return the code, such as {@code responds_to}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with the given code; accepts {@code responds-to} and {@code RESPONDS_TO} alike.
   *
   * @param code the code
   * @return the kind
   * @throws IllegalArgumentException when the code names no kind
   */

  public static LinkKind fromCode(String code) {
    return valueOf(code.trim().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
