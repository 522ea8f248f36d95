package org.govtrace.core.index;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.Finding;

/**
 * The JSON form of an {@link AnalyzedDocument} stored in the index for {@code show}, {@code trace} and
 * {@code compare}: record components by name, dates as ISO strings, a document id as its hex string. Unknown
 * fields are ignored when reading, so a field added later does not break an older reader.
 */
final class DocumentCodec {

  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

  private final JsonMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addMixIn(DocumentId.class, DocumentIdAsString.class)
          .build();

  String write(AnalyzedDocument document) {
    return writeValue(document);
  }

  AnalyzedDocument readDocument(String json) {
    try {
      return mapper.readValue(json, AnalyzedDocument.class);
    } catch (JsonProcessingException e) {
      throw corrupt(e);
    }
  }

  String writeFindings(List<Finding> findings) {
    return writeValue(findings);
  }

  List<Finding> readFindings(String json) {
    try {
      return mapper.readValue(json, FINDINGS);
    } catch (JsonProcessingException e) {
      throw corrupt(e);
    }
  }

  private String writeValue(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static GovTraceException corrupt(JsonProcessingException e) {
    return new GovTraceException(
        "The index holds a document govtrace cannot read (" + e.getOriginalMessage()
            + "); delete the index directory and run govtrace index again.", e);
  }

  /** Writes a {@link DocumentId} as its hex string and reads it back. */
  abstract static class DocumentIdAsString {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    DocumentIdAsString(String value) {}

    @JsonValue
    abstract String value();
  }
}
