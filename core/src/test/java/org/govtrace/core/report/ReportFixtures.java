package org.govtrace.core.report;

import static org.govtrace.core.testdocs.TestDocuments.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.lineage.LineageManifest;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.trace.CorpusViews;
import org.govtrace.core.trace.TraceFixtures;

/** The trace fixtures plus a response whose text holds markup, written out as a report. */
final class ReportFixtures {

  static final String SCRIPT = "<script>window.pwned=1</script>";

  private ReportFixtures() {}

  static AnalyzedDocument hostile() {
    return document("idrott-2025.txt").type(DocumentType.REFERRAL_RESPONSE).body("Idrottsnämnden").cites("KS 2025/809").dates("2025-10-10")
        .text("Idrottsnämnden\n\nNämnden saknar resurser för uppdraget " + SCRIPT + " och efterfrågar finansiering.")
        .finding(FindingKind.RESOURCE_CONCERN, "resources", "saknar resurser")
        .build();
  }

  static List<AnalyzedDocument> documents() {
    List<AnalyzedDocument> docs = new ArrayList<>(TraceFixtures.documents());
    docs.add(hostile());
    return docs;
  }

  static CorpusViews views() {
    return new CorpusViews(ReportFixtures::documents, () -> LineageManifest.EMPTY,
        List.of(new ConceptRelation("ratten-till-social-omsorg", "valfard-och-service", "continued_by")));
  }

  static Path write(Path dir) {
    try (CorpusViews views = views()) {
      return new ReportWriter(views).write(views.corpus(), dir);
    }
  }
}
