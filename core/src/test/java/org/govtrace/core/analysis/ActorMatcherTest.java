package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences need the agent nouns: only those where a word ends in one of their heads. */
class ActorMatcherTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Biblioteken ska erbjuda digital handledning. | true
      Enligt planen ska hemtjänstens personal göra en brandriskbedömning. | true
      Varje vårdcentral ska utse en kontaktperson. | true
      Kommunen ska erbjuda förskola på finska. | true
      Socialnämnden ska erbjuda stöd till familjehem. | false
      Kulturnämnden ansvarar för läsfrämjandet i förorterna. | false
      """)
  void tellsWhereAnAgentNounMayStand(String sentence, boolean agent) {
    assertEquals(agent, ActorMatcher.mayNameAgent(sentence));
  }
}
