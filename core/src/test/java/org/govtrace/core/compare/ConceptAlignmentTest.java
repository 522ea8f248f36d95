package org.govtrace.core.compare;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.ConceptRelation;
import org.junit.jupiter.api.Test;

class ConceptAlignmentTest {

  /** "X samlas i fokusområdet Z, medan W hanteras inom V": each earlier area is related to the new area of its own clause. */
  @Test
  void readsWhereTheLaterDocumentSaysEachAreaWent() {
    AnalyzedDocument a = document("a.txt").text("Rätten till arbete gäller. Rätten till kultur gäller.")
        .finding(FindingKind.RIGHTS_AREA, "rights.arbete", "Rätten till arbete")
        .finding(FindingKind.RIGHTS_AREA, "rights.kultur", "Rätten till kultur")
        .build();
    AnalyzedDocument b = document("b.txt")
        .text("Strategins rättighetsområden arbete samt hälsa samlas i fokusområdet välfärd och service, medan kultur främst hanteras inom fokusområdet kunskap och information.")
        .finding(FindingKind.RIGHTS_AREA, "rights.arbete", "arbete samt")
        .finding(FindingKind.RIGHTS_AREA, "rights.kultur", "kultur främst")
        .finding(FindingKind.FOCUS_AREA, "focus.valfard", "välfärd och service")
        .finding(FindingKind.FOCUS_AREA, "focus.kunskap", "kunskap och information")
        .build();
    Map<String, ConceptChange> byLabel =
        new ConceptAlignment(List.of()).align(a.findings(), b.findings()).stream().collect(Collectors.toMap(ConceptChange::label, Function.identity()));

    assertEquals(List.of(new ConceptRelation("rights.arbete", "focus.valfard", ConceptAlignment.STATED)), byLabel.get("rights.arbete").related());
    assertEquals(List.of(new ConceptRelation("rights.kultur", "focus.kunskap", ConceptAlignment.STATED)), byLabel.get("rights.kultur").related());
    assertEquals(Change.ADDED, byLabel.get("focus.valfard").change());
  }
}
