package org.govtrace.core.analysis;

import java.util.List;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.Stance;

/**
 * What the analysis found in one document.
 *
 * @param findings the findings in document order, each with evidence and the rule that fired
 * @param stance the author's overall stance, rolled up from the sentences
 */
public record DocumentAnalysis(List<Finding> findings, Stance stance) {

  public DocumentAnalysis {
    findings = List.copyOf(findings);
  }
}
