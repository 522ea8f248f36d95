package org.govtrace.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.GovTraceException;

/**
 * The bundled sample corpus: fictional, illustrative Swedish governance documents about a made-up city's work
 * for Roma inclusion (romsk inkludering) — a 2018 strategy, the 2025 action plan (handlingsplan) that replaces
 * it, a slide deck presenting the plan, and seven referral responses (remissvar as tjänsteutlåtanden) — in PDF,
 * DOCX, PPTX, ODT, HTML and plain text,
 * with a {@value #MANIFEST} stating each document's role and links.
 *
 * <p>The documents, in manifest order:
 * <ul>
 *   <li>{@code strategi-romsk-inkludering-2018.pdf} — strategy, Kommunfullmäktige, KS 2018/412
 *   <li>{@code handlingsplan-romsk-inkludering-2025.docx} — action plan, Kommunstyrelsen, KS 2025/1034
 *   <li>{@code presentation-handlingsplan-dialogmote-2025.pptx} — presentation of the plan, Kommunstyrelsen
 *       (stadsledningskontoret), no diary number
 *   <li>{@code socialnamnden-2018-remissvar-strategi.odt} — response to the strategy, Socialnämnden
 *   <li>{@code ekdala-sdn-2018-remissvar-strategi.txt} — response to the strategy, Ekdala stadsdelsnämnd
 *       (UTF-8, wrapped lines)
 *   <li>{@code ekdala-sdn-2025-remissvar-handlingsplan.pdf} — response to the plan, Ekdala stadsdelsnämnd
 *   <li>{@code strandvik-sdn-2025-remissvar-handlingsplan.txt} — response to the plan, Strandviks
 *       stadsdelsnämnd (Windows-1252, CRLF)
 *   <li>{@code kulturnamnden-2025-remissvar-handlingsplan.html} — response to the plan, Kulturnämnden
 *   <li>{@code arbetsmarknadsnamnden-2025-remissvar-handlingsplan.docx} — response to the plan,
 *       Arbetsmarknadsnämnden
 *   <li>{@code utbildningsnamnden-2025-remissvar-handlingsplan.odt} — response to the plan,
 *       Utbildningsnämnden
 * </ul>
 * The manifest format is described in {@code corpus/MANIFEST-FORMAT.md}. Instances are immutable and
 * thread-safe; the list of documents is read from the manifest once, on construction.
 */
public final class SampleCorpus {

  /** Resource name of the manifest, alongside the documents. */
  public static final String MANIFEST = "manifest.json";

  private static final String BASE = "/org/govtrace/corpus/sample/";

  private final List<String> documents;

  /**
   * Reads the bundled manifest.
   *
   * @throws GovTraceException if the manifest is missing or unreadable (a broken build, not a user error)
   */
  public SampleCorpus() {
    this.documents = readDocumentNames();
  }

  /**
   * The bundled documents.
   *
   * @return their resource names (file names, no folder), in manifest order
   */
  public List<String> documents() {
    return documents;
  }

  /**
   * Opens one bundled document, or the manifest when {@code name} is {@value #MANIFEST}. The caller closes
   * the stream.
   *
   * @param name a document's file name, or {@value #MANIFEST}
   * @return the resource's bytes
   * @throws GovTraceException if {@code name} is neither a bundled document nor the manifest
   */
  public InputStream open(String name) {
    if (!MANIFEST.equals(name) && !documents.contains(name)) {
      throw new GovTraceException("The sample corpus has no document named '" + name
          + "'; use one of " + documents + ".");
    }
    InputStream in = SampleCorpus.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new GovTraceException("The bundled sample document " + name
          + " is missing from the govtrace-corpus jar; rebuild the project.");
    }
    return in;
  }

  /**
   * Copies every bundled document and the manifest into {@code directory}, creating it when needed and
   * overwriting files of the same names. The caller owns the directory and deletes it when done.
   *
   * @param directory where to copy them
   * @return the copied documents, in manifest order; the manifest is at {@code directory.resolve(MANIFEST)}
   * @throws GovTraceException if the directory cannot be created or written
   */
  public List<Path> copyTo(Path directory) {
    try {
      Files.createDirectories(directory);
      List<Path> copied = new ArrayList<>(documents.size());
      for (String name : documents) {
        copied.add(copy(name, directory));
      }
      copy(MANIFEST, directory);
      return List.copyOf(copied);
    } catch (IOException e) {
      throw new GovTraceException("Cannot copy the sample corpus into " + directory
          + "; check that the folder is writable.", e);
    }
  }

  private Path copy(String name, Path directory) throws IOException {
    Path target = directory.resolve(name);
    try (InputStream in = open(name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private static List<String> readDocumentNames() {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(BASE + MANIFEST)) {
      if (in == null) {
        throw new GovTraceException("The sample corpus manifest " + BASE + MANIFEST
            + " is missing from the govtrace-corpus jar; rebuild the project.");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<String> names = new ArrayList<>();
      for (JsonNode document : root.path("documents")) {
        names.add(document.path("file").asText());
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new GovTraceException("The bundled sample corpus manifest cannot be read; rebuild the project.", e);
    }
  }
}
