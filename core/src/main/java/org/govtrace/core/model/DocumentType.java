package org.govtrace.core.model;

/** The genre of a governance document, as the gold files name it. */
public enum DocumentType {
  /** A remissvar: a tjänsteutlåtande or yttrande answering a referral. */
  REFERRAL_RESPONSE,
  /** A strategi: direction and division of responsibility (ansvarsfördelning). */
  STRATEGY,
  /** A handlingsplan: measures, result goals (resultatmål) and responsible boards. */
  ACTION_PLAN,
  /** A slide deck: bullets and headings rather than full sentences. */
  PRESENTATION,
  /** A rapport, uppföljning or årsrapport. */
  REPORT,
  /** Anything else. */
  OTHER;

  /**
   * The lower-case name used in JSON, CSV and gold files.
   *
   * @return the code, such as {@code referral_response}
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The type with the given gold-file code.
   *
   * @param code a code such as {@code action_plan}, in any case, with surrounding blanks ignored
   * @return the type
   * @throws IllegalArgumentException when the code names no type
   */

  public static DocumentType fromCode(String code) {
    return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
