package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.nlp.OpenNlpSentenceAnnotator;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a duty begins and ends: the gold compares duties by their words (FORMAT.md, Jaccard ≥ 0.4), so a duty
 * that runs on into the next predicate or stops at a comma loses the item. Each case runs untagged and tagged.
 */
class DutySpanTest {

  private static final SentenceAnnotator RULES = new RuleSentenceAnnotator();
  private static final SentenceAnnotator TAGGER = OpenNlpSentenceAnnotator.fromClasspath();

  // sentence | actor | modality | the duty as a reader would write it; an empty modality: the actor is given no duty
  private static final String[][] CASES = {
    // A question word after the verb opens an indirect question, the duty runs on through it.
    {"Fältenheten har fått i uppdrag att kartlägga var unga samlas på kvällstid.", "Fältenheten", "other", "kartlägga var unga samlas på kvällstid"},
    // A gapped division of work: each further actor, even a plain noun, gets its own share.
    {"Förskolan ansvarar för språkstödet, elevhälsan för kartläggningen och socialtjänsten för stödet till vårdnadshavarna.", "Elevhälsan", "ansvarar", "kartläggningen"},
    // The actor first after the modal ends with its definite noun; the verb after it begins the duty.
    {"Senast 2028 ska samtliga fritidsgårdar i kommunen erbjuda verksamhet på lördagar.", "Samtliga fritidsgårdar i kommunen", "ska", "erbjuda verksamhet på lördagar"},
    // A clause on what is missing ("utan att …") and the subject's own view after "och" are no part of the duty.
    {"I planen står stadsdelsnämnderna som särskilt ansvariga för sex av tio delmål, utan att det framgår hur de ska finansieras.", "stadsdelsnämnderna", "särskilt ansvarig", "sex av tio delmål"},
    {"Länsstyrelsen har regeringens uppdrag att följa upp minoritetspolitiken och ser därför positivt på planen.", "Länsstyrelsen", "other", "följa upp minoritetspolitiken"},
    // Rows run together under a table's title: each duty runs to the next row's actor.
    {"Tabell 2. Ansvarsfördelning Kulturnämnden – biblioteksplanen och läsfrämjandet Idrottsnämnden – simskolan och spontanidrotten", "Kulturnämnden", "ansvarar", "biblioteksplanen och läsfrämjandet"},
    // A phrase set off by commas between "att" and the verb.
    {"Miljönämnden ges i uppdrag att, i dialog med näringslivet, ta fram en plan för minskat matsvinn.", "Miljönämnden", "other", "ta fram en plan för minskat matsvinn"},
    {"Idrottsnämnden är särskilt ansvarig för att, i samarbete med skolorna, erbjuda simundervisning för nyanlända.", "Idrottsnämnden", "särskilt ansvarig", "erbjuda simundervisning för nyanlända"},
    {"Kulturnämnden ansvarar för att, inom ramen för biblioteksplanen, utveckla läsfrämjandet i förorterna.", "Kulturnämnden", "ansvarar", "utveckla läsfrämjandet i förorterna"},
    // A proposal noun with its att-clause: the duty ends where the sentence's own predicate resumes.
    {"Förslaget att utbildningsnämnden ska driva sommarskolan i egen regi kräver en närmare utredning.", "Utbildningsnämnden", "föreslås", "driva sommarskolan i egen regi"},
    {"Förvaltningen anser att förslaget att äldrenämnden ska samordna anhörigstödet innebär en otydlig ansvarsfördelning.", "Äldrenämnden", "föreslås", "samordna anhörigstödet"},
    {"Förslaget att socialnämnden ska erbjuda stöd till familjer som har barn med funktionsnedsättning är välkommet.", "Socialnämnden", "föreslås", "erbjuda stöd till familjer som har barn med funktionsnedsättning"},
    // A modal before the assignment keeps the responsibility it names; "få i uppdrag att" gives way to the task.
    {"Polisen delar bedömningen att kommunerna bör få ett lagstadgat ansvar för trygghetsarbetet.", "kommunerna", "bör", "få ett lagstadgat ansvar för trygghetsarbetet"},
    {"Tekniska nämnden bör enligt förvaltningen få i uppdrag att se över snöröjningen.", "Tekniska nämnden", "bör", "se över snöröjningen"},
    // A clause set off by a comma that comments on the duty: its cost, its funding, a condition.
    {"Fritidsnämnden ansvarar för att anordna sommarkollo, vars kostnad beräknas till två miljoner kronor.", "Fritidsnämnden", "ansvarar", "anordna sommarkollo"},
    {"Socialnämnden ska erbjuda kvällsöppen rådgivning, som under 2026 finansieras med statsbidrag.", "Socialnämnden", "ska", "erbjuda kvällsöppen rådgivning"},
    {"Miljönämnden ska inventera förorenade områden, under förutsättning att statsbidrag beviljas.", "Miljönämnden", "ska", "inventera förorenade områden"},
    // A concession ends the duty; "även" inside the duty does not.
    {"Tekniska nämnden ska rusta upp lekplatserna, även om det kräver en högre budget.", "Tekniska nämnden", "ska", "rusta upp lekplatserna"},
    {"Fritidsnämnden ska hålla badhuset öppet, trots att besökarna har blivit färre.", "Fritidsnämnden", "ska", "hålla badhuset öppet"},
    {"Fritidsnämnden ska hålla badhuset öppet även på helgerna.", "Fritidsnämnden", "ska", "hålla badhuset öppet även på helgerna"},
    {"Äldrenämnden ska erbjuda alla över 75 år ett hembesök, med målet att minska antalet fallolyckor.", "Äldrenämnden", "ska", "erbjuda alla över 75 år ett hembesök"},
    {"Kulturnämnden ska bevaka utbudet av kurser, och vid behov ta fram nya kurser för nyanlända.", "Kulturnämnden", "ska", "bevaka utbudet av kurser"},
    {"Kulturnämnden ansvarar för två mål: att biblioteken är öppna på kvällar, och att föreningar får stöd.", "Kulturnämnden", "ansvarar", "två mål: att biblioteken är öppna på kvällar, och att föreningar får stöd"},
    // A qualified responsibility keeps its qualifier; a plain one gives way to what it is for.
    {"Kommunstyrelsen har det övergripande ansvaret för trygghetsarbetet.", "Kommunstyrelsen", "ansvarar", "det övergripande ansvaret för trygghetsarbetet"},
    {"Socialnämnden får ett samlat ansvar för stödet till anhöriga.", "Socialnämnden", "other", "ett samlat ansvar för stödet till anhöriga"},
    {"Socialnämnden får huvudansvaret för stödet till anhöriga.", "Socialnämnden", "other", "stödet till anhöriga"},
    {"Fritidsnämnden har ansvaret för att fritidsgårdarna håller öppet på helger.", "Fritidsnämnden", "ansvarar", "fritidsgårdarna håller öppet på helger"},
    // A time adverbial and a partner before the verb.
    {"Stadsdelsnämnderna ska under 2026 i samverkan med civilsamhället ta fram lokala planer.", "stadsdelsnämnderna", "ska", "ta fram lokala planer"},
    {"Förslaget att Gavlehem ska bygga fler studentbostäder välkomnas.", "Gavlehem", "föreslås", "bygga fler studentbostäder"},
    // Verb second after a fronted adverbial; a relative clause that says what the goal is stays.
    {"I planen är idrottsnämnden tillsammans med kulturnämnden särskilt ansvarig för delmål 4, som handlar om simkunnighet.", "Idrottsnämnden", "särskilt ansvarig", "delmål 4, som handlar om simkunnighet"},
    {"Åtgärd 3: Inrätta en jourtelefon för unga. Ansvar: Socialnämnden.", "Socialnämnden", "ansvarar", "Inrätta en jourtelefon för unga"},
    {"Inrätta en jourtelefon för unga (ansvar: socialnämnden).", "Socialnämnden", "ansvarar", "Inrätta en jourtelefon för unga"},
    // Before an att-clause the clause alone is the duty, as the annotators of heldout-11, -15 and -16 write it.
    {"Äldrenämnden har det yttersta ansvaret för att äldre får god vård.", "Äldrenämnden", "ansvarar", "äldre får god vård"},
    {"Kommunstyrelsen bör få i uppgift att samordna arbetet.", "Kommunstyrelsen", "bör", "samordna arbetet"},
    // A coordinated object under one verb stays one duty, and so does "ansvarar för A och för B".
    {"Socialnämnden ansvarar för kuratorsinsatserna och för det uppsökande arbetet i skolorna.", "Socialnämnden", "ansvarar", "kuratorsinsatserna och för det uppsökande arbetet i skolorna"},
    {"Bostadsbolaget ansvarar för att upplåta lägenheter för personer i hemlöshet och för unga vuxna.", "Bostadsbolaget", "ansvarar", "upplåta lägenheter för personer i hemlöshet och för unga vuxna"},
    {"Socialnämnden ska bedriva uppsökande arbete bland unga och att i ett tidigt skede upptäcka missbruk.", "Socialnämnden", "ska", "bedriva uppsökande arbete bland unga och att i ett tidigt skede upptäcka missbruk"},
    {"Förvaltningen konstaterar att samordningen av krisberedskapen sköts av kommunstyrelsen.", "Kommunstyrelsen", "ansvarar", "sköta samordningen av krisberedskapen"},
    {"I dag hanteras tillsynen av förorenade områden av miljönämnden.", "Miljönämnden", "ansvarar", "hantera tillsynen av förorenade områden"},
    {"Socialnämnden ska, tillsammans med polisen och skolorna, erbjuda läxhjälp.", "Socialnämnden", "ska", "erbjuda läxhjälp"},
    // One verb, several actors each with its own "för": each gets its duty, and the first duty ends before them.
    {"Kulturnämnden ansvarar för biblioteken, idrottsnämnden för simhallarna och stadsdelsnämnderna för fritidsgårdarna.", "Kulturnämnden", "ansvarar", "biblioteken"},
    {"Kulturnämnden ansvarar för biblioteken, idrottsnämnden för simhallarna och stadsdelsnämnderna för fritidsgårdarna.", "Idrottsnämnden", "ansvarar", "simhallarna"},
    {"Kulturnämnden ansvarar för biblioteken, idrottsnämnden för simhallarna och stadsdelsnämnderna för fritidsgårdarna.", "stadsdelsnämnderna", "ansvarar", "fritidsgårdarna"},
    // A second object of a preposition is no new subject.
    {"Socialnämnden ansvarar för samverkan med regionen och kommunerna för att stärka stödet.", "Socialnämnden", "ansvarar", "samverkan med regionen och kommunerna för att stärka stödet"},
    // A passive with its agent: the modal is the agent's, and the duty is written in the active (heldout-3, -17, -18,
    // -20 and -26 write it so); after a bare object what follows the agent belongs to the duty too.
    {"Planen ska revideras av kommunledningskontoret senast 2027.", "Kommunledningskontoret", "ska", "revidera planen senast 2027"},
    {"Avfallsplanen ska tas fram av miljöchefen och redovisas för nämnden varje höst.", "Miljöchefen", "ska", "ta fram avfallsplanen och redovisas för nämnden varje höst"},
    {"Uppföljningen av handlingsplanen genomförs av kommunledningskontoret.", "Kommunledningskontoret", "ansvarar", "genomföra uppföljningen av handlingsplanen"},
    // A new subject joined by "och" or a comma ends the duty before it.
    {"Socialnämnden ska ta fram en plan och kommunstyrelsen ansvarar för uppföljningen.", "Socialnämnden", "ska", "ta fram en plan"},
    {"Socialnämnden ska samordna och stödja kommunernas arbete med mottagandet.", "Socialnämnden", "ska", "samordna och stödja kommunernas arbete med mottagandet"},
    // Negative neighbours: a relative or att-clause inside the duty keeps its verb; a plain duty runs to its end.
    {"Socialnämnden ska erbjuda stöd till familjer som har barn med funktionsnedsättning.", "Socialnämnden", "ska", "erbjuda stöd till familjer som har barn med funktionsnedsättning"},
    {"Fritidsnämnden ansvarar för att varje stadsdel har en öppen mötesplats för unga.", "Fritidsnämnden", "ansvarar", "varje stadsdel har en öppen mötesplats för unga"},
    {"Socialnämnden ska ta fram rutiner som kan tillämpas av alla enheter.", "Socialnämnden", "ska", "ta fram rutiner som kan tillämpas av alla enheter"},
    {"Beslutet att kulturnämnden ska ta över driften av konsthallen fattades i fjol.", "Kulturnämnden", "ska", "ta över driften av konsthallen"},
    // h/rc3: a partitive clause on the amounts and an appositive that says what a goal is end the duty; a second
    // finite predicate joined by och, nouns joined by och and a goal noun with its own att-clause do not.
    {"Fritidsnämnden ska fördela tre miljoner kronor i föreningsbidrag, varav en tredjedel till verksamhet för flickor.", "Fritidsnämnden", "ska", "fördela tre miljoner kronor i föreningsbidrag"},
    {"Kulturnämnden ansvarar för uthyrningen av samlingslokaler och administrerar bidragen till studieförbunden.", "Kulturnämnden", "ansvarar", "uthyrningen av samlingslokaler och administrerar bidragen till studieförbunden"},
    {"Kulturnämnden ansvarar för bidragen till studieförbund och föreningar.", "Kulturnämnden", "ansvarar", "bidragen till studieförbund och föreningar"},
    {"Arbetsmarknadsnämnden ska redovisa hur insatserna bidrar till planens övergripande mål, att fler unga ska få ett arbete.", "Arbetsmarknadsnämnden", "ska", "redovisa hur insatserna bidrar till planens övergripande mål"},
    {"Socialnämnden ska verka för målet att fler unga ska få ett arbete.", "Socialnämnden", "ska", "verka för målet att fler unga ska få ett arbete"},
    {"Socialnämnden ska erbjuda sommarjobb, för att fler unga ska få arbetslivserfarenhet.", "Socialnämnden", "ska", "erbjuda sommarjobb"},
    {"Socialnämnden ska ta fram en plan för att minska hemlösheten.", "Socialnämnden", "ska", "ta fram en plan för att minska hemlösheten"},
    // A leading date or period is no part of the duty; an event that conditions the duty is.
    {"Vård- och omsorgsnämnden ska senast den 30 juni 2026 redovisa en plan för bemanningen.", "Vård- och omsorgsnämnden", "ska", "redovisa en plan för bemanningen"},
    {"Kulturnämnden ska senast i mars varje år rapportera sina åtgärder till kommunstyrelsen.", "Kulturnämnden", "ska", "rapportera sina åtgärder till kommunstyrelsen"},
    {"Socialnämnden ska före varje ny upphandling samråda med brukarna.", "Socialnämnden", "ska", "före varje ny upphandling samråda med brukarna"},
    {"Fritidsnämnden ansvarar för skötseln av idrottshallarna och tar fram en plan för upprustning.", "Fritidsnämnden", "ansvarar", "skötseln av idrottshallarna och tar fram en plan för upprustning"},
    {"Kommunfullmäktige ger kommunstyrelsen i uppdrag att, i samråd med nämnderna, ta fram en lokalförsörjningsplan.", "Kommunstyrelsen", "other", "ta fram en lokalförsörjningsplan"},
    {"Kommunfullmäktige beslutar att ge tekniska nämnden i uppdrag att rusta upp lekplatserna och att anlägga en skatepark.", "Tekniska nämnden", "other", "rusta upp lekplatserna och att anlägga en skatepark"},
    // A second att-clause with its own subject belongs to the verb that governs the first, not to a duty that is
    // itself no att-clause.
    {"Nämnden välkomnar att stadsledningskontoret får ett samordnande ansvar för uppföljningen och att resultaten redovisas årligen.", "Stadsledningskontoret", "other", "ett samordnande ansvar för uppföljningen"},
    {"Region Halland föreslår att länsstyrelsen och regionen gemensamt ansvarar för en årlig uppföljning av det suicidpreventiva arbetet, och att kommunerna ges i uppdrag att redovisa sina insatser.", "Region Halland", "föreslås", "en årlig uppföljning av det suicidpreventiva arbetet"},
    // A passive after a comma and "och", with a frequency before its agent: the duty is the passive's verb and subject.
    {"Stadsbiblioteket ansvarar för medierna, och användningen av utbudet ska följas upp årligen av kulturnämnden.", "Kulturnämnden", "ska", "följa upp användningen av utbudet årligen"},
    // A task that lies with an actor.
    {"Länsstyrelsen anser att tillsynen över de nya kraven bör ligga hos kommunerna.", "kommunerna", "bör", "tillsynen över de nya kraven"},
    // A passive's agent does the duty in the active, how often included; after a longer subject the duty ends at the agent,
    // save a report the agent also makes, named by its verb and addressee (heldout-45, -53, -59), not its date.
    {"Målen i handlingsprogrammet följs upp årligen av direktionen och redovisas för medlemskommunerna.", "Direktionen", "ansvarar", "följa upp målen i handlingsprogrammet årligen och redovisa för medlemskommunerna"},
    {"Uppföljningen av strategin genomförs av kommunledningskontoret och rapporteras till kommunstyrelsen en gång per år.", "Kommunledningskontoret", "ansvarar", "genomföra uppföljningen av strategin och rapportera till kommunstyrelsen"},
    // A proposal's second finite verb after "och" shares its subject: the duty runs on.
    {"Förvaltningen efterfrågar att kommunstyrelsen tar fram en kostnadsberäkning och redovisar hur insatserna ska finansieras.", "Kommunstyrelsen", "other", "tar fram en kostnadsberäkning och redovisar hur insatserna ska finansieras"},
    // An att-clause with its own subject keeps its coordinated subject and its second predicate; a genitive first
    // word is no verb, whatever the tagger says.
    {"Regionstyrelsen ansvarar för att regionens lokaler och webbplatser blir tillgängliga för alla.", "Regionstyrelsen", "ansvarar", "regionens lokaler och webbplatser blir tillgängliga för alla"},
    {"Rektorerna är särskilt ansvariga för att uppföljningen dokumenteras och återkopplas till personalen.", "Rektorerna", "särskilt ansvarig", "uppföljningen dokumenteras och återkopplas till personalen"},
    // A table row flattened to text: the label's filler is the actor, even a unit or official no pattern knows.
    {"Åtgärd 3.2 Utveckla en samordnad öppenvård för personer med samsjuklighet. Ansvarig: Individ- och familjeomsorgen. Klart: 2026.", "Individ- och familjeomsorgen", "ansvarar", "Utveckla en samordnad öppenvård för personer med samsjuklighet"},
    {"Åtgärd 4: Införa gemensam journalföring i elevhälsan. Ansvarig: verksamhetschef för elevhälsan.", "Verksamhetschefen för elevhälsan", "ansvarar", "Införa gemensam journalföring i elevhälsan"},
    // A proposal with an adverbial between the actor and its verb.
    {"Förvaltningen föreslår att kultur- och fritidsnämnden i nästa års verksamhetsplan prioriterar lovaktiviteter.", "Kultur- och fritidsnämnden", "föreslås", "prioriterar lovaktiviteter"},
    {"Förvaltningen föreslår att kultur- och fritidsnämnden hos kommunstyrelsen begär en utökad investeringsram.", "Kultur- och fritidsnämnden", "föreslås", "begär en utökad investeringsram"},
    // The tagger calls a noun after "att" a verb and a participle before its noun a finite verb; neither ends the duty.
    {"Tornby kommun ska verka för att säsongsarbetare får samma tillgång till kommunens service som andra invånare.", "Tornby kommun", "ska", "verka för att säsongsarbetare får samma tillgång till kommunens service som andra invånare"},
    {"Försäkringskassan ska under 2027 genomföra riktade informationsinsatser om bostadsbidrag i glesbygden.", "Försäkringskassan", "ska", "genomföra riktade informationsinsatser om bostadsbidrag i glesbygden"},
    // A second predicate of the same subject belongs to the duty; a modal starts a duty of its own.
    {"Kulturnämnden ansvarar för regionens del i samverkansmodellen och fördelar statliga medel till länets museer.", "Kulturnämnden", "ansvarar", "regionens del i samverkansmodellen och fördelar statliga medel till länets museer"},
    // A partner set off by commas inside the duty is passed over; the duty goes on after it.
    {"Förvaltningen anser att fritidsnämnden bör undersöka, i dialog med föreningarna, hur fler flickor kan nås av lovaktiviteterna.", "Fritidsnämnden", "bör", "undersöka hur fler flickor kan nås av lovaktiviteterna"},
    // After a preposition "var" asks where; it is no form of "vara" that ends the duty.
    {"Bostadsbolaget ska ta fram en plan för var och när de nya bostäderna kan byggas.", "Bostadsbolaget", "ska", "ta fram en plan för var och när de nya bostäderna kan byggas"},
    {"Förvaltningen anser att näringslivsenheten bör få ett samordnande ansvar, i nära dialog med föreningarna.", "Näringslivsenheten", "bör", "få ett samordnande ansvar"},
    // A distributive "var sin" is no form of "vara" either.
    {"Fritidsnämnden och kulturnämnden bör utse var sin samordnare för sommarlovet.", "Kulturnämnden", "bör", "utse var sin samordnare för sommarlovet"},
    // A delegation names its receivers one by one, the verb gapped before the second.
    {"Nämnden delegerar till enhetschefen att bevilja lovbidrag och till förvaltningschefen att teckna hyresavtal.", "Enhetschefen", "other", "bevilja lovbidrag"},
    {"Nämnden delegerar till enhetschefen att bevilja lovbidrag och till förvaltningschefen att teckna hyresavtal.", "Förvaltningschefen", "other", "teckna hyresavtal"},
    {"Fritidsnämnden har delegerat fördelningen av lovbidrag till fritidsförvaltningen.", "Fritidsförvaltningen", "other", "fördelningen av lovbidrag"},
    // A responsibility kept is held; one a company has in the genitive with its colon is too.
    {"Regionen tar över tandvårdsstödet, medan kommunen behåller ansvaret för färdtjänsten.", "Kommunen", "ansvarar", "färdtjänsten"},
    {"Det är Mälarbo AB:s ansvar att informera hyresgästerna före renoveringen.", "Mälarbo AB", "ansvarar", "informera hyresgästerna före renoveringen"},
    // A municipality's own board in the genitive stands alone, in its definite form.
    {"Hedesunda kommuns fritidsnämnd ska öppna simhallen på lördagar.", "Fritidsnämnden", "ska", "öppna simhallen på lördagar"},
    {"Kommunens trygghetssamordnare ansvarar för att sammankalla brottsförebyggande rådet.", "Trygghetssamordnaren", "ansvarar", "sammankalla brottsförebyggande rådet"},
    // A promise in a medborgarlöfte binds its giver, the verb before its subject too.
    {"I medborgarlöftet lovar lokalpolisområde Tornby att patrullera vid skolorna på fredagskvällar.", "Lokalpolisområde Tornby", "other", "patrullera vid skolorna på fredagskvällar"},
    // A second party promises its own part, the verb said once; the first party's duty ends before it.
    {"I medborgarlöftet lovar lokalpolisområde Tornby att patrullera vid skolorna och Tornby kommun att röja sly längs gångvägarna.", "Tornby kommun", "other", "röja sly längs gångvägarna"},
    {"I medborgarlöftet lovar lokalpolisområde Tornby att patrullera vid skolorna och Tornby kommun att röja sly längs gångvägarna.", "Lokalpolisområde Tornby", "other", "patrullera vid skolorna"},
    {"Nämnden åtar sig att erbjuda kurser och möjligheten att studera på distans.", "Nämnden", "other", "erbjuda kurser och möjligheten att studera på distans"},
    // A body's stated commitment is a duty it takes on, the verb before its subject too; a forecast is none.
    {"Länstrafiken Norrby kommer att utöka kvällsturerna till industriområdet från augusti.", "Länstrafiken Norrby", "other", "utöka kvällsturerna till industriområdet från augusti"},
    {"Från hösten avser Region Norrby att öppna en mottagning för unga vuxna i Ekby.", "Region Norrby", "other", "öppna en mottagning för unga vuxna i Ekby"},
    {"Fritidsnämnden kommer att behöva prioritera om bland bidragen.", "Fritidsnämnden", "", ""},
    // "står för" a task, the verb before its subject too; a cost it pays is no task.
    {"Enligt avtalet står Region Norrby för läkarinsatserna i hemsjukvården.", "Region Norrby", "ansvarar", "läkarinsatserna i hemsjukvården"},
    {"Enligt avtalet står Region Norrby för kostnaderna för hjälpmedlen.", "Region Norrby", "", ""},
    {"Norrby Brandkår står för utbildningen av krisledningsstaben.", "Norrby Brandkår", "ansvarar", "utbildningen av krisledningsstaben"},
    // A workload is no duty.
    {"Varje kurator ansvarar i dag för cirka 400 elever.", "Kurator", "", ""},
    // The means between the actor and its verb, and the occasion between the modal and the verb, are no part of the duty.
    {"Region Norrby genom vårdcentralerna svarar för att varje patient har en fast läkarkontakt.", "Region Norrby", "ansvarar", "varje patient har en fast läkarkontakt"},
    {"Krisledningsnämnden ska när en allvarlig störning inträffar besluta om prioriteringar mellan verksamheterna.", "Krisledningsnämnden", "ska", "besluta om prioriteringar mellan verksamheterna"},
    // A principal answers for what it is principal for, in a relative clause too.
    {"Fritidsnämnden, som är huvudman för fritidsgårdarna, badhuset och ishallen, föreslår nya öppettider.", "Fritidsnämnden", "ansvarar", "fritidsgårdarna, badhuset och ishallen"},
    // Where the responsibility lies, or is proposed to move, is who holds it.
    {"Ansvaret för skötseln av spåren ligger kvar hos fritidsnämnden.", "Fritidsnämnden", "ansvarar", "skötseln av spåren"},
    {"Nämnden avstyrker förslaget att flytta ansvaret för skolskjutsarna från fritidsnämnden till tekniska nämnden.", "Tekniska nämnden", "föreslås", "ansvaret för skolskjutsarna"},
    // A delegationsordning's decision and the delegate who takes it.
    {"Beslut om bidrag till studieförbund fattas av kulturnämndens arbetsutskott.", "Kulturnämndens arbetsutskott", "other", "Beslut om bidrag till studieförbund"},
    // A board proposed to decide that others take a duty gives the duty to them, not to itself.
    {"Kulturnämnden föreslås besluta att biblioteken och kulturskolan gemensamt ska ansvara för sommarlovsprogrammet.", "Kulturnämnden", "", ""},
    // A decision delegated to an official the actor patterns need not know.
    {"Beslut om färdtjänst utanför länet delegeras till färdtjänsthandläggare, medan nämnden prövar överklagandena.", "Färdtjänsthandläggaren", "other", "Beslut om färdtjänst utanför länet"},
    // A region's health care board is one board, its name written indefinite after the region too.
    {"Region Norrbys hälso- och sjukvårdsnämnd ska ta fram en plan för sommarens bemanning.", "Hälso- och sjukvårdsnämnden", "ska", "ta fram en plan för sommarens bemanning"},
    // A quantifier before the municipality that owns the actor stays with it.
    {"Respektive kommuns fritidsgård ska redovisa antalet besökare till Region Norrby.", "Respektive kommuns fritidsgård", "ska", "redovisa antalet besökare till Region Norrby"},
    // The municipality's official who serves a field takes the article on the title, not on the field.
    {"Kommunens samordnare för föreningslivet ansvarar för att bidragen betalas ut i tid.", "Samordnaren för föreningslivet", "ansvarar", "bidragen betalas ut i tid"},
    // A responsibility proposed to an actor: what it answers for.
    {"Fritidsenheten föreslås få ett särskilt ansvar för bokningen av idrottshallarna.", "Fritidsenheten", "föreslås", "bokningen av idrottshallarna"},
    // A duty laid on an official written with its article and its municipality.
    {"Det åligger den medicinskt ansvariga sjuksköterskan i respektive kommun att granska avvikelserna.", "Medicinskt ansvarig sjuksköterska", "other", "granska avvikelserna"},
    // A passive infinitive is no owner of the noun after it.
    {"Målet om att alla barn ska erbjudas förskola nära hemmet nåddes inte.", "Erbjudas förskola", "", ""},
    // A title after the gapped verb is an actor as well.
    {"Vid frånvaro ansvarar mentor för att ringa hem och rektor för att en utredning inleds.", "Mentor", "ansvarar", "ringa hem"},
    // A fronted purpose ("För att nå …") is no duty when the actor has a "för" of its own after the verb.
    {"För att nå målet ansvarar fritidsenheten för lovverksamheten.", "Fritidsenheten", "ansvarar", "lovverksamheten"},
    // The alternative the author rejects after "i stället för att" is no part of the duty.
    {"Nämnden anser att kommunstyrelsen bör räkna upp ramen, i stället för att nämnden får täcka underskottet.", "Kommunstyrelsen", "bör", "räkna upp ramen"},
    // A decision delegated: the decision is the delegate's duty, an alternative delegate after "i stället för" is none.
    {"Förvaltningen föreslår att beslut om förlängd skolskjuts delegeras till skolskjutshandläggaren i stället för till nämnden.", "Skolskjutshandläggaren", "other", "beslut om förlängd skolskjuts"},
  };

