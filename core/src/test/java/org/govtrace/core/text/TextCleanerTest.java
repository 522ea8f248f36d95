package org.govtrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.extract.Extraction;
import org.govtrace.core.ExtractionLimits;
import org.govtrace.core.extract.FixtureDocuments;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);
  private final TextCleaner cleaner = new TextCleaner();

  private DocumentText clean(String... pages) {
    DocumentText text = cleaner.clean(new Extraction("test", "text/plain", List.of(pages), Map.of(), false));
    TextInvariants.assertValid(text);
    return text;
  }

  /** Each row: raw extracted text (\n as "/") and the cleaned text it must contain. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Det handlar om utvecklings-/arbete i hela staden. | Det handlar om utvecklingsarbete i hela staden.",
        "Planerna inom MR-/programmet följs upp årligen. | Planerna inom MR-programmet följs upp årligen.",
        "Arbetsmarknads-/och socialnämnden ansvarar. | Arbetsmarknads- och socialnämnden ansvarar.",
        "Strategin gäller/2018-2022 och tydliggör/ansvaret. | Strategin gäller 2018-2022 och tydliggör ansvaret.",
        "Behandlat den/12 april. | Behandlat den 12 april.",
        "Dnr KS /2025/809 gäller. | Dnr KS 2025/809 gäller.",
        "Fyra\u00A0nya   mål\u00ADsättningar. | Fyra nya målsättningar.",
        "Sta\u0308rka arbetet. | Stärka arbetet.",
      })
  void cleansTheText(String raw, String expected) {
    DocumentText text = clean(raw.replace("/", "\n").replace("\n2025\n809", "\n2025/809"));
    assertTrue(text.text().contains(expected), text.text());
  }

  @Test
  void reflowsWrappedLinesIntoParagraphsSeparatedByABlankLine() {
    DocumentText text =
        clean(
            """
            Förvaltningen ställer sig positiv till att kontoret tagit fram ett
            förslag till handlingsplan för att främja inkludering och stärka
            invånarnas rättigheter.

            Förvaltningen vill särskilt lyfta vikten av att det tas fram
            utbildningar och material som ger stöd i nämndernas arbete.
            """);

    assertEquals(
        "Förvaltningen ställer sig positiv till att kontoret tagit fram ett förslag till handlingsplan för att "
            + "främja inkludering och stärka invånarnas rättigheter.\n\n"
            + "Förvaltningen vill särskilt lyfta vikten av att det tas fram utbildningar och material som ger stöd "
            + "i nämndernas arbete.",
        text.text());
  }

  @Test
  void readsDoubleSpacedExtractionAsWrappedLines() {
    DocumentText text =
        clean(
            "Socialförvaltningen bedömer att strategin bidrar till att stärka \n\n"
                + "stadens utvecklingsarbete med invånarnas rättigheter som \n\n"
                + "nationell minoritetsgrupp. \n\n \n\n"
                + "Socialförvaltningen föreslår att socialnämnden hänvisar till detta \n\n"
                + "tjänsteutlåtande som svar på remissen. \n\n"
                + "Remisstiden sträcker sig fram till \n\n"
                + "20 april 2018.");

    assertEquals(
        "Socialförvaltningen bedömer att strategin bidrar till att stärka stadens utvecklingsarbete med "
            + "invånarnas rättigheter som nationell minoritetsgrupp.\n\n"
            + "Socialförvaltningen föreslår att socialnämnden hänvisar till detta tjänsteutlåtande som svar på "
            + "remissen.\n\n"
            + "Remisstiden sträcker sig fram till 20 april 2018.",
        text.text());
  }

  @Test
  void putsEachListItemOnItsOwnLine() {
    DocumentText text =
        clean(
            """
            Handlingsplanen utgår från tre fokusområden. De tre fokusområdena är:
            • Kunskap och
            information
            • Välfärd och service
            - Delaktighet och inflytande
            Kunskap och information utgör grundförutsättningar för arbetet.
            """);

    assertTrue(
        text.text()
            .contains(
                "De tre fokusområdena är:\n\n• Kunskap och information\n• Välfärd och service\n"
                    + "• Delaktighet och inflytande\n\nKunskap och information"),
        text.text());
  }

  @Test
  void keepsDecisionListsNumbered() {
    DocumentText text =
        clean(
            """
            Förvaltningens förslag till beslut
            1. Stadsdelsnämnden överlämnar förvaltningens
            tjänsteutlåtande till kommunstyrelsen som svar på remissen.
            2. Paragrafen justeras omedelbart.
            """);

    assertTrue(
        text.text()
            .contains(
                "1. Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande till kommunstyrelsen som svar på "
                    + "remissen.\n2. Paragrafen justeras omedelbart."),
        text.text());
  }

  @Test
  void removesRunningHeadersFootersAndPageNumbers() {
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      pages.add(
          "Tjänsteutlåtande\nDnr NOR 2024/311\n"
              + "Avsnitt %s av planen handlar om %s.\nDet beskriver arbetet i stadens verksamheter.\nSida %d av 4\n"
                  .formatted("ABCD".charAt(page - 1), List.of("mål", "ansvar", "resurser", "uppföljning").get(page - 1), page));
    }

    DocumentText text = clean(pages.toArray(String[]::new));

    assertFalse(text.text().contains("Sida "), text.text());
    assertEquals(1, count(text.text(), "Dnr NOR 2024/311"), text.text());
    // A line repeated at the edge of every page is a running line even when it reads like a sentence.
    assertEquals(1, count(text.text(), "Det beskriver arbetet"), text.text());
    for (String topic : List.of("mål", "ansvar", "resurser", "uppföljning")) {
      assertTrue(text.text().contains("handlar om " + topic + "."), text.text());
    }
  }

  @Test
  void dropsAFooterThatCarriesThePageNumberOnEveryPage() {
    DocumentText text =
        clean(
            "Första sidans text om planen.\nNorrby stad – Tjänsteutlåtande   Sida 1 av 2\n",
            "Andra sidans text om planen.\nNorrby stad – Tjänsteutlåtande   Sida 2 av 2\n");

    assertEquals("Första sidans text om planen.\n\nAndra sidans text om planen.", text.text());
  }

  /** Under a known heading, a heading found by layout opens a subsection that the known section contains. */
  @Test
  void nestsLayoutHeadingsUnderAKnownHeading() {
    DocumentText text =
        clean(
            """
            Förvaltningens synpunkter och förslag
            Förvaltningen välkomnar planen och dess inriktning.

            Antalet resultatmål
            Förvaltningen är kritisk till antalet resultatmål som riktas till stadsdelsnämnderna.

            Bilagor
            Förslag till handlingsplan.
            """);

    List<Section> sections = text.sections();
    assertEquals(List.of(1, 2, 1), sections.stream().map(Section::level).toList());
    assertTrue(sections.get(0).span().contains(sections.get(1).span()), sections.toString());
    assertEquals("Antalet resultatmål", text.sectionAt(text.text().indexOf("Förvaltningen är kritisk")).heading());
  }

  /** A heading directly above another heading is their parent. */
  @Test
  void nestsAHeadingDirectlyAboveAnother() {
    DocumentText text =
        clean(
            """
            Inledning
            Strategin beskriver hur staden ska arbeta under perioden.

            Rättighetsområden och delmål
            Rätten till arbete och försörjning
            Många saknar en stabil förankring på arbetsmarknaden.

            Rätten till utbildning
            Skolgången präglas ofta av hög frånvaro och avbrutna studier.

            Ansvarsfördelning
            Kommunstyrelsen ansvarar för samordningen.
            """);

    assertEquals(
        List.of("Inledning/1", "Rättighetsområden och delmål/2", "Rätten till arbete och försörjning/3",
            "Rätten till utbildning/3", "Ansvarsfördelning/1"),
        text.sections().stream().map(s -> s.heading() + "/" + s.level()).toList());
  }

  @Test
  void removesPageNumberLinesInTheirCommonForms() {
    DocumentText text =
        clean(
            "Första sidans text om planen.\n2 (5)\n",
            "3\nAndra sidans text om planen.\n- 4 -\n",
            "Tredje sidans text om planen.\nSida 5 (5)\n");

    assertEquals(
        "Första sidans text om planen.\n\nAndra sidans text om planen.\n\nTredje sidans text om planen.", text.text());
  }

  @Test
  void mapsOffsetsInTheCleanedTextBackToPdfPages() {
    byte[] pdf =
        FixtureDocuments.pdf(
            List.of(
                List.of("Bakgrund", "Handlingsplanen riktar sig till samtliga nämnder och", "bolagsstyrelser i staden."),
                List.of("Förvaltningen vill lyfta fram behovet av resurser för att", "nämnderna ska kunna genomföra och"),
                List.of("uppnå intentionerna i handlingsplanen.", "Bilagor", "Förslag till handlingsplan.")));
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(pdf), "plan.pdf");

    DocumentText text = cleaner.clean(extraction);

    TextInvariants.assertValid(text);
    assertEquals(3, text.pages().size());
    assertEquals(1, text.pageAt(text.text().indexOf("bolagsstyrelser i staden")));
    assertEquals(2, text.pageAt(text.text().indexOf("behovet av resurser")));
    // The sentence runs on over the page break into one paragraph, and its end is still cited on page 3.
    assertTrue(text.text().contains("genomföra och uppnå intentionerna"), text.text());
    assertEquals(3, text.pageAt(text.text().indexOf("uppnå intentionerna")));
    assertEquals(List.of("Bakgrund", "Bilagor"), text.sections().stream().map(Section::heading).toList());
  }

  @Test
  void keepsTheParagraphsOfAWordProcessorDocument() {
    String first =
        "Förvaltningen ställer sig positiv till att kontoret tagit fram ett förslag till handlingsplan för att "
            + "främja inkludering och stärka invånarnas rättigheter i hela staden.";
    String second =
        "Förvaltningen vill särskilt lyfta vikten av att det tas fram utbildningar och material som ger stöd i "
            + "nämndernas fortsatta arbete med planen.";
    byte[] docx = FixtureDocuments.docx(List.of("Bakgrund", first, second, "Bilagor", "Förslag till handlingsplan."));
    Extraction extraction = EXTRACTOR.extract(new ByteArrayInputStream(docx), "svar.docx");

    DocumentText text = cleaner.clean(extraction);

    TextInvariants.assertValid(text);
    assertEquals("Bakgrund\n\n" + first + "\n\n" + second + "\n\nBilagor\n\nFörslag till handlingsplan.", text.text());
    assertEquals(List.of("Bakgrund", "Bilagor"), text.sections().stream().map(Section::heading).toList());
  }

  @Test
  void findsSectionsFromKnownHeadingsNumberingAndLayout() {
    DocumentText text =
        clean(
            """
            Sammanfattning
            Förvaltningen ser positivt på planen och föreslår att nämnden godkänner den.

            1 Inledning
            Planen beskriver stadens arbete under de kommande åren i stort.

            1.1 Läsanvisning för planen
            Varje kapitel inleds med en kort sammanfattning av innehållet.

            Socialnämndens ansvar
            Det är framförallt inom området social omsorg som ansvaret framkommer.

            Förvaltningens synpunkter och förslag:
            Förvaltningen anser att strategin ger goda förutsättningar.
            """);

    List<Section> sections = text.sections();
    assertEquals(
        List.of("Sammanfattning", "Inledning", "Läsanvisning för planen", "Socialnämndens ansvar",
            "Förvaltningens synpunkter och förslag"),
        sections.stream().map(Section::heading).toList());
    assertEquals(List.of(1, 1, 2, 3, 1), sections.stream().map(Section::level).toList());
    Section inledning = sections.get(1);
    assertTrue(inledning.span().of(text.text()).contains("Varje kapitel inleds"), "a level-1 section holds its subsections");
    assertEquals("Inledning", text.sectionAt(text.text().indexOf("Planen beskriver")).heading());
    assertEquals("Läsanvisning för planen", text.sectionAt(text.text().indexOf("Varje kapitel")).heading());
    assertTrue(text.text().contains("\nSocialnämndens ansvar\n"), "headings sit on their own line");
    Section synpunkter = sections.get(4);
    assertEquals(text.text().length(), synpunkter.span().end(), "the last section runs to the end");
  }

  @Test
  void recognisesTheLetterheadInTheMiddleOfTheBody() {
    DocumentText text =
        clean(
            """
            Förvaltningen bedömer att planen kan bidra till att öka kunskapen om
            inkluderande arbetssätt i stadens verksamheter och hos stadens bolag.

            Handläggare
            Anna Berg
            Telefon: 08-508 000 00
            Till
            Norrby stadsdelsnämnd
            Datum 2024-05-14
            Norrby stadsdelsförvaltning
            Tjänsteutlåtande
            Dnr NOR 2024/311
            Storgatan 12
            123 45 Norrby
            anna.berg@example.se
            Förvaltningen vill lyfta fram behovet av resurser för att nämnderna
            ska kunna genomföra planen.
            """);

    assertEquals(1, text.letterhead().size());
    Span block = text.letterhead().get(0);
    String letterhead = block.of(text.text());
    assertTrue(letterhead.startsWith("Handläggare\nAnna Berg"), letterhead);
    assertTrue(letterhead.endsWith("anna.berg@example.se"), letterhead);
    assertEquals("NOR 2024/311", text.letterheadFields().get("Dnr"));
    assertEquals("Anna Berg", text.letterheadFields().get("Handläggare"));
    assertEquals("Norrby stadsdelsnämnd", text.letterheadFields().get("Till"));
    assertEquals("2024-05-14", text.letterheadFields().get("Datum"));
    assertEquals("08-508 000 00", text.letterheadFields().get("Telefon"));
    assertEquals("anna.berg@example.se", text.letterheadFields().get("E-post"));
    int body = text.text().indexOf("Förvaltningen vill lyfta fram");
    assertFalse(text.inLetterhead(new Span(body, body + 10)), "the body after the letterhead is not letterhead");
    assertTrue(text.text().contains("bolag.\n\nHandläggare"), text.text());
  }

  /** Letterhead templates are tables; a row may hold several labels. */
  @Test
  void readsSeveralLabelsOnOneLetterheadRow() {
    DocumentText text =
        clean(
            """
            Handläggare Anna Berg Telefon 08-508 000 00
            Datum 2024-05-20 Dnr NOR 2024/311
            Till Norrby stadsdelsnämnd

            Förvaltningen välkomnar planen och föreslår att nämnden godkänner tjänsteutlåtandet.
            """);

    assertEquals("Anna Berg", text.letterheadFields().get("Handläggare"));
    assertEquals("08-508 000 00", text.letterheadFields().get("Telefon"));
    assertEquals("2024-05-20", text.letterheadFields().get("Datum"));
    assertEquals("NOR 2024/311", text.letterheadFields().get("Dnr"));
    assertEquals("Norrby stadsdelsnämnd", text.letterheadFields().get("Till"));
  }

  @Test
  void findsNoLetterheadInOrdinaryProse() {
    DocumentText text =
        clean(
            """
            Till skillnad från tidigare år ska nämnderna nu rapportera varje kvartal.
            Datum för rapporteringen meddelas av kommunstyrelsen.
            """);

    assertTrue(text.letterhead().isEmpty(), text.letterhead().toString());
  }

  @Test
  void splitsPlainTextPagesAtFormFeeds() {
    DocumentText text = clean("Första sidan om planen.\fAndra sidan om planen.");

    assertEquals(2, text.pages().size());
    assertEquals(2, text.pageAt(text.text().indexOf("Andra")));
  }

  /** Blast random strings (with the characters extraction produces) through the chain: never throws, spans hold. */
  @Test
  void keepsItsInvariantsOnRandomText() {
    Random random = new Random(42);
    String alphabet = "abcåäöABCÅÄÖ  \n\n\n-–•.:;,()/0123456789\u00A0\uF0B7\u00AD";
    for (int run = 0; run < 300; run++) {
      int pages = 1 + random.nextInt(4);
      String[] raw = new String[pages];
      for (int p = 0; p < pages; p++) {
        StringBuilder page = new StringBuilder();
        int length = random.nextInt(400);
        for (int i = 0; i < length; i++) {
          page.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        raw[p] = page.toString();
      }
      DocumentText text = clean(raw);
      assertEquals(pages, text.pages().size());
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
