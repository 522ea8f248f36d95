package org.govtrace.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericBoardResolverTest {

  private final BoardResolver resolver = BoardResolver.generic();

  /** An office maps to its board by Swedish naming; the central office serves the kommunstyrelse. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Farsta stadsdelsförvaltning | Farsta stadsdelsnämnd",
        "Hässelby-Vällingby stadsdelsförvaltning | Hässelby-Vällingby stadsdelsnämnd",
        "Socialförvaltningen | Socialnämnden",
        "socialförvaltningen | Socialnämnden",
        "Utbildningsförvaltningen | Utbildningsnämnden",
        "Kulturförvaltning | Kulturnämnd",
        "Stadsbyggnadskontoret | Stadsbyggnadsnämnden",
        "Stadsledningskontoret | Kommunstyrelsen",
        "kommunledningskontoret | Kommunstyrelsen",
        "Regionledningskontoret | Regionstyrelsen",
        "Individ- och familjeförvaltningen | Individ- och familjenämnden",
        "Äldre samt vård- och omsorgsförvaltningen | Äldre samt vård- och omsorgsnämnden",
        "Miljö- och klimatkontoret | Miljö- och klimatnämnden",
        "Förvaltningen för arbetsmarknad och vuxenutbildning | Nämnden för arbetsmarknad och vuxenutbildning",
        "Kommunfullmäktige | ",
        "Anna Berg | ",
      })
  void mapsAnOfficeToItsBoard(String office, String board) {
    assertEquals(board, resolver.boardOf(office));
  }

  @Test
  void asksAThesaurusFirstAndFallsBackOnNaming() {
    BoardResolver thesaurus = office -> office.equals("Miljöförvaltningen") ? "Miljö- och hälsoskyddsnämnden" : null;
    BoardResolver chain = thesaurus.orElse(resolver);

    assertEquals("Miljö- och hälsoskyddsnämnden", chain.boardOf("Miljöförvaltningen"));
    assertEquals("Socialnämnden", chain.boardOf("Socialförvaltningen"));
  }
}