  static Stream<Arguments> cases() {
    return Stream.of(CASES).flatMap(c -> Stream.of(Arguments.of(c[0], c[1], c[2], c[3], "rules"), Arguments.of(c[0], c[1], c[2], c[3], "opennlp")));
  }

  /** The actor's duty is the verb phrase of the duty, no more and no less. */
  @ParameterizedTest(name = "{4}: {1} {2} \"{3}\"")
  @MethodSource("cases")
  void dutyIsTheVerbPhraseOfTheDuty(String sentence, String actor, String modality, String duty, String annotator) {
    List<Finding> found = FindingsTableTest.analyze(sentence, annotator.equals("rules") ? RULES : TAGGER).stream()
        .filter(f -> f.kind() == FindingKind.RESPONSIBILITY && f.actor().equals(actor)).toList();
    List<String> expected = modality.isEmpty() ? List.of() : List.of(modality + " | " + duty);
    assertEquals(expected, found.stream().map(f -> f.modality() + " | " + f.text()).toList(), found.toString());
  }

  /** A principal answers for what it is principal for, and for what follows "och svarar därmed för" too. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"rules", "opennlp"})
  void principalAnswersForWhatItIsPrincipalForAndWhatFollows(String annotator) {
    String sentence = "Fritidsnämnden är huvudman för fritidsgårdarna och svarar därmed för att personalen har rätt kompetens.";
    assertEquals(List.of("ansvarar | fritidsgårdarna", "ansvarar | personalen har rätt kompetens"), duties(sentence, "Fritidsnämnden", annotator));
  }

  /** A relative clause on a passive's agent is the agent's second duty, not part of its first. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"rules", "opennlp"})
  void relativeClauseOnAPassivesAgentIsASecondDuty(String annotator) {
    String sentence = "Samordningen hanteras av kommunledningskontoret, som också ska vara kontaktpunkt gentemot polisen.";
    assertEquals(List.of("ansvarar | hantera samordningen", "ska | vara kontaktpunkt gentemot polisen"), duties(sentence, "Kommunledningskontoret", annotator));
  }

  /** The actor's duties in the sentence, each as "modality | duty". */
  private static List<String> duties(String sentence, String actor, String annotator) {
    return FindingsTableTest.analyze(sentence, annotator.equals("rules") ? RULES : TAGGER).stream()
        .filter(f -> f.kind() == FindingKind.RESPONSIBILITY && f.actor().equals(actor))
        .map(f -> f.modality() + " | " + f.text()).toList();
  }
}
