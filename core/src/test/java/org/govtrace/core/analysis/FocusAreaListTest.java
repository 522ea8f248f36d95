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
  void readsNumberedAreaHeadings(String annotator) {
    String text =
        """
        Målområde 1: Trygg uppväxt

        Alla barn ska ha tillgång till en meningsfull fritid.

        Målområde 2 – Hållbar mobilitet

        Andelen resor med kollektivtrafik ska öka.
        """;

    assertEquals(List.of("Trygg uppväxt", "Hållbar mobilitet"), focusAreas(text, annotator));
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
}
