package org.govtrace.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import java.awt.geom.Rectangle2D;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Generator of the bundled sample corpus: renders each {@link CorpusSource} under
 * {@code src/test/resources/corpus-source/} into the real format its {@code @format} names (PDF with PDFBox,
 * DOCX and PPTX with Apache POI, ODT, HTML and plain text by hand).
 *
 * <p>Run it through {@code SampleCorpusWriterTest} with {@code -Dgovtrace.regenerateSample=true}, or directly
 * with {@code main(sourceDir, outputDir)}. Output is deterministic where the libraries allow it (no creation
 * dates, fixed PDF identifiers, fixed ODT entry times), so a regeneration shows up in {@code git diff} only
 * when a source changed.
 */
final class SampleCorpusWriter {

  private static final float MARGIN = 64f;
  private static final String VOWELS = "aeiouyåäö";
  private static final float BODY_SIZE = 10.5f;
  private static final float SMALL_SIZE = 8f;
  private static final long FIXED_TIME = new GregorianCalendar(2026, Calendar.JANUARY, 1).getTimeInMillis();

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("Usage: SampleCorpusWriter SOURCE_DIR OUTPUT_DIR");
    }
    new SampleCorpusWriter().writeAll(Path.of(args[0]), Path.of(args[1]));
  }

  /** Renders every {@code *.txt} source in {@code sourceDir} into {@code outputDir}; returns the written files. */
  List<Path> writeAll(Path sourceDir, Path outputDir) {
    try (Stream<Path> files = Files.list(sourceDir)) {
      Files.createDirectories(outputDir);
      List<Path> written = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        CorpusSource source = CorpusSource.read(file);
        Path target = outputDir.resolve(source.name() + "." + source.format());
        Files.write(target, render(source));
        written.add(target);
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the sample corpus to " + outputDir + "; check the folder.", e);
    }
  }

  byte[] render(CorpusSource source) throws IOException {
    return switch (source.format()) {
      case "pdf" -> renderPdf(source);
      case "docx" -> renderDocx(source);
      case "odt" -> renderOdt(source);
      case "html" -> renderHtml(source).getBytes(StandardCharsets.UTF_8);
      case "txt" -> renderText(source);
      case "pptx" -> renderPptx(source);
      default -> throw new IllegalArgumentException(
          "Corpus source " + source.name() + " has unknown @format " + source.format() + "; use pdf, docx, odt, html, txt or pptx.");
    };
  }

  // ---------------------------------------------------------------- plain text

  private byte[] renderText(CorpusSource source) {
    int wrap = Integer.parseInt(source.meta().getOrDefault("wrap", "0"));
    boolean auto = "auto".equals(source.meta().get("hyphenate"));
    String newline = "crlf".equals(source.meta().get("newline")) ? "\r\n" : "\n";
    Charset charset = Charset.forName(source.meta().getOrDefault("encoding", "utf-8"));
    List<String> lines = new ArrayList<>(source.letterhead());
    if (!lines.isEmpty()) {
      lines.add("");
    }
    for (CorpusSource.Block block : source.blocks()) {
      switch (block) {
        case CorpusSource.Heading h -> {
          lines.add(CorpusSource.plain(h.text()));
        }
        case CorpusSource.Paragraph p -> lines.addAll(wrap(p.text(), wrap, "", auto));
        case CorpusSource.ListItem item -> lines.addAll(wrap(item.text(), wrap,
            item.number() == 0 ? "• " : item.number() + ". ", auto));
        case CorpusSource.PageBreak ignored -> {
          continue;
        }
      }
      lines.add("");
    }
    return (String.join(newline, lines).strip() + newline).getBytes(charset);
  }

  private static List<String> wrap(String text, int width, String prefix, boolean auto) {
    if (width <= 0) {
      return List.of(prefix + CorpusSource.plain(text));
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(prefix);
    String indent = " ".repeat(prefix.length());
    for (String raw : text.split(" ")) {
      String word = CorpusSource.plain(raw);
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        String[] split = hyphenate(raw);
        int room = width - line.length() - 1;
        if (split == null && auto) {
          split = syllableBreak(word, head -> head.length() <= room);
        }
        if (split != null && split[0].length() <= room) {
          lines.add(line + " " + split[0]);
          line = new StringBuilder(indent).append(split[1]);
          continue;
        }
        lines.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length() && !line.toString().equals(prefix)) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  // ---------------------------------------------------------------- HTML

  private String renderHtml(CorpusSource source) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(source.title())).append("</title>\n</head>\n<body>\n");
    if (!source.letterhead().isEmpty()) {
      html.append("<div class=\"brevhuvud\">\n");
      for (String line : source.letterhead()) {
        html.append("<p>").append(escape(line)).append("</p>\n");
      }
      html.append("</div>\n");
    }
    html.append("<main>\n");
    String openList = null;
    for (CorpusSource.Block block : source.blocks()) {
      // Decision lists keep their numbers as text ("1. Nämnden godkänner …"), as municipal web pages do.
      String listTag = block instanceof CorpusSource.ListItem item && item.number() == 0 ? "ul" : null;
      if (openList != null && !openList.equals(listTag)) {
        html.append("</").append(openList).append(">\n");
        openList = null;
      }
      switch (block) {
        case CorpusSource.Heading h -> html.append("<h").append(h.level()).append('>')
            .append(escape(CorpusSource.plain(h.text()))).append("</h").append(h.level()).append(">\n");
        case CorpusSource.Paragraph p -> html.append("<p>").append(escape(CorpusSource.plain(p.text()))).append("</p>\n");
        case CorpusSource.ListItem item when item.number() > 0 -> html.append("<p>").append(item.number())
            .append(". ").append(escape(CorpusSource.plain(item.text()))).append("</p>\n");
        case CorpusSource.ListItem item -> {
          if (openList == null) {
            openList = listTag;
            html.append('<').append(listTag).append(">\n");
          }
          html.append("<li>").append(escape(CorpusSource.plain(item.text()))).append("</li>\n");
        }
        case CorpusSource.PageBreak ignored -> {
        }
      }
    }
    if (openList != null) {
      html.append("</").append(openList).append(">\n");
    }
    html.append("</main>\n<footer><p>Illustrativt exempel – fiktivt dokument skrivet för govtrace.</p></footer>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  // ---------------------------------------------------------------- ODT

  private byte[] renderOdt(CorpusSource source) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String line : source.letterhead()) {
      body.append("<text:p text:style-name=\"Brevhuvud\">").append(escape(line)).append("</text:p>");
    }
    boolean inList = false;
    for (CorpusSource.Block block : source.blocks()) {
      if (inList && !(block instanceof CorpusSource.ListItem)) {
        body.append("</text:list>");
        inList = false;
      }
      switch (block) {
        case CorpusSource.Heading h -> body.append("<text:h text:outline-level=\"").append(h.level()).append("\">")
            .append(escape(CorpusSource.plain(h.text()))).append("</text:h>");
        case CorpusSource.Paragraph p -> body.append("<text:p>").append(escape(CorpusSource.plain(p.text()))).append("</text:p>");
        case CorpusSource.ListItem item -> {
          if (!inList) {
            body.append("<text:list>");
            inList = true;
          }
          String text = item.number() == 0 ? item.text() : item.number() + ". " + item.text();
          body.append("<text:list-item><text:p>").append(escape(CorpusSource.plain(text))).append("</text:p></text:list-item>");
        }
        case CorpusSource.PageBreak ignored -> {
        }
      }
    }
    if (inList) {
      body.append("</text:list>");
    }
    String content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">\
        <office:automatic-styles><style:style style:name="Brevhuvud" style:family="paragraph">\
        <style:text-properties fo:font-size="8pt"/></style:style></office:automatic-styles>\
        <office:body><office:text>%s</office:text></office:body></office:document-content>
        """.formatted(body);
    String meta = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>\
        <dc:title>%s</dc:title><dc:language>sv-SE</dc:language></office:meta></office:document-meta>
        """.formatted(escape(source.title()));
    String manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // ODF requires "mimetype" first and stored uncompressed, so content sniffing can read it at a fixed offset.
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      first.setTime(FIXED_TIME);
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      putDeflated(zip, "content.xml", content);
      putDeflated(zip, "meta.xml", meta);
      putDeflated(zip, "META-INF/manifest.xml", manifest);
    }
    return bytes.toByteArray();
  }

  private static void putDeflated(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    zip.putNextEntry(entry);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  // ---------------------------------------------------------------- PPTX

  /** One slide per level-1 heading: the heading as title, list items as bullets, paragraphs as plain lines. */
  private byte[] renderPptx(CorpusSource source) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      show.getProperties().getCoreProperties().setTitle(source.title());
      XSLFTextBox body = null;
      for (CorpusSource.Block block : source.blocks()) {
        switch (block) {
          case CorpusSource.Heading h -> {
            XSLFSlide slide = show.createSlide();
            XSLFTextBox title = slide.createTextBox();
            title.setAnchor(new Rectangle2D.Double(40, 30, 640, 60));
            XSLFTextRun run = title.addNewTextParagraph().addNewTextRun();
            run.setText(CorpusSource.plain(h.text()));
            run.setFontSize(26.0);
            run.setBold(true);
            body = slide.createTextBox();
            body.setAnchor(new Rectangle2D.Double(50, 110, 620, 340));
            if (source.meta().containsKey("footer")) {
              XSLFTextBox footer = slide.createTextBox();
              footer.setAnchor(new Rectangle2D.Double(40, 500, 640, 24));
              XSLFTextRun footerRun = footer.addNewTextParagraph().addNewTextRun();
              footerRun.setText(source.meta().get("footer"));
              footerRun.setFontSize(10.0);
            }
          }
          case CorpusSource.ListItem item -> {
            XSLFTextParagraph paragraph = requireSlide(body, source).addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.addNewTextRun().setText(CorpusSource.plain(item.text()));
          }
          case CorpusSource.Paragraph p ->
              requireSlide(body, source).addNewTextParagraph().addNewTextRun().setText(CorpusSource.plain(p.text()));
          case CorpusSource.PageBreak ignored -> {
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      show.write(bytes);
      return withFixedEntryTimes(bytes.toByteArray());
    }
  }

  private static XSLFTextBox requireSlide(XSLFTextBox body, CorpusSource source) {
    if (body == null) {
      throw new IllegalArgumentException("Corpus source " + source.name() + " has text before its first slide heading.");
    }
    return body;
  }

  // ---------------------------------------------------------------- DOCX

  private byte[] renderDocx(CorpusSource source) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      addHeadingStyle(styles, "Heading1", "heading 1", 0);
      addHeadingStyle(styles, "Heading2", "heading 2", 1);
      doc.getProperties().getCoreProperties().setTitle(source.title());
      setNoCreationDate(doc);
      if (source.meta().containsKey("header")) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(source.meta().get("header"));
      }
      if (source.meta().containsKey("footer")) {
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(source.meta().get("footer"));
      }
      for (String line : source.letterhead()) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontSize(8);
        run.setText(line);
      }
      for (CorpusSource.Block block : source.blocks()) {
        switch (block) {
          case CorpusSource.Heading h -> {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setStyle(h.level() == 1 ? "Heading1" : "Heading2");
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setFontSize(h.level() == 1 ? 15 : 12);
            run.setText(CorpusSource.plain(h.text()));
          }
          case CorpusSource.Paragraph p -> doc.createParagraph().createRun().setText(CorpusSource.plain(p.text()));
          case CorpusSource.ListItem item -> {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setIndentationLeft(360);
            String marker = item.number() == 0 ? "• " : item.number() + ". ";
            paragraph.createRun().setText(marker + CorpusSource.plain(item.text()));
          }
          case CorpusSource.PageBreak ignored -> doc.createParagraph().setPageBreak(true);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      return withFixedEntryTimes(bytes.toByteArray());
    }
  }

  /** POI stamps zip entries with the current time; rewriting them keeps regeneration diff-free. */
  private static byte[] withFixedEntryTimes(byte[] zipBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void setNoCreationDate(XWPFDocument doc) {
    try {
      doc.getProperties().getCoreProperties().setCreated((String) null);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("POI rejected an empty creation date", e);
    }
  }

  private static void addHeadingStyle(XWPFStyles styles, String id, String name, int outlineLevel) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    styles.addStyle(new XWPFStyle(style));
  }

  // ---------------------------------------------------------------- PDF

  /** One line laid out but not yet placed: font, size, x, text and the space above it. */
  private record Line(PDFont font, float size, float x, String text, float gapBefore) {
  }

  /** One line placed on a page at height {@code y}. */
  private record PlacedLine(PDFont font, float size, float x, float y, String text) {
  }

  private byte[] renderPdf(CorpusSource source) throws IOException {
    boolean auto = "auto".equals(source.meta().get("hyphenate"));
    PDRectangle a4 = PDRectangle.A4;
    float width = a4.getWidth() - 2 * MARGIN;
    float top = a4.getHeight() - MARGIN - 14;
    float bottom = MARGIN + 20;
    // Lay out first, so the footer can say "Sida 2 av 4".
    List<List<PlacedLine>> pages = new ArrayList<>();
    List<PlacedLine> page = new ArrayList<>();
    pages.add(page);
    float firstPageTop = source.letterhead().isEmpty() ? top : top - 11 * (letterheadRows(source.letterhead()) + 2);
    float y = firstPageTop;
    for (CorpusSource.Block block : source.blocks()) {
      List<Line> lines = switch (block) {
        case CorpusSource.Heading h -> layout(h.text(), bold, h.level() == 1 ? 13f : 11.5f, MARGIN, width, 10f, false);
        case CorpusSource.Paragraph p -> layout(p.text(), regular, BODY_SIZE, MARGIN, width, 5f, auto);
        case CorpusSource.ListItem item -> layoutItem(item, width, auto);
        case CorpusSource.PageBreak ignored -> null;
      };
      if (lines == null) {
        page = new ArrayList<>();
        pages.add(page);
        y = top;
        continue;
      }
      for (Line line : lines) {
        float step = line.gapBefore() + line.size() * 1.35f;
        if (y - step < bottom) {
          page = new ArrayList<>();
          pages.add(page);
          y = top;
          line = new Line(line.font(), line.size(), line.x(), line.text(), 0f);
          step = line.size() * 1.35f;
        }
        y -= step;
        page.add(new PlacedLine(line.font(), line.size(), line.x(), y, line.text()));
      }
    }
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(source.title());
      doc.setDocumentInformation(info);
      String header = source.meta().getOrDefault("header", source.title());
      String footer = source.meta().getOrDefault("footer", "");
      for (int i = 0; i < pages.size(); i++) {
        PDPage pdfPage = new PDPage(a4);
        doc.addPage(pdfPage);
        try (PDPageContentStream out = new PDPageContentStream(doc, pdfPage)) {
          show(out, regular, SMALL_SIZE, MARGIN, a4.getHeight() - MARGIN + 10, header);
          for (PlacedLine line : pages.get(i)) {
            show(out, line.font(), line.size(), line.x(), line.y(), line.text());
          }
          // Real letterheads sit in a box to the right; drawn after the body, extraction finds them mid-text.
          if (i == 0 && !source.letterhead().isEmpty()) {
            drawLetterhead(out, source.letterhead(), a4, top);
          }
          String pageLine = (footer.isEmpty() ? "" : footer + "   ") + "Sida " + (i + 1) + " av " + pages.size();
          show(out, regular, SMALL_SIZE, MARGIN, MARGIN - 10, pageLine);
        }
      }
      byte[] id = source.name().getBytes(StandardCharsets.UTF_8);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static int letterheadRows(List<String> letterhead) {
    int split = letterhead.indexOf("Handläggare");
    int half = split < 0 ? (letterhead.size() + 1) / 2 : split;
    return Math.max(half, letterhead.size() - half);
  }

  private void drawLetterhead(PDPageContentStream out, List<String> letterhead, PDRectangle a4, float top)
      throws IOException {
    // Office, document kind, Dnr and date on the left; Handläggare, Telefon and Till on the right.
    int split = letterhead.indexOf("Handläggare");
    int half = split < 0 ? (letterhead.size() + 1) / 2 : split;
    float columnWidth = (a4.getWidth() - 2 * MARGIN) / 2;
    for (int i = 0; i < letterhead.size(); i++) {
      float x = MARGIN + (i < half ? 0 : columnWidth);
      float y = top - 11 * ((i < half ? i : i - half) + 1);
      show(out, regular, 8.5f, x, y, letterhead.get(i));
    }
  }

  private void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }

  private List<Line> layoutItem(CorpusSource.ListItem item, float width, boolean auto) {
    String marker = item.number() == 0 ? "•" : item.number() + ".";
    List<Line> lines = layout(item.text(), regular, BODY_SIZE, MARGIN + 16, width - 16, 3f, auto);
    List<Line> withMarker = new ArrayList<>();
    Line first = lines.get(0);
    withMarker.add(new Line(first.font(), first.size(), MARGIN + 2, marker + "  " + first.text(), first.gapBefore()));
    withMarker.addAll(lines.subList(1, lines.size()));
    return withMarker;
  }

  /** Greedy line breaking; a word with a {@code ~} mark is hyphenated there when it does not fit. */
  private static List<Line> layout(String text, PDFont font, float size, float x, float width, float gapBefore,
      boolean autoHyphenate) {
    List<Line> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String plainWord = CorpusSource.plain(word);
      String candidate = line.isEmpty() ? plainWord : line + " " + plainWord;
      if (widthOf(font, size, candidate) <= width || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      String[] split = hyphenate(word);
      if (split == null && autoHyphenate) {
        split = syllableBreak(plainWord, head -> widthOf(font, size, line + " " + head) <= width);
      }
      if (split != null) {
        String head = line + " " + split[0];
        if (widthOf(font, size, head) <= width) {
          lines.add(new Line(font, size, x, head, lines.isEmpty() ? gapBefore : 0f));
          line.setLength(0);
          line.append(split[1]);
          continue;
        }
      }
      lines.add(new Line(font, size, x, line.toString(), lines.isEmpty() ? gapBefore : 0f));
      line.setLength(0);
      line.append(plainWord);
    }
    lines.add(new Line(font, size, x, line.toString(), lines.isEmpty() ? gapBefore : 0f));
    return lines;
  }

  /**
   * Where a word that does not fit may break: at a {@code ~} mark with an added hyphen
   * ({@code utvecklings-|arbete}), or after a hyphen of its own ({@code MR-|programmet}); null when nowhere.
   */
  private static String[] hyphenate(String word) {
    int mark = word.indexOf('~');
    if (mark > 0) {
      return new String[] {CorpusSource.plain(word.substring(0, mark)) + "-", CorpusSource.plain(word.substring(mark + 1))};
    }
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && hyphen < word.length() - 1 && Character.isLetter(word.charAt(hyphen + 1))) {
      return new String[] {word.substring(0, hyphen + 1), word.substring(hyphen + 1)};
    }
    return null;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static float widthOf(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A typesetter's break for a long word without marks: the rightmost consonant–vowel syllable start that
   * leaves at least four letters on each side and whose head (with its hyphen) still fits.
   */
  private static String[] syllableBreak(String word, java.util.function.Predicate<String> fits) {
    if (word.length() < 10 || !word.chars().limit(word.length() - 1).allMatch(Character::isLetter)) {
      return null;
    }
    for (int i = word.length() - 5; i >= 4; i--) {
      if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i + 1)) && !isVowel(word.charAt(i - 1))
          && fits.test(word.substring(0, i) + "-")) {
        return new String[] {word.substring(0, i) + "-", word.substring(i)};
      }
    }
    return null;
  }
}
