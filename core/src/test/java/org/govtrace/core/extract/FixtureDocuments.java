package org.govtrace.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes small real documents in every format govtrace reads, for tests and benchmarks: each goes through Tika's
 * real parsers. Lines of a PDF page are drawn one under the other as a word processor would lay them out, so the
 * extracted text has the line ends, hyphenation and repeated headers that cleaning must handle.
 */
public final class FixtureDocuments {

  private FixtureDocuments() {}

  /** A PDF with one page per list of lines, in Helvetica (WinAnsi: å, ä, ö, é, –). */
  public static byte[] pdf(List<List<String>> pages) {
    return pdf(pages, null);
  }

  /** A PDF as {@link #pdf(List)}, encrypted so that it opens only with {@code password}. */
  public static byte[] encryptedPdf(List<List<String>> pages, String password) {
    return pdf(pages, password);
  }

  private static byte[] pdf(List<List<String>> pages, String password) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(14);
          content.newLineAtOffset(60, 780);
          for (String line : lines) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX with one paragraph per string. */
  public static byte[] docx(List<String> paragraphs) {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PPTX with one slide per list of lines (the first line in a title box, the rest in a body box). */
  public static byte[] pptx(List<List<String>> slides) {
    try (XMLSlideShow show = new XMLSlideShow()) {
      for (List<String> lines : slides) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox title = slide.createTextBox();
        title.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 20, 600, 60));
        title.setText(lines.get(0));
        if (lines.size() > 1) {
          XSLFTextBox body = slide.createTextBox();
          body.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 100, 600, 300));
          body.setText(String.join("\n", lines.subList(1, lines.size())));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An ODT (OpenDocument text) with one paragraph per string, written as the ODF package format prescribes; a
   * string starting with "# " is a heading.
   */
  public static byte[] odt(List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      if (paragraph.startsWith("# ")) {
        body.append("<text:h text:outline-level=\"1\">").append(escapeXml(paragraph.substring(2))).append("</text:h>");
      } else {
        body.append("<text:p>").append(escapeXml(paragraph)).append("</text:p>");
      }
    }
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      // ODF requires "mimetype" first and stored uncompressed, which is how detection recognises the package.
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An RTF document with one paragraph per string; non-ASCII letters as RTF Unicode escapes. */
  public static byte[] rtf(List<String> paragraphs) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ");
    for (String paragraph : paragraphs) {
      for (char c : paragraph.toCharArray()) {
        if (c == '\\' || c == '{' || c == '}') {
          rtf.append('\\').append(c);
        } else if (c > 127) {
          rtf.append("\\u").append((int) c).append('?');
        } else {
          rtf.append(c);
        }
      }
      rtf.append("\\par\n");
    }
    return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** An HTML page with a title and one paragraph per string, in UTF-8. */
  public static byte[] html(String title, List<String> paragraphs) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>")
            .append(escapeXml(title))
            .append("</title></head><body>\n<h1>")
            .append(escapeXml(title))
            .append("</h1>\n");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(escapeXml(paragraph)).append("</p>\n");
    }
    return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Plain text in the given encoding, lines joined by {@code \n}. */
  public static byte[] text(List<String> lines, Charset charset) {
    return (String.join("\n", lines) + "\n").getBytes(charset);
  }

  /**
   * A DOCX whose document part inflates from a few kilobytes to {@code megabytes} of one repeated character: the
   * shape of a zip bomb.
   */
  public static byte[] zipBombDocx(int megabytes) {
    byte[] valid = docx(List.of("Kort text."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          zip.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                      + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] chunk = new byte[1 << 20];
          java.util.Arrays.fill(chunk, (byte) 'a');
          for (int i = 0; i < megabytes; i++) {
            zip.write(chunk);
          }
          zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
