package org.govtrace.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Text and metadata of a document as Tika's real parsers see it, with the type detected from content. */
record TikaText(String text, Metadata metadata) {

  private static final AutoDetectParser PARSER = new AutoDetectParser();

  static TikaText parse(byte[] bytes) {
    return parse(new ByteArrayInputStream(bytes));
  }

  static TikaText parse(InputStream in) {
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    try (in) {
      PARSER.parse(in, handler, metadata, new ParseContext());
    } catch (IOException | SAXException | TikaException e) {
      throw new IllegalStateException("Tika could not parse a sample document: " + e.getMessage(), e);
    }
    return new TikaText(handler.toString(), metadata);
  }

  String contentType() {
    return metadata.get(Metadata.CONTENT_TYPE);
  }
}
