package org.govtrace.core.lineage;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageLink;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.LinkKind;
import org.govtrace.core.query.LinkOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageInferenceTest {

  private final LineageInference inference = new LineageInference();

  private static AnalyzedDocument strategy() {
    return document("strategi-2018.txt")
        .type(DocumentType.STRATEGY)
        .title("Strategi för romsk inkludering")
        .dnr("KS 2018/123")
        .dates("2018-03-15")
        .text("Strategi för romsk inkludering\n\nStrategin gäller för perioden 2018–2022. Alla nämnder ska arbeta för romsk inkludering.")
        .build();
  }

  private static AnalyzedDocument plan(String sentence) {
    return document("handlingsplan-2025.txt")
        .type(DocumentType.ACTION_PLAN)
        .title("Handlingsplan för romsk inkludering 2025–2028")
        .dnr("KS 2025/809")
        .dates("2025-06-01")
        .text("Handlingsplan för romsk inkludering 2025–2028\n\n" + sentence + " Planen gäller till och med 2028.")
        .build();
  }

  private static AnalyzedDocument response(String source, String board, String cited, String respondsTo, String date) {
    var builder =
        document(source)
            .type(DocumentType.REFERRAL_RESPONSE)
            .body(board)
            .dates(date)
            .text("Tjänsteutlåtande\n\n" + board + " överlämnar förvaltningens tjänsteutlåtande som svar på remissen. Förvaltningen ser positivt på planen.");
    if (cited != null) {
      builder.cites(cited);
    }
    if (respondsTo != null) {
      builder.respondsTo(respondsTo);
    }
    return builder.build();
  }

  /** A response citing the plan's own diary number answers the plan, with the citing evidence. */
  @Test
  void linksResponseToTheDocumentWhoseDiaryNumberItCites() {
    AnalyzedDocument plan = plan("Handlingsplanen bygger vidare på strategin för romsk inkludering.");
    AnalyzedDocument answer = response("farsta.txt", "Farsta stadsdelsnämnd", "KS 2025/809", null, "2025-11-20");
    Lineage lineage = inference.infer(List.of(strategy(), plan, answer), LineageManifest.EMPTY);

    LineageLink link = lineage.linksFrom(answer.id().value()).get(0);
    assertEquals(LinkKind.RESPONDS_TO, link.kind());
    assertEquals(plan.id().value(), link.to());
    assertEquals("cited-dnr", link.rule());
  }

  /** "Svar på remiss av Handlingsplan …" picks the plan, not the strategy with the same topic. */
  @Test
  void matchesRespondsToTitleAgainstIndexedTitles() {
    AnalyzedDocument plan = plan("Planen beskriver stadens arbete.");
    AnalyzedDocument answer =
        response("sn.txt", "Socialnämnden", null, "Handlingsplan för romsk inkludering", "2025-10-01");
    Lineage lineage = inference.infer(List.of(strategy(), plan, answer), LineageManifest.EMPTY);

    assertEquals(plan.id().value(), lineage.answered(answer.id().value()).orElseThrow());
    assertEquals("responds-to-title", lineage.linksFrom(answer.id().value()).get(0).rule());
  }

  /** "Handlingsplanen ersätter strategin från 2018" is a REPLACES link with that sentence as evidence. */
  @Test
  void readsReplacesFromTheSentenceThatSaysSo() {
    AnalyzedDocument strategy = strategy();
    AnalyzedDocument plan = plan("Handlingsplanen ersätter strategin från 2018.");
    Lineage lineage = inference.infer(List.of(plan, strategy), LineageManifest.EMPTY);

    LineageLink link = lineage.linksFrom(plan.id().value()).get(0);
    assertEquals(LinkKind.REPLACES, link.kind());
    assertEquals(strategy.id().value(), link.to());
    assertEquals("Handlingsplanen ersätter strategin från 2018.", link.evidence());
  }

  /** "bygger vidare på Strategi för romsk inkludering" is a BUILDS_ON link. */
  @Test
  void readsBuildsOnFromTheSentenceThatNamesTheTitle() {
    AnalyzedDocument strategy = strategy();
    AnalyzedDocument plan = plan("Arbetet bygger vidare på stadens strategi för romsk inkludering.");
    Lineage lineage = inference.infer(List.of(strategy, plan), LineageManifest.EMPTY);

    LineageLink link = lineage.linksFrom(plan.id().value()).get(0);
    assertEquals(LinkKind.BUILDS_ON, link.kind());
    assertTrue(link.rule().startsWith("cue-bygger-vidare-på"), link.rule());
  }

  /** Without a cue, shared title words and a later date still join plan and strategy. */
  @Test
  void fallsBackToSharedTitleWordsAndLaterDate() {
    AnalyzedDocument strategy = strategy();
    AnalyzedDocument plan = plan("Planen beskriver stadens arbete.");
    Lineage lineage = inference.infer(List.of(plan, strategy), LineageManifest.EMPTY);

    LineageLink link = lineage.linksFrom(plan.id().value()).get(0);
    assertEquals(LinkKind.BUILDS_ON, link.kind());
    assertEquals("shared-title-words", link.rule());
    assertTrue(link.evidence().contains("romsk"), link.evidence());
  }

  /** Two documents of one genre and title, years apart, are versions; the later points to the earlier. */
  @Test
  void ordersVersionsByDate() {
    AnalyzedDocument early = document("plan-2019.txt").type(DocumentType.ACTION_PLAN).title("Handlingsplan mot hemlöshet").dates("2019-02-01").text("Planen.").build();
    AnalyzedDocument late = document("plan-2023.txt").type(DocumentType.ACTION_PLAN).title("Handlingsplan mot hemlöshet 2023–2026").dates("2023-05-01").text("Planen gäller.").build();
    Lineage lineage = inference.infer(List.of(late, early), LineageManifest.EMPTY);

    assertEquals(List.of(early.id().value(), late.id().value()), lineage.nodes().stream().map(LineageNode::id).toList());
    assertEquals(LinkKind.VERSION_OF, lineage.linksFrom(late.id().value()).get(0).kind());
  }

  /** Responses to a document outside the corpus are grouped under its title and diary number. */
  @Test
  void groupsResponsesToAnAbsentDocumentUnderItsTitle() {
    AnalyzedDocument a = response("a.txt", "Kulturnämnden", "KS 2024/77", "Program för ett jämställt Stockholm", "2024-05-01");
    AnalyzedDocument b = response("b.txt", "Idrottsnämnden", "KS 2024/77", "Program för ett jämställt Stockholm", "2024-05-03");
    Lineage lineage = inference.infer(List.of(a, b), LineageManifest.EMPTY);

    String external = lineage.answered(a.id().value()).orElseThrow();
    assertEquals(external, lineage.answered(b.id().value()).orElseThrow());
    LineageNode node = lineage.node(external).orElseThrow();
    assertTrue(node.external());
    assertEquals("Program för ett jämställt Stockholm", node.title());
    assertEquals("KS 2024/77", node.dnr());
    assertEquals(List.of(external, b.id().value(), a.id().value()), lineage.nodes().stream().map(LineageNode::id).toList());
  }

  /** Lineage order: strategy, its responses, plan, its responses; families named by the earliest title. */
  @Test
  void putsResponsesAfterWhatTheyAnswer() {
    AnalyzedDocument strategy = strategy();
    AnalyzedDocument plan = plan("Handlingsplanen ersätter strategin från 2018.");
    AnalyzedDocument toPlan = response("farsta.txt", "Farsta stadsdelsnämnd", "KS 2025/809", null, "2025-11-20");
    AnalyzedDocument toStrategy = response("sn-2018.txt", "Socialnämnden", "KS 2018/123", null, "2018-05-02");
    Lineage lineage = inference.infer(List.of(toPlan, plan, toStrategy, strategy), LineageManifest.EMPTY);

    assertEquals(
        List.of(strategy.id().value(), toStrategy.id().value(), plan.id().value(), toPlan.id().value()),
        lineage.nodes().stream().map(LineageNode::id).toList());
    assertTrue(lineage.nodes().stream().allMatch(n -> "Strategi för romsk inkludering".equals(n.family())));
    assertEquals(List.of(List.of(strategy.id().value(), plan.id().value())), lineage.versionPairs());
  }

  /** A manifest's declared link is shown beside the inferred one, and its role overrides the profile's. */
  @Test
  void showsDeclaredLinksBesideInferredOnes(@TempDir Path dir) throws Exception {
    AnalyzedDocument strategy = strategy();
    AnalyzedDocument plan = plan("Handlingsplanen ersätter strategin från 2018.");
    AnalyzedDocument memo = document("/data/pm.txt").type(DocumentType.OTHER).text("Synpunkter på planen.").build();
    Path file = dir.resolve("manifest.json");
    Files.writeString(
        file,
        """
        {"manifest_version": 1, "corpus": "test", "documents": [
          {"file": "pm.txt", "role": "referral_response", "issuing_body": "Kulturnämnden", "year": 2025,
           "responds_to": "handlingsplan-2025.txt", "replaces": null, "builds_on": null},
          {"file": "handlingsplan-2025.txt", "role": "action_plan",
           "links": [{"kind": "replaces", "target": "strategi-2018.txt"}]}
        ]}
        """);
    Lineage lineage = inference.infer(List.of(strategy, plan, memo), LineageManifest.read(file));

    assertEquals(plan.id().value(), lineage.answered(memo.id().value()).orElseThrow());
    assertEquals("referral_response", lineage.node(memo.id().value()).orElseThrow().role());
    assertEquals("Kulturnämnden (2025)", lineage.node(memo.id().value()).orElseThrow().displayName());
    List<LinkOrigin> origins = lineage.linksFrom(plan.id().value()).stream().map(LineageLink::origin).toList();
    assertEquals(List.of(LinkOrigin.DECLARED, LinkOrigin.INFERRED), origins);
  }

  /** A header-line title "Stad • Plan • Dnr KS 2025/1034" gives the plan its number and its clean title. */
  @Test
  void readsTheOwnNumberAndTitleFromAHeaderLine() {
    AnalyzedDocument plan = document("plan.docx").type(DocumentType.ACTION_PLAN)
        .title("Norrby stad • Handlingsplan för romsk inkludering • Dnr KS 2025/1034 • Remissversion")
        .dates("2025-09-02").text("Planen beskriver stadens arbete.").build();
    AnalyzedDocument answer = response("svar.txt", "Kulturnämnden", "KS 2025/1034", null, "2025-10-01");
    Lineage lineage = inference.infer(List.of(plan, answer), LineageManifest.EMPTY);

    assertEquals(plan.id().value(), lineage.answered(answer.id().value()).orElseThrow());
    assertEquals("Handlingsplan för romsk inkludering", lineage.node(plan.id().value()).orElseThrow().title());
  }

  /** A response naming the plan without year or version still finds it: the title is contained. */
  @Test
  void matchesAShortenedTitleByContainment() {
    AnalyzedDocument plan = document("plan.docx").type(DocumentType.ACTION_PLAN)
        .title("Handlingsplan för romsk inkludering 2025–2028 i Norrby").dates("2025-09-02").text("Planen.").build();
    AnalyzedDocument answer = response("svar.txt", "Kulturnämnden", null, "Handlingsplan för romsk inkludering", "2025-10-01");
    assertEquals(plan.id().value(), inference.infer(List.of(strategy(), plan, answer), LineageManifest.EMPTY).answered(answer.id().value()).orElseThrow());
  }
}
