package org.govtrace.core.analysis;

import java.util.List;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Stance;

/**
 * Finds responsibilities, goals, areas, resource concerns, proposals and stance in an annotated document.
 * (First cut: finds nothing; the extractors follow.)
 */
public final class GovernanceAnalyzer {

  /** Analyses the sentences of one document. */
  public DocumentAnalysis analyze(DocumentId id, DocumentText text, List<Sentence> sentences, DocumentProfile profile) {
    return new DocumentAnalysis(List.of(), Stance.NEUTRAL);
  }

  /** A fingerprint of the rules and lexicon, stored in the index commit so changed rules re-analyse. */
  public String fingerprint() {
    return "analysis-0";
  }
}
