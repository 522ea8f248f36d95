package org.govtrace.core.trace;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.NoSuchConceptException;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;

/**
 * Builds trace matrices: concepts (resolved through their thesaurus labels and relations) or actors against
 * the documents of a corpus in lineage order.
 */
final class TraceMatrixBuilder {

  static final Set<FindingKind> CONCEPT_KINDS = Set.of(FindingKind.RIGHTS_AREA, FindingKind.FOCUS_AREA, FindingKind.TARGET_GROUP);

  private final List<ConceptRelation> relations;

  /**
   * A builder showing the given relations beside the rows.
   *
   * @param relations thesaurus relations between concepts of different versions
   */
  public TraceMatrixBuilder(List<ConceptRelation> relations) {
    this.relations = List.copyOf(relations);
  }

  /**
   * The matrix the request asks for.
   *
   * @param corpus the documents with their graph
   * @param request what to put on the rows, and which documents
   * @return the matrix
   */

  public TraceMatrix build(Corpus corpus, TraceRequest request) {
    List<AnalyzedDocument> docs = new ArrayList<>();
    List<TraceMatrix.Column> columns = new ArrayList<>();
    List<LineageNode> nodes = request.family() == null ? corpus.lineage().nodes() : corpus.lineage().family(request.family());
    for (LineageNode node : nodes) {
      corpus.byId(node.id()).ifPresent(d -> {
        docs.add(d);
        columns.add(new TraceMatrix.Column(node.id(), node.displayName(), node.role(), node.year(), corpus.lineage().answered(node.id()).orElse(null)));
      });
    }
    Map<String, FindingKind> kinds = new LinkedHashMap<>();
    Map<String, List<List<Finding>>> cells = new LinkedHashMap<>();
    // "stadsdelsnämnderna" and "Stadsdelsnämnderna" are one actor: rows meet case-insensitively, first form shown.
    Map<String, String> spelling = new LinkedHashMap<>();
    for (int c = 0; c < docs.size(); c++) {
      for (Finding f : docs.get(c).findings()) {
        String written = rowKey(f, request);
        if (written == null) {
          continue;
        }
        String key = spelling.computeIfAbsent(written.toLowerCase(Locale.ROOT), k -> written);
        kinds.putIfAbsent(key, f.kind());
        List<List<Finding>> row = cells.computeIfAbsent(key, k -> emptyRow(docs.size()));
        row.get(c).add(f);
      }
    }
    Set<String> wanted = selectRows(cells.keySet(), cells, request);
    List<TraceMatrix.Row> rows = new ArrayList<>();
    for (String key : wanted) {
      List<TraceMatrix.Cell> row = new ArrayList<>();
      for (List<Finding> findings : cells.get(key)) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : findings) {
          if (f.evidence() != null && seen.add(f.evidence().span() + "|" + f.text())) {
            evidence.add(f.evidence());
            details.add(f.text());
          }
        }
        row.add(new TraceMatrix.Cell(findings.size(), evidence, details));
      }
      List<ConceptRelation> related = request.actors() ? List.of() : relations.stream().filter(r -> r.from().equals(key) || r.to().equals(key)).toList();
      rows.add(new TraceMatrix.Row(key, kinds.get(key), row, related));
    }
    return new TraceMatrix(columns, rows);
  }

  private static List<List<Finding>> emptyRow(int size) {
    List<List<Finding>> row = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      row.add(new ArrayList<>());
    }
    return row;
  }

  private static String rowKey(Finding f, TraceRequest request) {
    if (request.actors()) {
      boolean kindOk = request.kind() == null ? f.kind() == FindingKind.RESPONSIBILITY : f.kind() == request.kind();
      return kindOk && f.actor() != null && !f.actor().isBlank() ? f.actor() : null;
    }
    boolean kindOk = request.kind() == null ? CONCEPT_KINDS.contains(f.kind()) : f.kind() == request.kind();
    return kindOk && f.label() != null ? f.label() : null;
  }

  // A concept asked for by name brings the concepts the thesaurus relates to it: the 2018 rights area and the
  // 2025 focus area that continues it are traced side by side.
  private Set<String> selectRows(Set<String> keys, Map<String, List<List<Finding>>> cells, TraceRequest request) {
    String filter = request.actors() ? request.actor() : request.concept();
    if (filter == null || filter.isBlank()) {
      return keys;
    }
    String wanted = fold(filter);
    Set<String> matched = new LinkedHashSet<>();
    for (String key : keys) {
      boolean byLabel = fold(key).contains(wanted);
      boolean byText = cells.get(key).stream().flatMap(List::stream).anyMatch(f -> f.text() != null && fold(f.text()).contains(wanted));
      if (byLabel || byText) {
        matched.add(key);
      }
    }
    if (!request.actors()) {
      for (String key : List.copyOf(matched)) {
        for (ConceptRelation r : relations) {
          if (r.from().equals(key) && keys.contains(r.to())) {
            matched.add(r.to());
          }
          if (r.to().equals(key) && keys.contains(r.from())) {
            matched.add(r.from());
          }
        }
      }
    }
    if (matched.isEmpty()) {
      throw noMatch(filter, keys, request);
    }
    Set<String> ordered = new LinkedHashSet<>();
    keys.stream().filter(matched::contains).forEach(ordered::add);
    return ordered;
  }

  private static NoSuchConceptException noMatch(String filter, Set<String> keys, TraceRequest request) {
    String what = request.actors() ? "actor" : "concept";
    String listing = request.actors() ? "govtrace trace --actors" : "govtrace trace";
    String examples = keys.isEmpty()
        ? "the documents name none"
        : "it has, for example, " + String.join(", ", keys.stream().limit(4).toList());
    return new NoSuchConceptException("No " + what + " in the indexed documents matches '" + filter + "' (" + examples
        + "); run " + listing + " to see them all.");
  }

  /** Lower case without diacritics, with every non-letter as a dash: "Välfärd och service" meets "valfard-och-service". */
  static String fold(String text) {
    String noMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return noMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
