package org.govtrace.core.trace;

import static org.govtrace.core.testdocs.TestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Span;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a response sentence finds its plan part: paragraph context, topic words, summing-up, areas before their chapters. */
class ResponseLinkingRulesTest {

  private static final String PLAN_TEXT = """
      Handlingsplan för en aktiv fritid

      Det övergripande målet är att alla barn och unga ska ha en meningsfull fritid.

      Resultatmål 1: Fler barn med funktionsnedsättning deltar i föreningslivet.

      Resultatmål 2: Simkunnigheten bland elever i årskurs sex ska öka.

      Idrott och rörelse

      Fokusområdet idrott och rörelse omfattar spontanidrott, simskola och föreningsstöd.

      Ansvarsfördelning

      Kultur- och fritidsnämnden ansvarar för föreningsbidragen. Stadsdelsnämnderna ansvarar för fritidsgårdarna.

      Ekonomiska förutsättningar

      Insatserna genomförs inom befintliga ramar.
      """;

  private static ContentLemmas lemmas;
  private static ResponseTable table;

  @BeforeAll
  static void link() {
    AnalyzedDocument plan = withSections(
        document("plan.txt").type(DocumentType.ACTION_PLAN).text(PLAN_TEXT)
            .goal("Det övergripande målet").goal("Resultatmål 1").goal("Resultatmål 2")
            .finding(FindingKind.FOCUS_AREA, "idrott-och-rorelse", "Idrott och rörelse")
            .build(),
        "Idrott och rörelse", "Ansvarsfördelning", "Ekonomiska förutsättningar");
    AnalyzedDocument response = document("svar.txt").type(DocumentType.REFERRAL_RESPONSE).body("Idrottsnämnden")
        .text("""
            Yttrande

            Nämnden ställer sig bakom resultatmål 1. Nämnden föreslår att det kompletteras med en tidsplan.

            Nämnden är kritisk till hur ansvaret har fördelats mellan nämnderna.

            Nämnden föreslår att spontanidrott och simskola i fokusområdet får ett eget mått.

            Nämnden har följande synpunkter på ansvaret och uppföljningen.

            Nämnden välkomnar att idrottsföreningarna ses som en viktig resurs.

            Nämnden saknar medel för de nya uppgifterna.

            Sammanfattningsvis tillstyrker nämnden handlingsplanen med dessa synpunkter.
            """)
        .finding(FindingKind.STANCE, "support", "ställer sig bakom resultatmål 1")
        .finding(FindingKind.PROPOSAL, "proposal", "föreslår att det kompletteras")
        .finding(FindingKind.STANCE, "critique", "kritisk till hur ansvaret")
        .finding(FindingKind.PROPOSAL, "proposal", "föreslår att spontanidrott")
        .finding(FindingKind.STANCE, "critique", "följande synpunkter")
        .finding(FindingKind.STANCE, "support", "ses som en viktig resurs")
        .finding(FindingKind.RESOURCE_CONCERN, "resources", "saknar medel")
        .finding(FindingKind.STANCE, "support", "tillstyrker nämnden")
        .build();
    lemmas = new ContentLemmas();
    table = new ResponseLinker(lemmas).link(plan, List.of(response), Map.of());
  }

  @AfterAll
  static void close() {
    lemmas.close();
  }

  // The sections run from each heading to the next; TestDocuments has none of its own.
  private static AnalyzedDocument withSections(AnalyzedDocument doc, String... headings) {
    String text = doc.text().text();
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < headings.length; i++) {
      int start = text.indexOf(headings[i] + "\n");
      int end = i + 1 < headings.length ? text.indexOf(headings[i + 1] + "\n") : text.length();
      sections.add(new Section(headings[i], 1, new Span(start, end)));
    }
    DocumentText withSections = new DocumentText(text, doc.text().pages(), sections, List.of(), Map.of());
    return new AnalyzedDocument(doc.id(), doc.source(), doc.mediaType(), doc.profile(), withSections, doc.sentences(), doc.findings(), doc.stance(), false);
  }

  private static ResponseLink link(String phrase) {
    return table.links().stream().filter(l -> l.evidence().sentence().contains(phrase)).findFirst().orElseThrow();
  }

  private static PlanPart part(ResponseLink link) {
    return table.parts().stream().filter(p -> p.id().equals(link.partId())).findFirst().orElseThrow();
  }

  @Test
  void keepsANumberedGoalsIdForTheNumberedGoalWhenAnOverallGoalComesFirst() {
    ResponseLink link = link("ställer sig bakom resultatmål 1");
    assertEquals(ResponseLink.Method.EXPLICIT, link.method());
    assertEquals("Resultatmål 1: Fler barn med funktionsnedsättning deltar i föreningslivet.", part(link).text());
  }

  @Test
  void continuesTheParagraphsPartInASentenceThatNamesNone() {
    ResponseLink link = link("kompletteras med en tidsplan");
    assertEquals(ResponseLink.Method.CONTEXT, link.method());
    assertEquals(link("ställer sig bakom resultatmål 1").partId(), link.partId());
  }

  @Test
  void linksTalkOfResponsibilityToTheResponsibilitySection() {
    ResponseLink link = link("ansvaret har fördelats");
    assertEquals(ResponseLink.Method.TOPIC, link.method());
    assertEquals("Ansvarsfördelning", part(link).label());
  }

  @Test
  void prefersTheFocusAreaToTheChapterNamedLikeIt() {
    ResponseLink link = link("spontanidrott och simskola");
    assertEquals(PlanPart.Kind.AREA, part(link).kind());
  }

  @Test
  void linksTalkOfMoneyToTheEconomySectionButNotAResourceThatIsAnAsset() {
    assertEquals("Ekonomiska förutsättningar", part(link("saknar medel")).label());
    ResponseLink asset = link("en viktig resurs");
    assertNotEquals(ResponseLink.Method.TOPIC, asset.method());
  }

  @Test
  void leavesAnAnnouncementOfSeveralCommentsUnlinked() {
    assertNull(link("följande synpunkter").partId());
  }

  @Test
  void leavesASummingUpOfTheWholePlanUnlinked() {
    ResponseLink link = link("Sammanfattningsvis");
    assertNull(link.partId());
    assertEquals(ResponseLink.Method.NONE, link.method());
  }
}
