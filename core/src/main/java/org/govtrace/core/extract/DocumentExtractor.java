package org.govtrace.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from a file with Apache Tika, detecting the format from the content.
 * (First cut: one page per file; per-page text, limits and failure mapping follow.)
 */
public final class DocumentExtractor {

  private final AutoDetectParser parser = new AutoDetectParser();
  private final ExtractionLimits limits;

  public DocumentExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  /** Extracts the file at {@code file}; throws {@link ExtractionException} naming the file when it cannot. */
  public Extraction extract(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return extract(in, file.toString());
    } catch (IOException e) {
      throw new ExtractionException(ExtractionFailure.UNREADABLE, file + ": cannot be read (" + e.getMessage() + "); check the path and its permissions.", e);
    }
  }

  /** Extracts a stream named {@code name}; the stream is consumed but not closed. */
  public Extraction extract(InputStream in, String name) {
    BodyContentHandler handler = new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, limits.maxCharacters()));
    Metadata metadata = new Metadata();
    try {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (IOException | SAXException | TikaException e) {
      throw new ExtractionException(ExtractionFailure.CORRUPT, name + ": could not be read (" + e.getMessage() + ").", e);
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return new Extraction(name, type == null ? "application/octet-stream" : type, List.of(handler.toString()), Map.of(), false);
  }
}
