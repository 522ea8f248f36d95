package org.govtrace.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a generated corpus of referral responses for the benchmark: Swedish sentences assembled from the
 * genre's building blocks with a seeded random generator, in PDF, DOCX, ODT, HTML and plain text by turns.
 * Nothing it writes is checked in; the same seed gives the same text.
 */
final class SyntheticCorpus {

  private static final String[] FORMATS = {"pdf", "docx", "odt", "html", "txt"};
  private static final String[] DISTRICTS = {
    "Norrby", "Söderås", "Västerdal", "Östermalmsdal", "Kvarnby", "Ängsvik", "Bergsjö", "Hagalund", "Lövsta", "Åkerby"
  };
  private static final String[] BOARDS = {
    "Socialnämnden", "Utbildningsnämnden", "Kulturnämnden", "Arbetsmarknadsnämnden", "Idrottsnämnden"
  };
  private static final String[] OPENERS = {
    "Förvaltningen anser att", "Förvaltningen bedömer att", "Nämnden ser positivt på att", "Förvaltningen vill lyfta fram att",
    "Enligt handlingsplanen ska", "Förvaltningen saknar en beskrivning av hur", "Det är förvaltningens uppfattning att"
  };
  private static final String[] CLAUSES = {
    "arbetet med romsk inkludering behöver förankras i ordinarie verksamhet",
    "stadsdelsnämnderna får ett särskilt ansvar för uppföljningen av resultatmålen",
    "det finns ett behov av ytterligare resurser för att genomföra åtgärderna",
    "uppdragen ska rymmas inom befintlig budgetram",
    "samverkan med civilsamhällets organisationer stärker förtroendet för staden",
    "brobyggarverksamheten är en viktig resurs för att nå barn och unga",
    "kunskapshöjande insatser för medarbetare bör prioriteras under planperioden",
    "målgruppens delaktighet och inflytande behöver tydliggöras i handlingsplanen",
    "antalet resultatmål är stort i förhållande till förvaltningens kapacitet",
    "det är svårt att rekrytera personal med rätt kompetens"
  };
  private static final String[] HEADINGS = {"Sammanfattning", "Bakgrund", "Ärendet", "Förvaltningens synpunkter och förslag"};

  private final Random random;

  SyntheticCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code count} documents into {@code directory} and returns their paths. */
  List<Path> write(Path directory, int count) {
    List<Path> files = new ArrayList<>(count);
    try {
      Files.createDirectories(directory);
      for (int i = 0; i < count; i++) {
        String format = FORMATS[i % FORMATS.length];
        Path file = directory.resolve(String.format("remissvar-%05d.%s", i, format));
        List<String> paragraphs = response(i);
        switch (format) {
          case "pdf" -> writePdf(file, paragraphs);
          case "docx" -> writeDocx(file, paragraphs);
          case "odt" -> writeOdt(file, paragraphs);
          case "html" -> writeHtml(file, paragraphs);
          default -> Files.writeString(file, String.join("\n\n", paragraphs), StandardCharsets.UTF_8);
        }
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the benchmark corpus under " + directory, e);
    }
    return files;
  }

  private List<String> response(int number) {
    String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(district + " stadsdelsförvaltning");
    paragraphs.add("Dnr " + district.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + " 2025/" + (100 + number));
    paragraphs.add(String.format("Datum 2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
    paragraphs.add("Svar på remiss av handlingsplan för romsk inkludering");
    for (String heading : HEADINGS) {
      paragraphs.add(heading);
      int sentences = 3 + random.nextInt(6);
      StringBuilder paragraph = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        String opener = OPENERS[random.nextInt(OPENERS.length)];
        if (opener.startsWith("Enligt")) {
          opener = opener + " " + BOARDS[random.nextInt(BOARDS.length)].toLowerCase(java.util.Locale.ROOT) + " se till att";
        }
        paragraph.append(opener).append(' ').append(CLAUSES[random.nextInt(CLAUSES.length)]).append(". ");
      }
      paragraphs.add(paragraph.toString().strip());
    }
    return paragraphs;
  }

  private static void writePdf(Path file, List<String> paragraphs) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> lines = new ArrayList<>();
      for (String paragraph : paragraphs) {
        lines.addAll(wrap(paragraph, 90));
        lines.add("");
      }
      int perPage = 45;
      for (int first = 0; first < lines.size(); first += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(14);
          content.newLineAtOffset(60, 780);
          for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(file.toFile());
    }
  }

  private static void writeDocx(Path file, List<String> paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
    }
  }

  private static void writeOdt(Path file, List<String> paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<text:p>").append(escapeXml(paragraph)).append("</text:p>");
    }
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry stored = new ZipEntry("mimetype");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void writeHtml(Path file, List<String> paragraphs) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Remissvar</title></head><body>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(escapeXml(paragraph)).append("</p>\n");
    }
    Files.writeString(file, html.append("</body></html>"), StandardCharsets.UTF_8);
  }

  private static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
