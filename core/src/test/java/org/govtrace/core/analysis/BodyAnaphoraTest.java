package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyAnaphoraTest {

  private final BodyAnaphora bodies = new BodyAnaphora();

  @ParameterizedTest(name = "{0} near \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
      "Regionen | Region Dalarna välkomnar planen. Regionen ska utse en kontaktperson. | Region Dalarna",
      "Kommunen | Mora kommun delar bedömningen. Kommunen ska erbjuda stödsamtal. | Mora kommun",
      "Regionen | Region Dalarna och Region Gävleborg är överens. Regionen ska utse en kontaktperson. | Regionen",
      "Regionen | Planen är bra. Regionen ska utse en kontaktperson. | Regionen",
      "Socialnämnden | Region Dalarna välkomnar planen. Socialnämnden ska erbjuda stöd. | Socialnämnden",
      "Regionen | Region Jämtland Härjedalen tillstyrker. Regionen ska bidra. | Region Jämtland Härjedalen",
      "Regionen | Habiliteringen inom Västra Götalandsregionen ger stöd. Regionen bör erbjuda utbildning. | Västra Götalandsregionen",
      "Regionen | Göteborgsregionen samordnar nätverket. Regionen bör erbjuda utbildning. | Regionen",
      "Jouren | Kommunen har avtal med Märsta kvinnojour. Jouren ska utbilda personalen. | Märsta kvinnojour",
      "Teamet | Nämnden inrättar ett mobilt familjeteam. Teamet ska göra hembesök. | Familjeteamet",
      "Teamet | Teamet ska göra hembesök. | Teamet",
  })
  void resolvesBareBodyToTheOneNamedNearby(String actor, String nearby, String expected) {
    assertEquals(expected, bodies.resolve(actor, nearby));
  }
}
