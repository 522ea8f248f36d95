package org.govtrace.core.model;

/** The author's position towards the document discussed, per sentence or rolled up per document. */
public enum Stance {
  /** Support (tillstyrker, ställer sig positiv): the author agrees with the document. */
  SUPPORT,
  /** Critique (avstyrker, ser brister): the author objects to the document or part of it. */
  CRITIQUE,
  /** A proposal (föreslår, bör kompletteras): the author asks for a change or an addition. */
  PROPOSAL,
  /** No position taken. */
  NEUTRAL;

  /**
   * The lower-case name used in JSON, CSV and gold files.
   *
   * @return the code, such as {@code support}
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The stance with the given gold-file code.
   *
   * @param code a code such as {@code critique}, in any case, with surrounding blanks ignored
   * @return the stance
   * @throws IllegalArgumentException when the code names no stance
   */

  public static Stance fromCode(String code) {
    return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
