package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
      samtliga förvaltningar | samtliga förvaltningar
      samtliga stadsdelsnämnder | stadsdelsnämnderna
      Region Västra Götaland | Region Västra Götaland
      """)
  void namesAnActorAsAnalystsWriteIt(String mention, String canonical) {
    assertEquals(canonical, MATCHER.canonical(mention));
  }
}
