package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resource concerns the lexicon's rules must find on their own, without the model: the sentences here are not
 * among the model's training examples (findings.tsv is), so they test the rules and nothing the model learnt.
 */
class ResourceConcernClassifierTest {

  private static final GovernanceAnalyzer RULES_ONLY = GovernanceAnalyzer.rulesOnly(FindingsTableTest.testThesaurus());
  private static final SentenceAnnotator ANNOTATOR = new RuleSentenceAnnotator();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nämnden bedömer att nuvarande öppettider inte kan upprätthållas inom befintlig budgetram. | true
      Tjänsten som samordnare är den enda medarbetaren med kompetens inom krisberedskap. | true
      Vid frånvaro finns ingen som kan ta över arbetet med bidragen. | true
      Arbetet med tillsynen vilar i dag på en enda tjänst. | true
      Nämnden har tagit över uppgiften från regionen utan att någon skatteväxling har skett. | true
      Uppdraget har inte följts av någon förändring av antalet elever per kurator. | true
      Regionen kan i det nuvarande ekonomiska läget inte åta sig att finansiera tjänsterna. | true
      Ytterligare medel behöver tillskjutas för att väntetiderna ska kortas. | true
      Det är tveksamt om bemanningen räcker för de nya uppgifterna. | true
      En tematisk granskning skulle ta i anspråk en stor del av den kapacitet som i dag används för tillsynen. | true
      Myndigheten har tagit del av utredningens kostnadsberäkningar och delar bedömningen att förslagen kan genomföras inom befintliga ramar. | false
      Nämnden bedömer att arbetet kan genomföras inom befintlig budgetram. | false
      De nya momenten kan enligt förvaltningens bedömning hanteras inom befintlig bemanning. | false
      Flytten av fritidsgården kan genomföras med befintlig personal. | false
      Bristen på vikarier i förskolan är nu löst sedan bemanningspoolen startade. | false
      Fritidsförvaltningen har för egen del inga vakanser inom området. | false
      De nya momenten kan inte hanteras inom befintlig bemanning. | true
      Den enda förändringen i planen gäller tidplanen för uppföljningen. | false
      Med oförändrad ram kommer prioriteringar att bli nödvändiga under 2027. | true
      Nämnden har inte kompenserats för hyresökningen. | true
      Nämnden har kompenserats för hyresökningen. | false
      De riktade statsbidragen till äldreomsorgen trappas ned från 2027. | true
      Förvaltningen behöver minska kostnaderna för fritidsverksamheten med 1,6 miljoner kronor. | true
      Tidiga insatser minskar kostnaderna på sikt. | false
      Förvaltningen vill understryka att det är bristande samordning, snarare än brist på resurser, som är huvudorsaken. | false
      I betänkandet konstateras att många kommuner har svårt att rekrytera socialsekreterare. | false
      Kommunen har inte haft några svårigheter att rekrytera handledare till feriejobben. | false
      Finansieringsprincipen innebär att staten inte ska ålägga kommunerna nya uppgifter utan att ge dem möjlighet att finansiera dem. | false
      Läget på arbetsmarknaden ger inte förutsättningar att rekrytera sjuksköterskor till glesbygden. | true
      Underhållet av de nya parkerna är något som förvaltningen varken har mandat eller resurser för. | true
      Kravet kan inte genomföras utan höjda avgifter eller särskilda statsbidrag. | true
      Samordningen av krisberedskapen vilar på en enda beredskapssamordnare. | true
      Länsstyrelsen anser att uppdraget inte kan finansieras genom omprioriteringar inom myndigheten. | true
      Uppdraget kan bara genomföras om annan angelägen tillsyn får stå tillbaka. | true
      Myndigheten bedömer att utredningen underskattar kostnaderna för de nya it-systemen. | true
      Förslaget strider enligt kommunens mening mot finansieringsprincipen. | true
      Eventuella behov av ytterligare medel prövas i den ordinarie budgetprocessen. | false
      Bolaget ska inom ramen för platssamverkan åtgärda bristerna i belysningen. | false
      Utvecklingsmedlen får inte användas för att finansiera ordinarie verksamhet. | false
      Kommunernas merkostnader ska kompenseras genom att det generella statsbidraget höjs. | false
      Myndigheten bedömer inte att förslagen medför behov av ytterligare resurser. | false
      Av enkätsvaren framgår att flera kommuner saknar personal med kunskaper i samiska. | false
      Att genomföra alla aktiviteter skulle kräva omprioriteringar inom nämndens budget. | true
      Förslaget kräver både fler handläggare och ett nytt ärendesystem. | true
      Antalet ansökningar har ökat med en fjärdedel, medan antalet handläggare är oförändrat. | true
      Uppgifterna flyttas till kommunerna utan att ersättningen höjs i motsvarande grad. | true
      Förvaltningen vill understryka att arbetsbördan inte bör underskattas. | true
      Fältarbetet vilar i dag helt på tillfälliga trygghetsmedel. | true
      Med de besparingskrav som gäller för 2026 finns det inte utrymme att prioritera nya aktiviteter. | true
      Nämnden har kompenserats för volymökningen genom resursfördelningssystemet. | false
      Nämndens budgetram har utökats med 12 mnkr för de nya lokalerna. | false
      Nämnden redovisar ett överskott som främst förklaras av vakanta tjänster. | false
      Regionen välkomnar att regionerna ska kompenseras fullt ut för lagerhållningen. | false
      Rekryteringsläget har förbättrats och andelen vakanta tjänster har minskat. | false
      Delmål 2.1: Ingen familj ska vräkas utan att socialtjänsten har kontaktats. | false
      """)
  void findsAConcernByRuleAlone(String sentence, boolean concern) {
    DocumentText doc = DocumentText.ofPlainText(sentence);
    DocumentProfile profile = new DocumentProfile(DocumentType.OTHER, null, null, null, List.of(), List.of(), null, null);
    boolean found = RULES_ONLY.analyze(DocumentId.of(sentence.getBytes(StandardCharsets.UTF_8)), doc, ANNOTATOR.annotate(doc), profile)
        .findings().stream().anyMatch(f -> f.kind() == FindingKind.RESOURCE_CONCERN);
    assertEquals(concern, found);
  }
}
