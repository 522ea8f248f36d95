package org.govtrace.core.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.GovTrace;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Sentence;

/** Small analysed documents for index tests: real pipeline output with a chosen profile and chosen findings. */
final class IndexFixtures {

  private static final GovTrace ANALYZER = GovTrace.builder().build();

  private IndexFixtures() {}

  /**
   * A document analysed from {@code text}, with the given profile fields and no findings (tests add the ones they
   * need, so they do not depend on the analysis rules).
   */
  static AnalyzedDocument document(String text, DocumentType type, String body, LocalDate date, String title, String respondsTo) {
    AnalyzedDocument analyzed = ANALYZER.analyzeText(text);
    DocumentProfile profile = new DocumentProfile(type, body, null, null, List.of(), date == null ? List.of() : List.of(date), title, respondsTo);
    return new AnalyzedDocument(analyzed.id(), analyzed.source(), analyzed.mediaType(), profile, analyzed.text(),
        analyzed.sentences(), List.of(), analyzed.stance(), analyzed.truncated());
  }

  /** The document with one more finding, on the first sentence that contains {@code sentenceContaining}. */
  static AnalyzedDocument withFinding(AnalyzedDocument document, String sentenceContaining, FindingKind kind,
      String label, String actor, String modality, String text) {
    Sentence sentence = document.sentences().stream()
        .filter(s -> s.text().contains(sentenceContaining))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No sentence contains " + sentenceContaining));
    Evidence evidence = new Evidence(document.id().value(), null, sentence.page(), sentence.span(), sentence.text());
    List<Finding> findings = new ArrayList<>(document.findings());
    findings.add(new Finding(kind, label, actor, modality, text, evidence, "test-rule"));
    return new AnalyzedDocument(document.id(), document.source(), document.mediaType(), document.profile(),
        document.text(), document.sentences(), findings, document.stance(), document.truncated());
  }
}
