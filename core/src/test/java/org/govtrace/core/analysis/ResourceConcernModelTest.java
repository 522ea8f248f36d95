package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govtrace.core.GovTrace;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled resource-concern model as the analysis uses it: it adds concerns the rules do not list, and the
 * rules' exclusions and denials, the speaker and the statement check keep it from the rest.
 */
class ResourceConcernModelTest {

  private static GovTrace govtrace;

  @BeforeAll
  static void build() {
    govtrace = GovTrace.builder().build();
  }

  @AfterAll
  static void close() {
    govtrace.close();
  }

  private static List<Finding> concerns(String text) {
    return govtrace.analyzeText(text).findings().stream().filter(f -> f.kind() == FindingKind.RESOURCE_CONCERN).toList();
  }

  @Test
  void findsANeedForMoneyNoRuleLists() {
    List<Finding> found = concerns("För att klara det utökade uppdraget behöver nämnden ett tillskott på två miljoner kronor.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("concern:model", found.get(0).rule(), "the rules alone miss this phrasing; the model must carry it");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ekonomi",
      "Budgeten för 2026 uppgår till 42 miljoner kronor.",
      "Enligt handlingsplanen behöver nämnderna ett tillskott på två miljoner kronor.",
      "Skolan har fått tre nya lärartjänster tack vare statsbidraget.",
      "Det finns inte behov av ytterligare resurser för att genomföra planen.",
      "Inga nya medel ska tillföras verksamheten.",
      "Förvaltningen vill understryka att tidiga insatser minskar kostnaderna på sikt.",
      "Biblioteket är en viktig resurs för den som saknar egen dator.",
  })
  void raisesNoConcernOverHeadingsFiguresRetellingsOrDenials(String text) {
    assertTrue(concerns(text).isEmpty(), () -> text + " -> " + concerns(text));
  }

  @Test
  void changesTheFingerprintSoAnIndexIsReanalysed() {
    String withModel = new GovernanceAnalyzer().fingerprint();
    String rulesOnly = GovernanceAnalyzer.rulesOnly(org.govtrace.core.Thesaurus.empty()).fingerprint();
    assertTrue(!withModel.equals(rulesOnly) && rulesOnly.endsWith(":rules"), withModel + " / " + rulesOnly);
  }
}
