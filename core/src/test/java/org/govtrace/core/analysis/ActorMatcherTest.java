package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.govtrace.core.Thesaurus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How coordinated boards expand, and how a mention is named. */
class ActorMatcherTest {

  private static final ActorMatcher MATCHER = new ActorMatcher(FindingsTableTest.testThesaurus());

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Barn- och utbildnings- samt socialnämnden | Barn- och utbildningsnämnden; Socialnämnden
      hälso- och sjukvårds- samt regionala utvecklingsnämnden | Hälso- och sjukvårdsnämnden; Regionala utvecklingsnämnden
      barn- och grundskole- samt gymnasie- och näringslivsnämnden | Barn- och grundskolenämnden; Gymnasie- och näringslivsnämnden
      Arbetsmarknads-, kultur- och utbildningsnämnden | Arbetsmarknadsnämnden; Kulturnämnden; Utbildningsnämnden
      Kultur- och fritidsnämnden | Kultur- och fritidsnämnden
      """)
  void expandsACoordinatedCompoundIntoItsBoards(String list, String boards) {
    assertEquals(java.util.List.of(boards.split("; ")), MATCHER.expand(list));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Idrotts- och kulturnämnden | Idrottsnämnden; Kulturnämnden
      Arbetsmarknads- och socialnämnden | Arbetsmarknads- och socialnämnden
      social- och arbetsmarknadsnämnden | Social- och arbetsmarknadsnämnden
      Kultur- och fritidsnämnden | Kultur- och fritidsnämnden
      """)
  void splitsAPairOfTheThesaurusBoardsUnlessTheJoinedNameIsABoardElsewhere(String list, String boards) {
    String json = """
        {"name": "stad", "concepts": [], "actorPatterns": [], "actors": [
          {"name": "Idrottsnämnden", "kind": "board"}, {"name": "Kulturnämnden", "kind": "board"},
          {"name": "Socialnämnden", "kind": "board"}, {"name": "Arbetsmarknadsnämnden", "kind": "board"}]}""";
    Thesaurus city = Thesaurus.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "stad.json");
    assertEquals(java.util.List.of(boards.split("; ")), new ActorMatcher(city).expand(list));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Bildnings- och socialnämnden | Bildningsnämnden; Socialnämnden
      Barn- och utbildningsnämnden och kultur- och fritidsnämnden | Barn- och utbildningsnämnden; Kultur- och fritidsnämnden
      """)
  void splitsAPairThatActsJointlyIntoTwoBoards(String list, String boards) {
    assertEquals(java.util.List.of(boards.split("; ")), MATCHER.expand(list, true));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      samtliga förvaltningar | samtliga förvaltningar
      samtliga stadsdelsnämnder | stadsdelsnämnderna
      Region Västra Götaland | Region Västra Götaland
      """)
  void namesAnActorAsAnalystsWriteIt(String mention, String canonical) {
    assertEquals(canonical, MATCHER.canonical(mention));
  }
}
