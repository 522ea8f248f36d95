package org.govtrace.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.extract.Extraction;
import org.govtrace.core.ExtractionLimits;
import org.govtrace.core.extract.FixtureDocuments;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.text.TextCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Profiles of fictional documents written for these tests, in the genres of DOMAIN.md. */
class DocumentProfilerTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);
  private final TextCleaner cleaner = new TextCleaner();
  private final DocumentProfiler profiler = new DocumentProfiler();

  private DocumentProfile profile(String text) {
    return profiler.profile(cleaner.clean(new Extraction("test.txt", "text/plain", List.of(text), Map.of(), false)), "test.txt");
  }

  /** A two-page PDF tjänsteutlåtande whose letterhead lands after page 1's paragraphs, as PDF extraction puts it. */
  @Test
  void profilesADistrictResponseWithItsLetterheadInTheBody() {
    byte[] pdf =
        FixtureDocuments.pdf(
            List.of(
                List.of(
                    "Program för ökad tillgänglighet, KS",
                    "2024/1020. Remiss",
                    "",
                    "Svar på remiss från kommunstyrelsen.",
                    "Förvaltningens förslag till beslut",
                    "1. Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande",
                    "till kommunstyrelsen som svar på remissen.",
                    "Sammanfattning",
                    "Norrby stadsdelsförvaltning ställer sig bakom programmets inriktning",
                    "och ser positivt på att arbetet med tillgänglighet samordnas.",
                    "Handläggare",
                    "Anna Berg",
                    "Telefon: 08-508 000 00",
                    "Till",
                    "Norrby stadsdelsnämnd",
                    "2024-06-12",
                    "Norrby stadsdelsförvaltning",
                    "Tjänsteutlåtande",
                    "Dnr NOR 2024/311",
                    "2024-05-20",
                    "Sida 1 (2)"),
                List.of(
                    "Tjänsteutlåtande",
                    "Dnr NOR 2024/311",
                    "Bakgrund",
                    "Programmet bygger vidare på stadens tidigare plan (Dnr KS",
                    "2019/455). Nämnden har fått programmet på remiss för yttrande",
                    "senast den 14 juni.",
                    "Förvaltningens synpunkter och förslag",
                    "Norrby stadsdelsförvaltning anser att programmet är väl avvägt.",
                    "Sida 2 (2)")));
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(pdf), "norrby.pdf");

    DocumentProfile profile = profiler.profile(cleaner.clean(extraction), "norrby.pdf", extraction.mediaType());

    assertEquals(DocumentType.REFERRAL_RESPONSE, profile.type());
    assertEquals("Norrby stadsdelsnämnd", profile.issuingBody());
    assertEquals("Norrby stadsdelsförvaltning", profile.authoringOffice());
    assertEquals("NOR 2024/311", profile.ownDnr());
    assertEquals(List.of("KS 2024/1020", "KS 2019/455"), profile.referencedDnrs());
    assertEquals(
        List.of(LocalDate.parse("2024-06-12"), LocalDate.parse("2024-05-20"), LocalDate.parse("2024-06-14")),
        profile.dates());
    assertEquals("Program för ökad tillgänglighet", profile.respondsTo());
  }

  @Test
  void readsTheTitleBelowALetterheadAtTheTopOfThePage() {
    DocumentProfile profile =
        profile(
            """
            Norrby stadsdelsförvaltning
            Avdelningen för stadsutveckling
            Tjänsteutlåtande
            Dnr NOR 2024/311
            Sida 1 (3)
            2024-05-20
            Handläggare
            Anna Berg
            Telefon 08-508 000 00
            Till
            Norrby stadsdelsnämnd

            Program för ökad tillgänglighet. Remiss
            Förvaltningens förslag till beslut
            1. Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande som svar på
            remissen.
            """);

    assertEquals("Program för ökad tillgänglighet. Remiss", profile.title());
    assertEquals("Program för ökad tillgänglighet", profile.respondsTo());
    assertEquals("NOR 2024/311", profile.ownDnr());
    assertEquals("Norrby stadsdelsnämnd", profile.issuingBody());
    assertEquals("Norrby stadsdelsförvaltning", profile.authoringOffice());
    assertEquals(List.of(LocalDate.parse("2024-05-20")), profile.dates());
  }

  @Test
  void profilesASpecialistOfficeResponseWithoutLetterhead() {
    DocumentProfile profile =
        profile(
            """
            Sammanfattning
            Utbildningsförvaltningen bedömer att planen stärker arbetet i skolan.

            Bakgrund
            Kommunstyrelsen har remitterat ärendet till utbildningsnämnden. Remisstiden går ut den 3 mars 2023.

            Förvaltningens synpunkter och förslag
            Utbildningsförvaltningen ser positivt på planen.
            Förvaltningen föreslår att utbildningsnämnden beslutar att godkänna tjänsteutlåtandet som svar på
            remissen om stadens plan för skolans digitalisering.
            """);

    assertEquals(DocumentType.REFERRAL_RESPONSE, profile.type());
    assertEquals("Utbildningsnämnden", profile.issuingBody());
    assertEquals("Utbildningsförvaltningen", profile.authoringOffice());
    assertNull(profile.ownDnr());
    assertEquals(List.of(LocalDate.parse("2023-03-03")), profile.dates());
    assertEquals("Stadens plan för skolans digitalisering", profile.respondsTo());
  }

  /** A title line before a letterhead that PDF extraction put in the middle of the first page. */
  @Test
  void readsWhatAResponseAnswersFromATitleAboveAMidTextLetterhead() {
    byte[] pdf =
        FixtureDocuments.pdf(
            List.of(
                List.of(
                    "Yttrande över förslag till handlingsplan för trygga bostadsområden",
                    "",
                    "Sammanfattning",
                    "Individ- och familjeförvaltningen ställer sig bakom planens inriktning men anser",
                    "att uppföljningen bör förenklas.",
                    "Handläggare",
                    "Karin Ek",
                    "Telefon: 018-727 00 00",
                    "Till",
                    "Individ- och familjenämnden",
                    "2025-03-04",
                    "Individ- och familjeförvaltningen",
                    "Tjänsteutlåtande",
                    "Dnr IFN 2025/77",
                    "Sida 1 (1)")));
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(pdf), "ifn.pdf");

    DocumentProfile profile = profiler.profile(cleaner.clean(extraction), "ifn.pdf", extraction.mediaType());

    assertEquals(DocumentType.REFERRAL_RESPONSE, profile.type());
    assertEquals("Förslag till handlingsplan för trygga bostadsområden", profile.respondsTo());
    assertEquals("Individ- och familjenämnden", profile.issuingBody());
  }

  /** A board whose name joins two fields ("X- och Y-nämnden", "X samt Y- och Z-nämnden") is one issuing body. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "individ- och familjeförvaltningen | individ- och familjenämnden | Individ- och familjenämnden",
        "äldre samt vård- och omsorgsförvaltningen | äldre samt vård- och omsorgsnämnden | Äldre samt vård- och omsorgsnämnden",
        "miljö- och klimatförvaltningen | miljö- och klimatnämnden | Miljö- och klimatnämnden",
        "förvaltningen för arbetsmarknad och vuxenutbildning | nämnden för arbetsmarknad och vuxenutbildning | Nämnden för arbetsmarknad och vuxenutbildning",
      })
  void keepsAPairedBoardNameWhole(String office, String board, String expected) {
    DocumentProfile profile =
        profile(
            """
            Förvaltningens synpunkter
            Förvaltningen ser positivt på att planen lyfter det förebyggande arbetet. %s anser dock att
            uppföljningen bör samordnas med den ordinarie verksamhetsplaneringen.
            Förvaltningen föreslår att %s beslutar att godkänna tjänsteutlåtandet som svar på remissen.
            """.formatted(GenericBoardResolver.capitalise(office), board));

    assertEquals(expected, profile.issuingBody());
  }

  /** Two boards joined by "samt" stay two: the first is not the start of the second's name. */
  @Test
  void doesNotGlueABoardToTheNextOneBySamt() {
    DocumentProfile profile =
        profile(
            """
            Förvaltningens synpunkter
            Socialförvaltningen samt kultur- och fritidsförvaltningen har tagit fram ett gemensamt underlag.
            Socialförvaltningen anser att planen är väl avvägd. Socialförvaltningen bedömer att uppföljningen
            bör förenklas.
            """);

    assertEquals("Socialförvaltningen", profile.authoringOffice());
    assertEquals("Socialnämnden", profile.issuingBody());
  }

  /** The office in the author's own voice wins over the office that wrote the plan, though that one is named more. */
  @Test
  void tellsTheAuthoringOfficeByItsOwnVoice() {
    DocumentProfile profile =
        profile(
            """
            Bakgrund
            Stadsledningskontoret har tagit fram planen. Stadsledningskontoret ansvarar för uppföljningen och
            stadsledningskontoret samordnar arbetet med nämnderna.

            Förvaltningens synpunkter
            Socialförvaltningen bedömer att planen är väl avvägd. Socialförvaltningen anser dock att
            uppföljningen bör förenklas.
            """);

    assertEquals("Socialförvaltningen", profile.authoringOffice());
    assertEquals("Socialnämnden", profile.issuingBody());
  }

  @Test
  void readsTheOwnNumberOfAnotherMunicipalitysStatement() {
    DocumentProfile profile =
        profile(
            """
            Dnr KS/2019:123
            Yttrande över regional handlingsplan för ökad trygghet
            Kommunstyrelsen har tagit del av remissen och lämnar följande yttrande.
            Kommunen tillstyrker planen, som bygger på länsstyrelsens uppdrag (Dnr 2018/1234).
            """);

    assertEquals(DocumentType.REFERRAL_RESPONSE, profile.type());
    assertEquals("KS/2019:123", profile.ownDnr());
    assertEquals("Kommunstyrelsen", profile.issuingBody());
    assertEquals("Yttrande över regional handlingsplan för ökad trygghet", profile.title());
    assertEquals(List.of("2018/1234"), profile.referencedDnrs());
    assertEquals("Regional handlingsplan för ökad trygghet", profile.respondsTo());
  }

  /** The genre from the title when the document answers no remiss. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Handlingsplan för ett jämställt Norrby 2025–2028 | ACTION_PLAN",
        "Strategi för minskad ensamhet 2024–2027 | STRATEGY",
        "Program för mänskliga rättigheter | STRATEGY",
        "Årsrapport 2024 för arbetet mot diskriminering | REPORT",
        "Uppföljning av stadens plan för trygghet | REPORT",
        "Protokollsutdrag från nämndens sammanträde | OTHER",
      })
  void tellsTheGenreFromTheTitle(String title, DocumentType type) {
    DocumentProfile profile =
        profile(title + "\n\nInledning\nDokumentet beskriver stadens arbete och hur det följs upp varje år.\n");

    assertEquals(type, profile.type());
    assertEquals(title, profile.title());
    assertNull(profile.respondsTo());
  }

  /** A plan that tells how its own remiss went is still a plan. */
  @Test
  void keepsAPlanThatReportsItsOwnRemissAPlan() {
    DocumentProfile profile =
        profile(
            """
            Handlingsplan för ökad trygghet 2025–2028

            Inledning
            Planen har varit på remiss hos nämnderna. Remissvaren har beaktats och flera nämnder lämnade synpunkter
            som svar på remissen om målens antal.
            """);

    assertEquals(DocumentType.ACTION_PLAN, profile.type());
    assertNull(profile.respondsTo());
  }

  /** The referred document's title from the response's own title. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Svar på remiss om handlingsplan för ökad trygghet | Handlingsplan för ökad trygghet",
        "Remiss av Stockholms stads program för tillgänglighet, KS 2024/55 | Stockholms stads program för tillgänglighet",
        "Yttrande över betänkandet En ny socialtjänstlag (SOU 2020:47) | Betänkandet En ny socialtjänstlag",
        "Strategi för minskad ensamhet. Remiss | Strategi för minskad ensamhet",
        "Remissvar – Riktlinjer för bostadsförsörjning | Riktlinjer för bostadsförsörjning",
        "Plan för ökad trygghet – svar på remiss från kommunstyrelsen | Plan för ökad trygghet",
        "Yttrande över förslag till handlingsplan för äldres hälsa | Förslag till handlingsplan för äldres hälsa",
        "Svar på remiss om förslaget till klimatstrategi från kommunstyrelsen | Förslaget till klimatstrategi",
      })
  void readsWhatAResponseAnswersFromItsTitle(String title, String respondsTo) {
    DocumentProfile profile =
        profile(title + "\n\nSammanfattning\nFörvaltningen ställer sig bakom förslaget i remissen.\n");

    assertEquals(DocumentType.REFERRAL_RESPONSE, profile.type());
    assertEquals(respondsTo, profile.respondsTo());
  }

  /** A steering document's cover: running header, adoption, the office that wrote it. */
  @Test
  void profilesAStrategyFromItsCover() {
    DocumentProfile profile =
        profile(
            """
            Norrby stad • Strategi för ökad trygghet 2024–2027 • Dnr KS 2024/88

            Strategi för ökad trygghet i Norrby 2024–2027

            Antagen av kommunfullmäktige den 3 juni 2024.

            Framtagen av stadsledningskontoret på uppdrag av kommunstyrelsen.

            Inledning
            Strategin bygger på stadens tidigare program (Dnr KS 2019/12) och gäller i fyra år.
            """);

    assertEquals(DocumentType.STRATEGY, profile.type());
    assertEquals("Strategi för ökad trygghet 2024–2027", profile.title());
    assertEquals("Kommunfullmäktige", profile.issuingBody());
    assertEquals("Stadsledningskontoret", profile.authoringOffice());
    assertEquals("KS 2024/88", profile.ownDnr());
    assertEquals(List.of("KS 2019/12"), profile.referencedDnrs());
    assertEquals(List.of(LocalDate.parse("2024-06-03")), profile.dates());
  }

  /** A title that is also the first heading, and a referral number cited under it. */
  @Test
  void readsATitleThatIsAlsoTheFirstHeading() {
    DocumentProfile profile =
        profile(
            """
            Yttrande över program för ökad trygghet

            Svar på remiss från kommunstyrelsen, Dnr KS 2024/88.

            Sammanfattning
            Kulturförvaltningen ställer sig bakom programmet och föreslår att kulturnämnden beslutar att godkänna
            tjänsteutlåtandet.
            """);

    assertEquals("Yttrande över program för ökad trygghet", profile.title());
    assertEquals("Program för ökad trygghet", profile.respondsTo());
    assertNull(profile.ownDnr());
    assertEquals(List.of("KS 2024/88"), profile.referencedDnrs());
    assertEquals("Kulturnämnden", profile.issuingBody());
    assertEquals("Kulturförvaltningen", profile.authoringOffice());
  }

  @Test
  void callsASlideDeckAPresentation() {
    byte[] pptx =
        FixtureDocuments.pptx(
            List.of(
                List.of("Handlingsplan för romsk inkludering", "• Kunskap och information"),
                List.of("Fokusområden", "• Välfärd och service", "• Delaktighet och inflytande")));
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(pptx), "bilder.pptx");

    DocumentProfile profile = profiler.profile(cleaner.clean(extraction), "bilder.pptx", extraction.mediaType());

    assertEquals(DocumentType.PRESENTATION, profile.type());
  }

  /** Without the media type, a deck is known by its shape: pages of short lines that are not sentences. */
  @Test
  void knowsASlideDeckByItsShape() {
    byte[] pptx =
        FixtureDocuments.pptx(
            List.of(
                List.of("Handlingsplan för inkludering – dialogmöte", "Stadsledningskontoret"),
                List.of("Varför en ny plan?", "Strategin har löpt ut", "Nya behov"),
                List.of("Tre fokusområden", "Kunskap och information", "Välfärd och service", "Delaktighet"),
                List.of("Tidplan", "Remiss i september", "Beslut i kommunfullmäktige")));
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(pptx), "bilder.pptx");

    DocumentProfile profile = profiler.profile(cleaner.clean(extraction), "bilder.pptx");

    assertEquals(DocumentType.PRESENTATION, profile.type());
    assertEquals("Stadsledningskontoret", profile.authoringOffice());
    assertEquals("Kommunstyrelsen", profile.issuingBody());
  }
}
