package org.govtrace.core.lineage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.govtrace.core.GovTraceException;

/**
 * A corpus manifest: roles and links stated by a person where the text is not enough. Documents are named by
 * file name, so a manifest stays valid when the corpus folder moves.
 *
 * <pre>{@code
 * {"documents": [
 *   {"file": "strategi-2018.pdf", "role": "strategy", "family": "Romsk inkludering"},
 *   {"file": "handlingsplan-2025.pdf", "role": "action_plan",
 *    "links": [{"kind": "replaces", "target": "strategi-2018.pdf"}]},
 *   {"file": "farsta-remissvar.pdf", "role": "referral_response",
 *    "links": [{"kind": "responds_to", "target": "handlingsplan-2025.pdf"}]}
 * ]}
 * }</pre>
 *
 * @param documents one entry per document the manifest speaks about
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineageManifest(List<Entry> documents) {

  /** The manifest that states nothing. */
  public static final LineageManifest EMPTY = new LineageManifest(List.of());

  public LineageManifest {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /**
   * One document in the manifest.
   *
   * @param file the file name (a path is allowed; only its last part is matched)
   * @param role a document type code such as {@code strategy}, {@code action_plan}, {@code referral_response}
   * @param title the title, when the text does not give it; may be null
   * @param year the year, when the text does not give it; 0 when not stated
   * @param family the family (strategy line) the document belongs to; may be null
   * @param links the links from this document to others
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(String file, String role, String title, int year, String family, List<Link> links) {
    public Entry {
      links = links == null ? List.of() : List.copyOf(links);
    }
  }

  /**
   * A declared link.
   *
   * @param kind {@code responds_to}, {@code replaces}, {@code builds_on} or {@code version_of}
   * @param target the file name of the document linked to
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Link(String kind, String target) {}

  /** The entry for the document read from {@code source}, matched by file name. */
  public Optional<Entry> entryFor(String source) {
    if (source == null) {
      return Optional.empty();
    }
    String name = LineageNode.fileName(source);
    return documents.stream().filter(e -> e.file() != null && LineageNode.fileName(e.file()).equals(name)).findFirst();
  }

  /**
   * Reads a manifest from a JSON file.
   *
   * @throws GovTraceException when the file cannot be read or is not a manifest
   */
  public static LineageManifest read(Path file) {
    try {
      return new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readValue(Files.readAllBytes(file), LineageManifest.class);
    } catch (IOException e) {
      throw new GovTraceException(
          file + ": is not a readable manifest (" + e.getMessage().lines().findFirst().orElse("") + "); check it against the manifest format in the README.", e);
    }
  }
}
