package org.govtrace.core.eval;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.compare.DocumentComparator;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.AlignmentReport;
import org.govtrace.core.query.AlignmentScore;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignmentScorerTest {

  private static Comparison comparison() {
    AnalyzedDocument a = document("a.txt")
        .text("Delmål 1: Romska barn ska fullfölja grundskolan med godkända betyg.\n\nDelmål 2: Fler romer har en egen försörjning.\n\n"
            + "Socialnämnden ska samordna arbetet med romsk inkludering. Rättighetsområdet Rätten till utbildning gäller.")
        .goal("Delmål 1").goal("Delmål 2")
        .responsibility("Socialnämnden", "ska", "samordna arbetet med romsk inkludering")
        .finding(FindingKind.RIGHTS_AREA, "rights.utbildning", "Rätten till utbildning")
        .build();
    AnalyzedDocument b = document("b.txt")
        .text("Resultatmål 3: Romska barn ska fullfölja grundskolan med godkända betyg.\n\nResultatmål 4: Romska ungdomar erbjuds feriejobb.\n\n"
            + "Socialnämnden ska samordna stadens arbete med romsk inkludering. Fokusområdet Kunskap och information gäller.")
        .goal("Resultatmål 3").goal("Resultatmål 4")
        .responsibility("Socialnämnden", "ska", "samordna stadens arbete med romsk inkludering")
        .finding(FindingKind.FOCUS_AREA, "focus.kunskap-och-information", "Kunskap och information")
        .build();
    try (ContentLemmas lemmas = new ContentLemmas()) {
      return new DocumentComparator(lemmas,
          List.of(new ConceptRelation("rights.utbildning", "focus.kunskap-och-information", "related"))).compare(a, b);
    }
  }

  /** A goal that only changed its list label is kept; pairs and labels are counted as the gold format says. */
  @Test
  void scoresPairsAndLabelsAgainstTheGold(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("alignment.json");
    Files.writeString(gold, """
        {"alignment_version": 1, "from": "a.txt", "to": "b.txt",
         "goals": [
           {"from": "Delmål 1: Romska barn ska fullfölja grundskolan med godkända betyg.",
            "to": "Resultatmål 3: Romska barn ska fullfölja grundskolan med godkända betyg.", "label": "kept"},
           {"from": "Delmål 2: Fler romer har en egen försörjning.", "to": null, "label": "dropped"},
           {"from": null, "to": "Resultatmål 4: Romska ungdomar erbjuds feriejobb.", "label": "new"}],
         "areas": [{"from": "Rätten till utbildning", "to": "Kunskap och information", "label": "reworded"}],
         "responsibilities": [
           {"from": {"actor": "Socialnämnden", "duty": "samordna arbetet med romsk inkludering"},
            "to": {"actor": "socialnämnden", "duty": "samordna stadens arbete med romsk inkludering"}, "label": "kept"},
           {"from": {"actor": "Kulturnämnden", "duty": "visa romsk kultur"}, "to": null, "label": "dropped"}]}
        """);
    AlignmentReport report = new AlignmentScorer().score(AlignmentGold.read(gold), comparison());

    assertEquals(new AlignmentScore(1, 1, 1), report.pairs().get("goals"));
    assertEquals(new AlignmentScore(3, 3, 3), report.labels().get("goals"));
    assertEquals(new AlignmentScore(1, 1, 1), report.labels().get("areas"));
    assertEquals(new AlignmentScore(2, 1, 1), report.labels().get("responsibilities"));
    AlignmentScore all = report.labels().get("all");
    assertEquals(new AlignmentScore(6, 5, 5), all);
    assertEquals(1.0, all.precision());
    assertEquals(5 / 6.0, all.recall(), 1e-9);
    assertEquals(2 * (5 / 6.0) / (1 + 5 / 6.0), all.f1(), 1e-9);
    assertTrue(AlignmentGold.read(gold).to().endsWith("b.txt"));
  }

  /** Half the gold sentence in common is a match; less is not. */
  @Test
  void matchesSentencesByLongestCommonSubstring() {
    assertTrue(AlignmentScorer.sameSentence("Romska barn ska fullfölja grundskolan.", "Därför ska romska barn fullfölja grundskolan."));
    assertEquals(false, AlignmentScorer.sameSentence("Romska barn ska fullfölja grundskolan.", "Vuxna ska studera."));
  }
}
