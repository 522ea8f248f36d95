package org.govtrace.core.analysis;

/** Whose words a passage is (DOMAIN.md "Who speaks"): known from the heading it stands under. */
enum Voice {
  /** Bakgrund, Ärendet: the author retells the plan or strategy; its duties and rules belong to that document. */
  RETELLING,
  /** Sammanfattning, Förvaltningens synpunkter, Bedömning: the author's own view. */
  OWN,
  /** Förslag till beslut: the decision the author proposes. */
  DECISION,
  /** No known heading yet, as for a passage analysed on its own. */
  UNKNOWN
}
