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

  private static final ContentLemmas LEMMAS = new ContentLemmas();

  private static AnalyzedDocument areas(String source, String text, String... names) {
    var builder = document(source).text(text);
    for (String name : names) {
      builder.finding(FindingKind.FOCUS_AREA, name.toLowerCase(java.util.Locale.ROOT), name);
    }
    return builder.build();
  }

  private static Map<String, ConceptChange> align(AnalyzedDocument a, AnalyzedDocument b) {
    List<java.util.Set<String>> bags = new java.util.ArrayList<>();
    for (AnalyzedDocument d : List.of(a, b)) {
      d.sentences().forEach(s -> bags.add(new java.util.HashSet<>(LEMMAS.keys(s.tokens()))));
    }
    return new ConceptAlignment(List.of(), LEMMAS)
        .align(a.findings(), b.findings(), b.sentences().stream().map(org.govtrace.core.model.Sentence::text).toList(), LEMMAS.weights(bags))
        .stream()
        .collect(Collectors.toMap(ConceptChange::label, Function.identity()));
  }

  private static List<String> targets(ConceptChange change, String relation) {
    return change.related().stream().filter(r -> r.relation().equals(relation)).map(ConceptRelation::to).toList();
  }

  @Test
  void relatesAreasWhoseNamesShareStemsAcrossWordClasses() {
    AnalyzedDocument a = areas("a.txt", "Motverka ofrivillig ensamhet. Digital delaktighet.", "Motverka ofrivillig ensamhet", "Digital delaktighet");
    AnalyzedDocument b = areas("b.txt", "Motverkande av ensamhet. Trygga bostäder.", "Motverkande av ensamhet", "Trygga bostäder");

    Map<String, ConceptChange> byLabel = align(a, b);

    assertEquals(List.of("motverkande av ensamhet"), targets(byLabel.get("motverka ofrivillig ensamhet"), ConceptAlignment.SIMILAR_NAME));
    assertEquals(List.of(), byLabel.get("digital delaktighet").related());
    assertEquals(Change.DROPPED, byLabel.get("digital delaktighet").change());
  }

  @Test
  void relatesNothingByAGenericWordAlone() {
    AnalyzedDocument a = areas("a.txt", "Förebyggande arbete.", "Förebyggande arbete");
    AnalyzedDocument b = areas("b.txt", "Uppsökande arbete.", "Uppsökande arbete");

    assertEquals(List.of(), align(a, b).get("förebyggande arbete").related());
  }

  @Test
  void readsAMergerTheLaterDocumentStatesInItsOwnWords() {
    AnalyzedDocument a = areas("a.txt", "Trygga miljöer. Social gemenskap. Barn och unga.", "Trygga miljöer", "Social gemenskap", "Barn och unga");
    AnalyzedDocument b =
        areas(
            "b.txt",
            "Trygghet och gemenskap. Barn och unga. Fokusområdet Trygghet och gemenskap ersätter planens tidigare två områden för trygga miljöer respektive social gemenskap.",
            "Trygghet och gemenskap",
            "Barn och unga");

    Map<String, ConceptChange> byLabel = align(a, b);

    assertEquals(List.of("trygghet och gemenskap"), targets(byLabel.get("trygga miljöer"), ConceptRelation.STATED_IN_TEXT));
    assertEquals(List.of("trygghet och gemenskap"), targets(byLabel.get("social gemenskap"), ConceptRelation.STATED_IN_TEXT));
    assertEquals(Change.KEPT, byLabel.get("barn och unga").change());
  }

  @Test
  void readsARenamingTheLaterDocumentStates() {
    AnalyzedDocument a = areas("a.txt", "Hållbart resande.", "Hållbart resande");
    AnalyzedDocument b =
        areas("b.txt", "Klimatsmarta transporter. Området hållbart resande har bytt namn till klimatsmarta transporter.", "Klimatsmarta transporter");

    assertEquals(List.of("klimatsmarta transporter"), targets(align(a, b).get("hållbart resande"), ConceptRelation.STATED_IN_TEXT));
  }

  @Test
  void leavesAnAreaTheLaterDocumentCallsGoneUnrelated() {
    AnalyzedDocument a = areas("a.txt", "Kultur för äldre.", "Kultur för äldre");
    AnalyzedDocument b =
        areas("b.txt", "Kultur för barn. Området kultur för äldre utgår och hanteras i äldreplanen.", "Kultur för barn");

    Map<String, ConceptChange> byLabel = align(a, b);

    assertEquals(List.of(), byLabel.get("kultur för äldre").related());
    assertEquals(Change.DROPPED, byLabel.get("kultur för äldre").change());
  }

  @Test
  void readsAMergerStatedUnderTheLaterAreasHeading() {
    AnalyzedDocument a = areas("a.txt", "Fysisk hälsa. Psykisk hälsa.", "Fysisk hälsa", "Psykisk hälsa");
    AnalyzedDocument b =
        areas(
            "b.txt",
            "Hälsa och livsstil\n\nFokusområde 2: Hälsa och livsstil\n\nOmrådet slår samman strategins tidigare områden för fysisk hälsa och psykisk hälsa.",
            "Hälsa och livsstil");

    Map<String, ConceptChange> byLabel = align(a, b);

    assertEquals(List.of("hälsa och livsstil"), targets(byLabel.get("fysisk hälsa"), ConceptRelation.STATED_IN_TEXT));
    assertEquals(List.of("hälsa och livsstil"), targets(byLabel.get("psykisk hälsa"), ConceptRelation.STATED_IN_TEXT));
  }

  @Test
  void relatesAreasByTheWordThatNamesThemRatherThanByTheSharedTopic() {
    String topic = "Jämställdhet gäller hela kommunen. En jämställd kommun är målet. Jämställda villkor ska råda. ";
    AnalyzedDocument a = areas("a.txt", topic + "Jämställd hälsa.", "Jämställd hälsa");
    AnalyzedDocument b =
        areas("b.txt", topic + "Hälsa och välbefinnande. Jämställd samhällsplanering.", "Hälsa och välbefinnande", "Jämställd samhällsplanering");

    assertEquals(List.of("hälsa och välbefinnande"), targets(align(a, b).get("jämställd hälsa"), ConceptAlignment.SIMILAR_NAME));
  }

  @Test
  void leavesAnAreaTheLaterDocumentCallsNewUnrelated() {
    AnalyzedDocument a = areas("a.txt", "Kunskap i skolan.", "Kunskap i skolan");
    AnalyzedDocument b =
        areas("b.txt", "Kunskap och uppföljning. Fokusområdet Kunskap och uppföljning är nytt i denna plan.", "Kunskap och uppföljning");

    Map<String, ConceptChange> byLabel = align(a, b);

    assertEquals(Change.ADDED, byLabel.get("kunskap och uppföljning").change());
    assertEquals(List.of(), byLabel.get("kunskap och uppföljning").related());
    assertEquals(List.of(), byLabel.get("kunskap i skolan").related());
  }

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
        new ConceptAlignment(List.of(), LEMMAS).align(a.findings(), b.findings(), List.of()).stream().collect(Collectors.toMap(ConceptChange::label, Function.identity()));

    assertEquals(List.of(new ConceptRelation("rights.arbete", "focus.valfard", ConceptAlignment.STATED)), byLabel.get("rights.arbete").related());
    assertEquals(List.of(new ConceptRelation("rights.kultur", "focus.kunskap", ConceptAlignment.STATED)), byLabel.get("rights.kultur").related());
    assertEquals(Change.ADDED, byLabel.get("focus.valfard").change());
  }
}
