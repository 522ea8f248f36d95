package org.govtrace.cli;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.govtrace.core.model.DocumentId;

/**
 * Writes the facade's records as indented JSON: record components by name, dates as ISO strings, document ids
 * and paths as strings, enum constants as lower-case codes ({@code referral_response}, {@code kept}) so every
 * command speaks the vocabulary of the gold format. The shapes are documented in the README and kept stable.
 */
final class JsonOutput {

  private final JsonMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
          .addMixIn(DocumentId.class, DocumentIdAsString.class)
          .build();

  void write(PrintWriter out, Object value) {
    try {
      out.println(mapper.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes a {@link DocumentId} as its hex string. */
  abstract static class DocumentIdAsString {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    DocumentIdAsString(String value) {}

    @JsonValue
    abstract String value();
  }
}
