package org.govtrace.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Stance;
import org.govtrace.core.query.DocumentRef;
import org.govtrace.core.query.LinkEvaluation;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;
import org.govtrace.core.trace.ResponseLinker;
import org.govtrace.core.trace.TraceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkScorerTest {

  @TempDir Path dir;

  private Path gold(String links) throws IOException {
    Path file = dir.resolve("links.json");
    Files.writeString(file, "{\"links_version\": 1, \"plan\": \"docs/handlingsplan.txt\", \"links\": [" + links + "]}");
    return file;
  }

  private static String link(String response, String sentence, String kind, String target) {
    return "{\"response\": \"docs/" + response + "\", \"sentence\": \"" + sentence + "\", \"target_kind\": \"" + kind + "\", \"target\": "
        + (target == null ? "null" : "\"" + target + "\"") + ", \"stance\": \"neutral\", \"resource_concern\": false}";
  }

  /** The fixture's plan and two responses, run through the real linker: what it links right, and what it cannot see. */
  @Test
  void scoresTheLinkerAgainstAGoldBuiltForTheFixture() throws IOException {
    Path file = gold(String.join(",",
        link("farsta.txt", "Förvaltningen ser positivt på resultatmål 2 men saknar konkreta insatser.", "goal",
            "Resultatmål 2: Andelen romer med egen försörjning genom arbete ska öka."),
        link("farsta.txt", "Förvaltningen anser att fler romska barn behöver stöd för att fullfölja grundskolan.", "goal",
            "Resultatmål 1: Romska barn och unga ska fullfölja sin utbildning i grundskolan."),
        link("farsta.txt", "Förvaltningen vill lyfta fram behovet av resurser för att genomföra uppdragen.", "plan", null),
        link("kultur.txt", "Nämnden efterfrågar en tydligare beskrivning av fokusområdet välfärd och service.", "area", "Välfärd och service"),
        // The analysis voices no finding in this sentence, so the linker never sees it: a miss.
        link("kultur.txt", "Biblioteken kan bidra med läsfrämjande insatser och resurser.", "area", "Välfärd och service")));
    Map<String, AnalyzedDocument> docs = Map.of(
        "handlingsplan.txt", TraceFixtures.plan(), "farsta.txt", TraceFixtures.farsta(), "kultur.txt", TraceFixtures.kultur());
    try (ContentLemmas lemmas = new ContentLemmas()) {
      ResponseLinker linker = new ResponseLinker(lemmas);
      LinkEvaluation result = new LinkScorer().score(file, p -> docs.get(p.getFileName().toString()), (plan, responses) -> linker.link(plan, responses, Map.of()));
      assertEquals(5, result.goldSentences());
      assertEquals(4, result.voicedSentences());
      assertEquals(4, result.links().gold());
      assertEquals(3, result.links().predicted());
      assertEquals(3, result.links().matched());
      assertEquals(2, result.byKind().get("goal").matched());
      assertEquals(1, result.byKind().get("area").matched());
      assertEquals(2, result.byKind().get("area").gold());
      assertEquals(1, result.planSentences());
      assertEquals(1, result.planUnlinked());
    }
  }

  /** A link to the wrong part costs precision and recall; a linked sentence the gold does not list costs precision. */
  @Test
  void countsWrongAndUnlistedLinksAgainstPrecision() {
    Path plan = Path.of("/g/plan.txt");
    Path response = Path.of("/g/svar.txt");
    LinksGold gold = new LinksGold(plan, List.of(
        new LinksGold.Link(response, "Nämnden ser positivt på målet om fler feriejobb för unga.", LinksGold.TargetKind.GOAL, "Fler unga ska få feriejobb."),
        new LinksGold.Link(response, "Nämnden saknar en plan för uppföljningen.", LinksGold.TargetKind.SECTION, "3. Uppföljning"),
        new LinksGold.Link(response, "Nämnden ställer sig bakom handlingsplanen i stort.", LinksGold.TargetKind.PLAN, null)));
    List<PlanPart> parts = List.of(
        new PlanPart("goal-1", PlanPart.Kind.GOAL, "Mål 1: Fler unga ska få feriejobb.", "Fler unga ska få feriejobb.", null),
        new PlanPart("goal-2", PlanPart.Kind.GOAL, "Mål 2: Alla barn ska gå i förskola.", "Alla barn ska gå i förskola.", null),
        new PlanPart("section-3", PlanPart.Kind.SECTION, "Uppföljning", "Uppföljning Kommunstyrelsen följer upp.", null));
    ResponseTable table = new ResponseTable(new DocumentRef("p", "plan.txt", "Plan", 2025), parts, List.of(
        linked("Nämnden ser positivt på målet om fler feriejobb för unga.", "goal-2"),
        linked("Nämnden saknar en plan för uppföljningen.", "section-3"),
        linked("Nämnden ställer sig bakom handlingsplanen i stort.", "goal-1"),
        linked("Nämnden vill också nämna förskolan.", "goal-2")), List.of());
    LinkEvaluation result = new LinkScorer().score(gold, Map.of(response, "svar"), table);
    assertEquals(2, result.links().gold());
    assertEquals(4, result.links().predicted());
    assertEquals(1, result.links().matched());
    assertEquals(0, result.byKind().get("goal").matched());
    assertEquals(1, result.byKind().get("section").matched());
    assertEquals(0, result.planUnlinked());
    assertEquals(1, result.planSentences());
  }

  private static ResponseLink linked(String sentence, String part) {
    return new ResponseLink("svar", "Nämnden", new Evidence("svar", null, 1, new Span(0, sentence.length()), sentence), List.of(FindingKind.STANCE),
        Stance.SUPPORT, part, ResponseLink.Method.SIMILARITY, 0.5);
  }

  @Test
  void findsASectionByItsHeadingWithoutNumbering() {
    LinksGold.Link gold = new LinksGold.Link(Path.of("x"), "s", LinksGold.TargetKind.SECTION, "4.2 Uppföljning och utvärdering");
    assertTrue(LinkScorer.right(gold, new PlanPart("section-9", PlanPart.Kind.SECTION, "Uppföljning och utvärdering", "", null)));
    assertFalse(LinkScorer.right(gold, new PlanPart("section-8", PlanPart.Kind.SECTION, "Uppföljning", "", null)));
  }

  @Test
  void rejectsALinkToAPartWithoutATarget() throws IOException {
    Path file = gold(link("svar.txt", "Nämnden ser positivt på målet.", "goal", null));
    GovTraceException e = assertThrows(GovTraceException.class, () -> LinksGold.read(file));
    assertTrue(e.getMessage().contains("names no 'target'"), e.getMessage());
  }

  @Test
  void rejectsAnUnknownTargetKind() throws IOException {
    Path file = gold(link("svar.txt", "Nämnden ser positivt på målet.", "chapter", "Mål 1"));
    GovTraceException e = assertThrows(GovTraceException.class, () -> LinksGold.read(file));
    assertTrue(e.getMessage().contains("use goal, area, section or plan"), e.getMessage());
  }

  @Test
  void resolvesPathsAgainstTheGoldFilesFolder() throws IOException {
    LinksGold gold = LinksGold.read(gold(link("svar.txt", "Nämnden ser positivt på målet.", "plan", null)));
    assertEquals(dir.resolve("docs/handlingsplan.txt").toAbsolutePath().normalize(), gold.plan());
    assertEquals(List.of(dir.resolve("docs/svar.txt").toAbsolutePath().normalize()), gold.responses());
  }
}
