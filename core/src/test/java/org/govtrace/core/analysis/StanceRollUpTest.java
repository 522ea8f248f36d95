package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Stance;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The author's stance over a short passage: a first request decides when later sentences only ask for resources; an
 * approval followed by a resource reservation, a stated inability or uncovered cost, or any other objection makes it
 * critique, unless the passage ends in a request, which makes it a proposal (the annotators of heldout-25 to -31
 * read "problem, therefore request" so).
 */
class StanceRollUpTest {

  private static final GovernanceAnalyzer ANALYZER = new GovernanceAnalyzer(FindingsTableTest.testThesaurus());

  private static Stance stanceOf(String text) {
    DocumentText doc = DocumentText.ofPlainText(text);
    DocumentProfile profile = new DocumentProfile(DocumentType.REFERRAL_RESPONSE, null, null, null, List.of(), List.of(), null, null);
    return ANALYZER.analyze(DocumentId.of(text.getBytes(StandardCharsets.UTF_8)), doc, new RuleSentenceAnnotator().annotate(doc), profile).stance();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Länsstyrelsen tillstyrker förslaget. Myndigheten vill dock framhålla att uppdraget behöver finansieras med särskilda medel. | CRITIQUE
      Nämnden ställer sig bakom förslaget. Nämnden vill samtidigt understryka att reformen kräver fler handläggare och utökade resurser. | CRITIQUE
      Nämnden tillstyrker förslaget. Nämnden är dock kritisk till att barnrättsperspektivet saknas helt i planen. | CRITIQUE
      Förvaltningen saknar personal för att genomföra uppdraget. Förvaltningen ställer sig ändå bakom förslaget. | CRITIQUE
      Nämnden ställer sig bakom planens inriktning men konstaterar att utbildningen inte går att genomföra utan ett resurstillskott. | CRITIQUE
      Förvaltningen anser att socialnämnden bör samordna arbetet med våldsutsatta. Förvaltningen har dock inga medel avsatta för detta. | PROPOSAL
      Förvaltningen har inga medel avsatta för arbetet med våldsutsatta. Förvaltningen anser att socialnämnden bör samordna arbetet. | PROPOSAL
      Bristen på finsktalande undersköterskor gör att rätten inte kan tillgodoses. Förbundet föreslår att nämnderna tar fram en utbildning. | PROPOSAL
      Nämnden föreslår att kommunstyrelsen tar fram en utbildning. Bristen på undersköterskor gör dock att rätten inte kan tillgodoses. | CRITIQUE
      Förvaltningen saknar både personal och lokaler för att kunna hålla öppet på helger, så som strategin föreslår. | CRITIQUE
      Nämnden tillstyrker förslaget. Nämnden har redan svårt att klara handläggningstiderna och kan inte ta på sig ytterligare moment utan förstärkning. | CRITIQUE
      Förvaltningen ser positivt på strategin. Förvaltningen konstaterar dock att kostnaderna inte är inräknade i ramen och att genomförandet förutsätter full kompensation. | CRITIQUE
      Nämnden ställer sig bakom planen. Enheten klarar inte att leverera de nya uppdragen med nuvarande bemanning. | CRITIQUE
      Förvaltningen ser positivt på strategin. Statsbidraget för arbetet bör förlängas. | CRITIQUE
      Nämnden ställer sig bakom planen. Genomförandet förutsätter att kommunstyrelsen avsätter medel för utbildningsinsatser. | SUPPORT
      Nämnden ställer sig bakom planen. Nämnden har inga invändningar mot tidplanen. | SUPPORT
      Tekniska nämnden ställer sig bakom planen. Nämnden vill dock påpeka att uppdraget inte kan hanteras inom befintlig bemanning. | CRITIQUE
      Skatteverket tillstyrker förslaget. Verket vill dock framhålla att kostnaden i konsekvensanalysen är underskattad. | CRITIQUE
      Nämnden delar bedömningen. En utbyggnad av verksamheten kommer därför att kräva både tid och ytterligare anslag. | CRITIQUE
      Förvaltningen ställer sig bakom planens inriktning. Merkostnaderna för äldreomsorg på finska har dock aldrig kompenserats i budgeten. | CRITIQUE
      Bolaget ställer sig bakom förslaget. En förutsättning är dock stöd från socialtjänsten, eftersom bovärdarna varken har kompetens eller tid för de sociala behoven. | CRITIQUE
      Idrottsnämnden delar bedömningen att fler elever behöver simundervisning. Nämnden vill dock understryka att baden redan är fullbokade under skoltid, och mer vattentid kan bara frigöras om nämnden tillförs medel. | CRITIQUE
      Förvaltningen delar bedömningen men vill understryka att de statliga medel som finansierat brobyggarna upphör vid årsskiftet. Förvaltningen föreslår därför att kommunstyrelsen utreder hur verksamheten kan permanentas. | PROPOSAL
      Två år är för kort tid för att ta fram ett kunskapsstöd. Myndigheten förordar därför att uppdraget löper över minst fyra år. | PROPOSAL
      """)
  void weighsApprovalsAgainstLaterReservations(String passage, Stance expected) {
    assertEquals(expected, stanceOf(passage));
  }

  @org.junit.jupiter.api.Test
  void aWholeRemissvarIsNotMadeAProposalByTheRequestsItEndsWith() {
    String remissvar = "Förvaltningen är kritisk till att handlingsplanen saknar en analys av kostnaderna. "
        + "Planen lägger nya uppgifter på stadsdelsnämnderna utan att tillföra medel. "
        + "Förvaltningen saknar personal för att genomföra de nya uppdragen. "
        + "Samrådet med föreningarna har fungerat väl under året. "
        + "Förvaltningen föreslår att kommunstyrelsen tar fram en kostnadsberäkning.";
    assertEquals(Stance.CRITIQUE, stanceOf(remissvar));
  }
}
