package org.govtrace.core.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.query.Change;

/**
 * A gold alignment of two versions (format in {@code corpus/MANIFEST-FORMAT.md}, "Alignment gold"): goal,
 * area and responsibility pairs, each labelled kept, reworded, moved, dropped or new.
 *
 * @param from the older document, resolved against the gold file's folder
 * @param to the newer document, resolved against the gold file's folder
 * @param goals goal pairs; items are sentences
 * @param areas area pairs; items are names
 * @param responsibilities responsibility pairs; items are an actor and a duty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlignmentGold(Path from, Path to, List<Pair> goals, List<Pair> areas, List<Pair> responsibilities) {

  /** Copies the lists, so the record is immutable. */
  public AlignmentGold {
    goals = List.copyOf(goals);
    areas = List.copyOf(areas);
    responsibilities = List.copyOf(responsibilities);
  }

  /**
   * One aligned pair. A side that is absent is null.
   *
   * @param from the older item: a sentence, a name, or {@code actor + "\u0000" + duty}
   * @param to the newer item, in the same form
   * @param label the change
   * @param relation {@code split} or {@code merged} when several items became one or one several; may be null
   */
  public record Pair(String from, String to, Change label, String relation) {}

  /**
   * Reads a gold alignment file; the document paths it names are resolved against its folder.
   *
   * @param file the gold file (format in {@code corpus/MANIFEST-FORMAT.md})
   * @return the gold alignment

   * @throws GovTraceException when the file cannot be read or is not a gold alignment
   */
  public static AlignmentGold read(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
      Path dir = file.toAbsolutePath().getParent();
      return new AlignmentGold(
          dir.resolve(root.path("from").asText()).normalize(),
          dir.resolve(root.path("to").asText()).normalize(),
          pairs(root.path("goals")),
          pairs(root.path("areas")),
          pairs(root.path("responsibilities")));
    } catch (IOException | RuntimeException e) {
      throw new GovTraceException(file + ": is not a readable gold alignment (" + e.getMessage() + "); check it against the alignment format.", e);
    }
  }

  private static List<Pair> pairs(JsonNode array) {
    List<Pair> pairs = new ArrayList<>();
    for (JsonNode p : array) {
      pairs.add(new Pair(item(p.get("from")), item(p.get("to")), Change.fromCode(p.path("label").asText()),
          p.hasNonNull("relation") ? p.get("relation").asText() : null));
    }
    return pairs;
  }

  private static String item(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      return node.path("actor").asText() + "\u0000" + node.path("duty").asText();
    }
    return node.asText();
  }
}
