package org.govtrace.core.lineage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.query.LineageNode;

/**
 * A corpus manifest: roles and links stated by a person where the text is not enough, in the format of the
 * bundled corpus ({@code corpus/MANIFEST-FORMAT.md}). Documents are named by file name, so a manifest stays
 * valid when the corpus folder moves. Links are the fields {@code responds_to}, {@code replaces} and
 * {@code builds_on} (a target file name or null), or a {@code links} list for other kinds:
 *
 * <pre>{@code
 * {"manifest_version": 1, "documents": [
 *   {"file": "strategi-2018.pdf", "role": "strategy", "title": "Strategi för …", "year": 2018},
 *   {"file": "handlingsplan-2025.docx", "role": "action_plan", "replaces": "strategi-2018.pdf"},
 *   {"file": "farsta-remissvar.pdf", "role": "referral_response", "issuing_body": "Farsta stadsdelsnämnd",
 *    "responds_to": "handlingsplan-2025.docx"},
 *   {"file": "plan-2026.docx", "links": [{"kind": "version_of", "target": "handlingsplan-2025.docx"}]}
 * ]}
 * }</pre>
 *
 * @param documents one entry per document the manifest speaks about
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineageManifest(List<Entry> documents) {

  /** The manifest that states nothing. */
  public static final LineageManifest EMPTY = new LineageManifest(List.of());

  /** Reads a missing list as empty and copies it, so the record is immutable. */
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
   * @param issuingBody the board it speaks for; may be null
   * @param dnr its own diary number; may be null
   * @param respondsTo the file name of the document it answers; may be null
   * @param replaces the file name of the document it replaces; may be null
   * @param buildsOn the file name of the document it builds on; may be null
   * @param links further links from this document to others
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(
      String file,
      String role,
      String title,
      int year,
      String family,
      @JsonProperty("issuing_body") String issuingBody,
      String dnr,
      @JsonProperty("responds_to") String respondsTo,
      String replaces,
      @JsonProperty("builds_on") String buildsOn,
      List<Link> links) {
    /** Reads a missing link list as empty and copies it, so the record is immutable. */
    public Entry {
      links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * Every declared link: the named fields first, then the {@code links} list, without repeats.
     *
     * @return the links
     */
    public List<Link> allLinks() {
      java.util.LinkedHashSet<Link> all = new java.util.LinkedHashSet<>();
      if (respondsTo != null) {
        all.add(new Link("responds_to", respondsTo));
      }
      if (replaces != null) {
        all.add(new Link("replaces", replaces));
      }
      if (buildsOn != null) {
        all.add(new Link("builds_on", buildsOn));
      }
      all.addAll(links);
      return List.copyOf(all);
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

  /**
   * The entry for the document read from {@code source}, matched by file name.
   *
   * @param source the file name or path a document was read from; may be null
   * @return the entry, or empty when the manifest has none for it
   */
  public Optional<Entry> entryFor(String source) {
    if (source == null) {
      return Optional.empty();
    }
    String name = LineageOrder.fileName(source);
    return documents.stream().filter(e -> e.file() != null && LineageOrder.fileName(e.file()).equals(name)).findFirst();
  }

  /**
   * Reads a manifest from a JSON file.
   *
   * @param file the manifest file (format in {@code corpus/MANIFEST-FORMAT.md})
   * @return the manifest

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
