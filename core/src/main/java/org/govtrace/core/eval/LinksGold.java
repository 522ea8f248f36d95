package org.govtrace.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govtrace.core.GovTraceException;

/**
 * A gold set of response links (format in {@code corpus/MANIFEST-FORMAT.md}, "Links gold"): every sentence of
 * the responses (remissvar) that carries a stance, concern or proposal, with the part of the plan it comments
 * on.
 *
 * @param plan the plan, resolved against the gold file's folder
 * @param links the gold links
 */
record LinksGold(Path plan, List<Link> links) {

  /** Copies the list, so the record is immutable. */
  LinksGold {
    links = List.copyOf(links);
  }

  /** What a response sentence comments on. */
  enum TargetKind {
    GOAL, AREA, SECTION, PLAN;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One gold link.
   *
   * @param response the response, resolved against the gold file's folder
   * @param sentence the sentence quoted from the response
   * @param kind what it comments on
   * @param target the goal sentence, area name or section heading of the plan; null for the plan as a whole
   */
  record Link(Path response, String sentence, TargetKind kind, String target) {}

  /** The responses the gold names, in order of first mention. */
  List<Path> responses() {
    return links.stream().map(Link::response).distinct().toList();
  }

  /**
   * Reads a links gold file; the paths it names are resolved against its folder.
   *
   * @param file the gold file
   * @return the gold links
   * @throws GovTraceException when the file cannot be read or does not follow the links format
   */
  static LinksGold read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new GovTraceException(file + ": is not a readable links gold (" + e.getMessage().lines().findFirst().orElse("") + "); check the path and the JSON.", e);
    }
    Path dir = file.toAbsolutePath().getParent();
    if (!root.isObject() || !root.hasNonNull("plan") || !root.path("links").isArray()) {
      throw new GovTraceException(file + ": a links gold needs 'plan' and a 'links' array; see the links format in corpus/MANIFEST-FORMAT.md.");
    }
    List<Link> links = new ArrayList<>();
    int i = 0;
    for (JsonNode link : root.get("links")) {
      String where = file + ": link " + i++;
      String response = link.path("response").asText("");
      String sentence = link.path("sentence").asText("");
      if (response.isBlank() || sentence.isBlank()) {
        throw new GovTraceException(where + " needs a 'response' path and a 'sentence'; fix the gold file.");
      }
      TargetKind kind;
      try {
        kind = TargetKind.valueOf(link.path("target_kind").asText("").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new GovTraceException(where + " has target_kind '" + link.path("target_kind").asText("") + "'; use goal, area, section or plan.", e);
      }
      String target = link.hasNonNull("target") ? link.get("target").asText() : null;
      if (kind != TargetKind.PLAN && (target == null || target.isBlank())) {
        throw new GovTraceException(where + " links to a " + kind.code() + " but names no 'target'; quote the goal, area or heading.");
      }
      links.add(new Link(dir.resolve(response).normalize(), sentence, kind, kind == TargetKind.PLAN ? null : target));
    }
    return new LinksGold(dir.resolve(root.get("plan").asText()).normalize(), links);
  }
}
