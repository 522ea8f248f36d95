package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences need the agent nouns, how coordinated boards expand, and how a mention is named. */
class ActorMatcherTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Biblioteken ska erbjuda digital handledning. | true
      Enligt planen ska hemtjänstens personal göra en brandriskbedömning. | true
      Varje vårdcentral ska utse en kontaktperson. | true
      Kommunen ska erbjuda förskola på finska. | true
      Socialnämnden ska erbjuda stöd till familjehem. | false
      Kulturnämnden ansvarar för läsfrämjandet i förorterna. | false
      Entreprenören ansvarar för snöröjningen. | true
      Primärvården ska utse en fast läkarkontakt. | true
      """)
  void tellsWhereAnAgentNounMayStand(String sentence, boolean agent) {
    assertEquals(agent, ActorMatcher.mayNameAgent(sentence));
  }

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
