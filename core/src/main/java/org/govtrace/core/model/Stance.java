package org.govtrace.core.model;

/** The author's position towards the document discussed, per sentence or rolled up per document. */
public enum Stance {
  SUPPORT,
  CRITIQUE,
  PROPOSAL,
  NEUTRAL;

  /** The lower-case name used in JSON, CSV and gold files. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The stance with the given gold-file code. */
  public static Stance fromCode(String code) {
    return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
