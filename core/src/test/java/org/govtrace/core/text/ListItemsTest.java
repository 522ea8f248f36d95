package org.govtrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListItemsTest {

  private final ListItems items = new ListItems();
  private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

  /** Bullets become "• item"; numbered and lettered items keep their number; other lines are no item (empty). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "• Mot rasism | • Mot rasism",
        "- Kunskap och information | • Kunskap och information",
        "– Välfärd och service | • Välfärd och service",
        "* Delaktighet och inflytande | • Delaktighet och inflytande",
        "\uF0B7 Rätten till utbildning | • Rätten till utbildning",
        "\u25AA Rätten till kultur | • Rätten till kultur",
        "o Årsrapport till kommunstyrelsen | • Årsrapport till kommunstyrelsen",
        "1. Nämnden godkänner förvaltningens förslag | 1. Nämnden godkänner förvaltningens förslag",
        "2) Paragrafen justeras omedelbart | 2) Paragrafen justeras omedelbart",
        "a) fler platser i förskolan | a) fler platser i förskolan",
        "• 1. Nämnden godkänner tjänsteutlåtandet | 1. Nämnden godkänner tjänsteutlåtandet",
        "1.2 Mål och syfte | ",
        "2025 års budget | ",
        "Bakgrund | ",
        "och samverkan med civilsamhället | ",
      })
  void writesListItemsInOneForm(String line, String expected) {
    String item = items.item(normalizer.normalize(line));
    assertEquals(expected, item);
  }
}
