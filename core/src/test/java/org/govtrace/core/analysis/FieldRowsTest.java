package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rows of a table flattened into one line: which cell is the actor's, which the action's. */
class FieldRowsTest {

  private final FieldRows rows = new FieldRows();

  @Test
  void readsTheActionAndTheResponsibleOfALabelledRow() {
    assertEquals(List.of(new FieldRows.Row("kultur- och fritidsförvaltningen", "ansvarar", "inventera spontanidrottsplatserna")),
        rows.read("Aktivitet: inventera spontanidrottsplatserna; ansvarig: kultur- och fritidsförvaltningen; tidplan: hösten 2026."));
  }

  @Test
  void readsTheDelegateOfEachDecisionInADelegationsordning() {
    assertEquals(List.of(new FieldRows.Row("rektor", "other", "beslut om ledighet för elev upp till tio dagar"),
            new FieldRows.Row("skolchef", "other", "beslut om skolskjuts på särskilda skäl")),
        rows.read("Delegationsordning, avsnitt 2: beslut om ledighet för elev upp till tio dagar – delegat: rektor; "
            + "beslut om skolskjuts på särskilda skäl – delegat: skolchef."));
  }

  @Test
  void readsTheCellsOfARowSetOffByDashes() {
    assertEquals(List.of(new FieldRows.Row("gatuavdelningen", "ansvarar", "Bygga en gång- och cykelbana längs Skolvägen"),
            new FieldRows.Row("Tekniska verken AB", "other", "Bygga en gång- och cykelbana längs Skolvägen")),
        rows.read("Åtgärd 3.2 Bygga en gång- och cykelbana längs Skolvägen – Huvudansvar: gatuavdelningen – Utförare: Tekniska verken AB – Tidplan: 2027."));
  }

  @Test
  void readsADashedRowThatStandsAloneAsASentence() {
    assertEquals(List.of(new FieldRows.Row("enhetschef", "other", "Beslut om bistånd i form av kontaktfamilj")),
        rows.read("Beslut om bistånd i form av kontaktfamilj – delegat: enhetschef."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingen", "saknas", "–", "ej utsedd"})
  void readsNoActorFromACellWrittenEmpty(String cell) {
    assertEquals(List.of(), rows.read("Aktivitet: se över rutinen för hembesök; ansvarig: " + cell + "; tidplan: 2027."));
  }

  @Test
  void readsACellsOwnTaskAfterAnsvarigFor() {
    assertEquals(List.of(new FieldRows.Row("Bygglovsenheten", "other", "Beslut om strandskyddsdispens"),
            new FieldRows.Row("Miljönämndens arbetsutskott", "ansvarar", "uppföljning")),
        rows.read("Punkt 5.2 | Beslut om strandskyddsdispens | Delegat: Bygglovsenheten | Ansvarig för uppföljning: Miljönämndens arbetsutskott"));
  }

  @Test
  void readsTheRowsUnderASlashedHeader() {
    assertEquals(List.of(new FieldRows.Row("näringslivsenheten", "ansvarar", "starta ett företagarnätverk"),
            new FieldRows.Row("biblioteket", "ansvarar", "erbjuda digital vägledning")),
        rows.read("Åtgärd / Ansvarig / Klart: starta ett företagarnätverk / näringslivsenheten / 2026; "
            + "erbjuda digital vägledning / biblioteket / löpande."));
  }

  @Test
  void splitsACellThatNamesTwoActors() {
    assertEquals(List.of(new FieldRows.Row("socialtjänsten", "ansvarar", "ta fram en gemensam rutin"),
            new FieldRows.Row("elevhälsan", "ansvarar", "ta fram en gemensam rutin")),
        rows.read("Aktivitet: ta fram en gemensam rutin; ansvariga: socialtjänsten och elevhälsan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Nämnden ansvarar för simhallen; den är öppen alla dagar.",
    "Tidplan: hösten 2026; uppföljning: årligen.",
    "Ansvarig: socialnämnden.",
  })
  void findsNoRowInProseOrAFieldWithoutItsAction(String sentence) {
    assertEquals(List.of(), rows.read(sentence));
  }
}
