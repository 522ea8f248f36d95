package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.nlp.OpenNlpSentenceAnnotator;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Focus areas a plan lists for a city the thesaurus does not know, labelled with the items' own words. */
class FocusAreaListTest {

  private static final SentenceAnnotator RULES = new RuleSentenceAnnotator();
  private static final SentenceAnnotator TAGGER = OpenNlpSentenceAnnotator.fromClasspath();

  private static List<String> focusAreas(String text, String annotator) {
    return FindingsTableTest.analyze(text, annotator.equals("rules") ? RULES : TAGGER).stream()
        .filter(f -> f.kind() == FindingKind.FOCUS_AREA)
        .map(Finding::text)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsTheBulletsBelowAnIntroducingLine(String annotator) {
    String text =
        """
        Programmet är uppdelat i tre målområden:
        • Hållbara transporter
        • Energieffektiva byggnader
        • Klimatanpassad stad
        Varje målområde följs upp årligen av kommunstyrelsen.
        """;

    assertEquals(List.of("Hållbara transporter", "Energieffektiva byggnader", "Klimatanpassad stad"), focusAreas(text, annotator));
  }

  // The rule stand-in segmenter cuts "1." from its item, so numbered lists are read from tagged text only.
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"opennlp"})
  void readsNumberedItemsAndCutsTheirDescription(String annotator) {
    String text =
        """
        Strategin anger fyra prioriterade områden:
        1. Tidiga insatser – stöd till familjer innan problemen växer.
        2. Trygg skolgång
        3. Fritid för alla
        4. Samverkan med civilsamhället
        """;

    assertEquals(List.of("Tidiga insatser", "Trygg skolgång", "Fritid för alla", "Samverkan med civilsamhället"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsAListOnTheIntroducingLineItself(String annotator) {
    assertEquals(
        List.of("Bostad", "Arbete", "Hälsa"),
        focusAreas("Handlingsplanens insatsområden: bostad, arbete, hälsa.", annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsAListAfterTheAreaNounAndÄr(String annotator) {
    String text =
        """
        Strategins fokusområden är:
        • Trygg uppväxt
        • Jämlik hälsa
        """;

    assertEquals(List.of("Trygg uppväxt", "Jämlik hälsa"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsNumberedAreaHeadings(String annotator) {
    String text =
        """
        Målområde 1: Trygg uppväxt

        Alla barn ska ha tillgång till en meningsfull fritid.

        Målområde 2 – Hållbar mobilitet

        Andelen resor med kollektivtrafik ska öka.

        Område 3: Tidiga insatser

        Familjer ska få stöd tidigt.
        """;

    assertEquals(List.of("Trygg uppväxt", "Hållbar mobilitet", "Tidiga insatser"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void reportsAKnownAreaByItsConceptAndTheOthersByTheirWords(String annotator) {
    assertEquals(
        List.of("Jämlika livsvillkor", "Trygg skolgång", "Meningsfull fritid"),
        focusAreas("Planen har tre fokusområden: jämlika livsvillkor, trygg skolgång, meningsfull fritid.", annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void findsNoFocusAreaInProseAboutAreas(String annotator) {
    assertTrue(focusAreas("Nämnden har flera ansvarsområden som berörs av planen, bland annat äldreomsorg och skola.", annotator).isEmpty());
    assertTrue(focusAreas("Uppföljningen omfattar samtliga områden i planen och redovisas i april.", annotator).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsBulletsAfterACountedAreaNounWhateverTheVerb(String annotator) {
    String text =
        """
        Strategins områden

        Arbetet mot ofrivillig ensamhet bedrivs inom tre områden:
        • Mötesplatser för äldre
        • Digital delaktighet
        • Stöd till anhöriga

        Inom varje område anges delmål som följs upp årligen av socialnämnden.
        """;

    assertEquals(List.of("Mötesplatser för äldre", "Digital delaktighet", "Stöd till anhöriga"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsBulletsRightUnderAnAreaHeading(String annotator) {
    String text =
        """
        Programmets insatsområden
        • Trygga skolvägar
        • Belysning i parker och gångstråk

        Kommunstyrelsen ansvarar för att programmet följs upp.
        """;

    assertEquals(List.of("Trygga skolvägar", "Belysning i parker och gångstråk"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsTheIntroducingLineUnderAnAreaHeadingAsNoArea(String annotator) {
    String text =
        """
        Fokusområden
        Planen omfattar två fokusområden:
        • Trygg uppväxt
        • Jämlik hälsa

        Fokusområde 1: Trygg uppväxt
        Barn ska växa upp under trygga förhållanden och få stöd när de behöver det.
        """;

    assertEquals(List.of("Trygg uppväxt", "Jämlik hälsa", "Trygg uppväxt"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void stopsAtTheCountTheIntroducingLineGives(String annotator) {
    String text =
        """
        Planen prioriterar två fokusområden:
        • Trygghet i bostadsområdet
        • Hälsa och rörelse
        • Uppföljning av båda områdena redovisas i årsrapporten
        """;

    assertEquals(List.of("Trygghet i bostadsområdet", "Hälsa och rörelse"), focusAreas(text, annotator));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsNoPlacesAsAreas(String annotator) {
    String places =
        """
        Uppsökande arbete bedrivs i tre bostadsområden:
        • Norrhöjden
        • Åsbacken
        • Strandängen
        """;
    String districts =
        """
        Fältassistenterna arbetar i fyra geografiska områden:
        • Centrum
        • Öster
        • Väster
        • Södra förorten
        """;

    assertTrue(focusAreas(places, annotator).isEmpty());
    assertTrue(focusAreas(districts, annotator).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsNoTopicsOfOtherDocumentsAsAreas(String annotator) {
    String text =
        """
        Utöver denna plan tar kommunen fram riktlinjer inom följande områden:
        • Tillgänglighet i offentliga lokaler
        • Upphandling av färdtjänst
        """;

    assertTrue(focusAreas(text, annotator).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsNoAreasOfTheDocumentItReplaces(String annotator) {
    String text =
        """
        Den tidigare strategin var indelad i tre områden:
        • Trygga skolvägar
        • Belysning
        • Grannsamverkan
        """;

    assertTrue(focusAreas(text, annotator).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rules", "opennlp"})
  void readsAListOfRightsAreasAsRightsAreas(String annotator) {
    List<Finding> findings =
        FindingsTableTest.analyze(
            """
            Programmet utgår från tre rättighetsområden:
            • Rätten till en trygg uppväxt
            • Rätten till delaktighet i samhällslivet
            • Rätten till en meningsfull fritid
            """,
            annotator.equals("rules") ? RULES : TAGGER);

    List<String> rights = findings.stream().filter(f -> f.kind() == FindingKind.RIGHTS_AREA).map(Finding::text).toList();
    assertTrue(rights.contains("Rätten till delaktighet i samhällslivet"), rights::toString);
    assertTrue(findings.stream().noneMatch(f -> f.kind() == FindingKind.FOCUS_AREA && f.rule().startsWith("focus:")));
  }
}
