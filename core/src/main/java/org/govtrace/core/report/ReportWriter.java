package org.govtrace.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.GoalChange;
import org.govtrace.core.query.KeynessRequest;
import org.govtrace.core.query.KeynessRow;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageLink;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.LinkKind;
import org.govtrace.core.query.PlanPart;
import org.govtrace.core.query.ResponseLink;
import org.govtrace.core.query.ResponseTable;
import org.govtrace.core.query.ResponsibilityChange;
import org.govtrace.core.query.ReusedPassage;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;
import org.govtrace.core.query.WordDiff;
import org.govtrace.core.trace.Corpus;
import org.govtrace.core.trace.CorpusViews;

/**
 * Writes the static report: {@code index.html} (corpus overview with lineage, concerns by board, trace
 * matrices, each strategy→plan comparison, response tables, keyness) and one page per document in which every
 * sentence has an anchor, so each cell links to its evidence, highlighted, with its page. Self-contained: styles
 * inline, no script, no network; opens from {@code file://}. All document text is escaped by {@link Html}.
 */
public final class ReportWriter {

  private static final int KEYNESS_TERMS = 15;
  private static final int KEYNESS_BOARDS = 12;

  private final CorpusViews views;
  private final String css;

  /** @param views the views the report shows */
  public ReportWriter(CorpusViews views) {
    this.views = views;
    try (InputStream in = ReportWriter.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the govtrace core jar");
      }
      this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("report.css in the govtrace core jar cannot be read", e);
    }
  }

  /**
   * Writes the report of the corpus into {@code outDir} (created if needed) and returns its {@code index.html}.
   *
   * @throws GovTraceException when the folder cannot be written
   */
  public Path write(Corpus corpus, Path outDir) {
    try {
      Files.createDirectories(outDir);
      Anchors anchors = new Anchors(corpus);
      for (AnalyzedDocument doc : corpus.documents()) {
        Files.writeString(outDir.resolve(anchors.file(doc.id().value())), documentPage(corpus, doc), StandardCharsets.UTF_8);
      }
      Path index = outDir.resolve("index.html");
      Files.writeString(index, indexPage(corpus, anchors), StandardCharsets.UTF_8);
      return index;
    } catch (IOException e) {
      throw new GovTraceException(outDir + ": the report cannot be written (" + e.getMessage() + "); choose a folder you can write to.", e);
    }
  }

  private String indexPage(Corpus corpus, Anchors anchors) {
    Html h = new Html();
    head(h, "govtrace report");
    h.element("h1", "govtrace report");
    h.element("p", corpus.documents().size() + " documents, " + corpus.lineage().links().size() + " links between them.", "class", "muted");
    h.markup("<nav><a href=\"#lineage\">Lineage</a><a href=\"#concerns\">Concerns</a><a href=\"#trace\">Trace</a>"
        + "<a href=\"#compare\">Comparisons</a><a href=\"#responses\">Responses</a><a href=\"#keyness\">Keyness</a></nav>");
    lineage(h, corpus, anchors);
    concerns(h, corpus, anchors);
    h.open("h2", "id", "trace").text("Trace matrices").close("h2");
    matrix(h, "Concepts × documents", views.trace(corpus, TraceRequest.concepts()), anchors);
    matrix(h, "Actors × documents (duties)", views.trace(corpus, TraceRequest.allActors()), anchors);
    comparisons(h, corpus, anchors);
    responses(h, corpus, anchors);
    keyness(h, corpus);
    h.markup("</body></html>\n");
    return h.toString();
  }

  private void head(Html h, String title) {
    h.markup("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">");
    h.element("title", title);
    h.markup("<style>").markup(css).markup("</style></head><body>");
  }

  private void lineage(Html h, Corpus corpus, Anchors anchors) {
    Lineage lineage = corpus.lineage();
    h.open("h2", "id", "lineage").text("Corpus and lineage").close("h2");
    h.open("table").markup("<tr><th>Document</th><th>Role</th><th>Year</th><th>Board</th><th>Responds to</th><th>Replaces / builds on</th><th>Family</th></tr>");
    for (LineageNode node : lineage.nodes()) {
      h.open("tr").open("td");
      if (node.external()) {
        h.text(node.displayName()).element("span", "not in the corpus" + (node.dnr() != null ? ", " + node.dnr() : ""), "class", "tag");
      } else {
        h.link(anchors.file(node.id()), node.displayName());
      }
      h.close("td").element("td", node.role()).element("td", node.year() == 0 ? "" : node.year()).element("td", node.issuingBody());
      h.open("td");
      lineage.answered(node.id()).ifPresent(target -> linkNode(h, lineage, anchors, target, lineage.linksFrom(node.id()).stream().filter(l -> l.kind() == LinkKind.RESPONDS_TO).findFirst().orElse(null)));
      h.close("td").open("td");
      for (LineageLink link : lineage.linksFrom(node.id())) {
        if (link.kind() != LinkKind.RESPONDS_TO) {
          h.text(link.kind().code().replace('_', ' ') + " ");
          linkNode(h, lineage, anchors, link.to(), link);
          h.markup("<br>");
        }
      }
      h.close("td").element("td", node.family()).close("tr");
    }
    h.close("table");
  }

  private static void linkNode(Html h, Lineage lineage, Anchors anchors, String id, LineageLink link) {
    String name = lineage.node(id).map(LineageNode::displayName).orElse(id);
    String title = link == null ? null : link.origin().code() + " (" + link.rule() + "): " + link.evidence();
    if (anchors.has(id)) {
      h.link(anchors.file(id), name, "title", title);
    } else {
      h.element("span", name, "title", title);
    }
    if (link != null) {
      h.element("span", link.origin().code(), "class", "tag", "title", title);
    }
  }

  private void concerns(Html h, Corpus corpus, Anchors anchors) {
    h.open("h2", "id", "concerns").text("Resource concerns by board").close("h2");
    h.open("table").markup("<tr><th>Board</th><th>Document</th><th>Concerns</th><th>Evidence</th></tr>");
    List<String> without = new ArrayList<>();
    for (AnalyzedDocument doc : corpus.documents()) {
      boolean response = corpus.lineage().answered(doc.id().value()).isPresent();
      List<Finding> concerns = doc.findings().stream().filter(f -> f.kind() == FindingKind.RESOURCE_CONCERN && f.evidence() != null).toList();
      if (concerns.isEmpty()) {
        if (response) {
          without.add(corpus.displayName(doc));
        }
        continue;
      }
      h.open("tr").element("td", Objects.requireNonNullElse(doc.profile().issuingBody(), "")).open("td").link(anchors.file(doc.id().value()), corpus.displayName(doc)).close("td");
      h.element("td", concerns.size(), "class", "n").open("td").open("ul", "class", "evidence");
      Set<Span> seen = new LinkedHashSet<>();
      for (Finding f : concerns) {
        if (seen.add(f.evidence().span())) {
          h.open("li");
          evidenceLink(h, anchors, f.evidence());
          h.close("li");
        }
      }
      h.close("ul").close("td").close("tr");
    }
    h.close("table");
    if (!without.isEmpty()) {
      h.element("p", "Responses that raise no resource concern: " + String.join(", ", without) + ".", "class", "muted");
    }
  }

  private static void evidenceLink(Html h, Anchors anchors, Evidence e) {
    h.link(anchors.href(e), "s. " + e.page());
    h.text(" " + e.sentence().replaceAll("\\s+", " "));
  }

  private static void matrix(Html h, String title, TraceMatrix matrix, Anchors anchors) {
    h.element("h3", title);
    if (matrix.rows().isEmpty()) {
      h.element("p", "Nothing to trace: no findings of these kinds.", "class", "muted");
      return;
    }
    h.open("div", "class", "wide").open("table", "class", "matrix").open("tr").element("th", "");
    for (TraceMatrix.Column c : matrix.columns()) {
      h.element("th", c.name(), "title", c.role());
    }
    h.close("tr");
    for (TraceMatrix.Row row : matrix.rows()) {
      h.open("tr").open("th").text(row.label());
      for (ConceptRelation r : row.relations()) {
        h.element("span", (r.from().equals(row.label()) ? r.relation() + " → " + r.to() : r.relation() + " ← " + r.from()), "class", "tag");
      }
      h.close("th");
      for (TraceMatrix.Cell cell : row.cells()) {
        if (cell.count() == 0 || cell.evidence().isEmpty()) {
          h.element("td", cell.count() == 0 ? "·" : cell.count(), "class", "empty");
          continue;
        }
        String tip = cell.evidence().stream().map(e -> "s. " + e.page() + ": " + e.sentence().replaceAll("\\s+", " ")).collect(Collectors.joining("\n"));
        h.open("td", "class", "cell").link(anchors.href(cell.evidence().get(0)), cell.count(), "title", tip).close("td");
      }
      h.close("tr");
    }
    h.close("table").close("div");
  }

  private void comparisons(Html h, Corpus corpus, Anchors anchors) {
    h.open("h2", "id", "compare").text("Comparisons of versions").close("h2");
    List<List<String>> pairs = corpus.lineage().versionPairs();
    if (pairs.isEmpty()) {
      h.element("p", "No document in the corpus replaces, builds on or revises another.", "class", "muted");
    }
    for (List<String> pair : pairs) {
      AnalyzedDocument a = corpus.byId(pair.get(0)).orElse(null);
      AnalyzedDocument b = corpus.byId(pair.get(1)).orElse(null);
      if (a == null || b == null) {
        continue;
      }
      Comparison c = views.compare(a, b);
      h.element("h3", corpus.displayName(a) + " → " + corpus.displayName(b));
      h.element("h4", "Concepts");
      h.open("table").markup("<tr><th>Change</th><th>Concept</th><th>Kind</th><th>Before</th><th>After</th><th>Related</th></tr>");
      for (ConceptChange cc : c.concepts()) {
        h.open("tr").element("td", cc.change().code(), "class", "change " + cc.change().code()).element("td", cc.label()).element("td", cc.kind().name().toLowerCase(Locale.ROOT));
        optionalEvidence(h, anchors, cc.before());
        optionalEvidence(h, anchors, cc.after());
        h.element("td", cc.related().stream().map(r -> r.from() + " " + r.relation() + " " + r.to()).collect(Collectors.joining("; "))).close("tr");
      }
      h.close("table");
      h.element("h4", "Responsibilities");
      h.open("table").markup("<tr><th>Change</th><th>Actor before</th><th>Actor after</th><th>Duty before</th><th>Duty after</th></tr>");
      for (ResponsibilityChange rc : c.responsibilities()) {
        h.open("tr").element("td", rc.change().code(), "class", "change " + rc.change().code()).element("td", rc.actorBefore()).element("td", rc.actorAfter());
        findingCell(h, anchors, rc.before());
        findingCell(h, anchors, rc.after());
        h.close("tr");
      }
      h.close("table");
      h.element("h4", "Goals");
      h.open("table").markup("<tr><th>Change</th><th>Before</th><th>After</th><th>Similarity</th></tr>");
      for (GoalChange gc : c.goals()) {
        h.open("tr").element("td", gc.change().code(), "class", "change " + gc.change().code());
        h.open("td");
        gc.before().forEach(f -> findingLine(h, anchors, f));
        h.close("td").open("td");
        if (!gc.diff().isEmpty()) {
          for (WordDiff d : gc.diff()) {
            String tag = switch (d.op()) {
              case EQUAL -> "span";
              case DELETE -> "del";
              case INSERT -> "ins";
            };
            h.element(tag, d.text()).text(" ");
          }
          h.markup("<br>");
          gc.after().forEach(f -> h.link(anchors.href(f.evidence()), "s. " + f.evidence().page()));
        } else {
          gc.after().forEach(f -> findingLine(h, anchors, f));
        }
        h.close("td").element("td", gc.similarity() == 0 ? "" : String.format(Locale.ROOT, "%.2f", gc.similarity()), "class", "n").close("tr");
      }
      h.close("table");
      h.element("h4", "Reused passages");
      if (c.reuse().isEmpty()) {
        h.element("p", "No passage of the later document reuses the earlier one.", "class", "muted");
      } else {
        h.open("table").markup("<tr><th>Similarity</th><th>Earlier</th><th>Later</th></tr>");
        for (ReusedPassage p : c.reuse()) {
          h.open("tr").element("td", String.format(Locale.ROOT, "%.2f", p.similarity()), "class", "n");
          h.open("td").link(anchors.href(a.id().value(), p.spanA()), "s. " + p.pageA()).text(" " + p.textA()).close("td");
          h.open("td").link(anchors.href(b.id().value(), p.spanB()), "s. " + p.pageB()).text(" " + p.textB()).close("td").close("tr");
        }
        h.close("table");
      }
    }
  }

  private static void optionalEvidence(Html h, Anchors anchors, Evidence e) {
    h.open("td");
    if (e != null) {
      h.link(anchors.href(e), "s. " + e.page(), "title", e.sentence());
    }
    h.close("td");
  }

  private static void findingCell(Html h, Anchors anchors, Finding f) {
    h.open("td");
    if (f != null) {
      findingLine(h, anchors, f);
    }
    h.close("td");
  }

  private static void findingLine(Html h, Anchors anchors, Finding f) {
    h.open("div").text(f.text() + " ");
    if (f.evidence() != null) {
      h.link(anchors.href(f.evidence()), "s. " + f.evidence().page());
    }
    h.close("div");
  }

  private void responses(Html h, Corpus corpus, Anchors anchors) {
    h.open("h2", "id", "responses").text("Responses by plan part").close("h2");
    boolean any = false;
    for (AnalyzedDocument plan : corpus.documents()) {
      List<String> ids = corpus.lineage().responsesTo(plan.id().value());
      if (ids.isEmpty()) {
        continue;
      }
      any = true;
      ResponseTable table = views.responses(corpus, plan, ids.stream().map(id -> corpus.byId(id).orElseThrow()).toList());
      h.element("h3", corpus.displayName(plan));
      Map<String, PlanPart> parts = new LinkedHashMap<>();
      table.parts().forEach(p -> parts.put(p.id(), p));
      List<String> used = new ArrayList<>();
      parts.keySet().stream().filter(id -> table.cells().stream().anyMatch(c -> id.equals(c.partId()))).forEach(used::add);
      used.add(null);
      Set<String> boards = new LinkedHashSet<>();
      table.cells().forEach(c -> boards.add(c.board()));
      h.open("table").open("tr").element("th", "Board");
      for (String id : used) {
        h.element("th", id == null ? "whole plan" : parts.get(id).label());
      }
      h.close("tr");
      for (String board : boards) {
        h.open("tr").element("th", board);
        for (String part : used) {
          List<ResponseLink> links = table.links().stream().filter(l -> l.board().equals(board) && Objects.equals(l.partId(), part)).toList();
          if (links.isEmpty()) {
            h.element("td", "·", "class", "empty");
            continue;
          }
          Map<String, Integer> stances = new TreeMap<>();
          links.forEach(l -> stances.merge(l.stance().code(), 1, Integer::sum));
          long concerns = links.stream().filter(ResponseLink::concern).count();
          String label = stances.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + (concerns > 0 ? ", " + concerns + " concern" : "");
          String tip = links.stream().map(l -> "s. " + l.evidence().page() + ": " + l.evidence().sentence()).collect(Collectors.joining("\n"));
          h.open("td", "class", "cell").link(anchors.href(links.get(0).evidence()), label, "title", tip).close("td");
        }
        h.close("tr");
      }
      h.close("table");
      h.open("details").element("summary", table.links().size() + " sentences").open("table");
      h.markup("<tr><th>Board</th><th>Part</th><th>How</th><th>Stance</th><th>Sentence</th></tr>");
      for (ResponseLink l : table.links()) {
        h.open("tr").element("td", l.board()).element("td", l.partId() == null ? "whole plan" : parts.get(l.partId()).label())
            .element("td", l.method().code()).element("td", l.stance().code() + (l.concern() ? ", concern" : "")).open("td");
        evidenceLink(h, anchors, l.evidence());
        h.close("td").close("tr");
      }
      h.close("table").close("details");
    }
    if (!any) {
      h.element("p", "No document in the corpus has responses.", "class", "muted");
    }
  }

  private void keyness(Html h, Corpus corpus) {
    h.open("h2", "id", "keyness").text("Keyness").close("h2");
    h.element("p", "Log-likelihood (G²) of each board's content-word lemmas against the rest of the corpus; raw counts beside it.", "class", "muted");
    Set<String> boards = new LinkedHashSet<>();
    corpus.documents().stream().map(d -> d.profile().issuingBody()).filter(Objects::nonNull).forEach(boards::add);
    int shown = 0;
    for (String board : boards) {
      if (shown++ >= KEYNESS_BOARDS) {
        break;
      }
      List<KeynessRow> rows;
      try {
        rows = views.keyness(corpus, new KeynessRequest(board, null, null, KEYNESS_TERMS, 2));
      } catch (GovTraceException e) {
        continue; // a board that is the whole corpus has nothing to be contrasted with
      }
      h.element("h3", board);
      h.open("table").markup("<tr><th>Term</th><th>G²</th><th>Board</th><th>Rest</th></tr>");
      for (KeynessRow r : rows) {
        h.open("tr").element("td", r.term()).element("td", String.format(Locale.ROOT, "%.2f", r.logLikelihood()), "class", "n")
            .element("td", r.targetCount(), "class", "n").element("td", r.referenceCount(), "class", "n").close("tr");
      }
      h.close("table");
    }
  }

  private String documentPage(Corpus corpus, AnalyzedDocument doc) {
    Html h = new Html();
    head(h, corpus.displayName(doc));
    h.markup("<p><a href=\"index.html\">← report</a></p>");
    h.element("h1", corpus.displayName(doc));
    h.element("p", String.join(" · ", List.of(
        Objects.requireNonNullElse(doc.source(), ""),
        doc.profile().type() == null ? "" : doc.profile().type().code(),
        Objects.requireNonNullElse(doc.profile().ownDnr(), ""),
        doc.truncated() ? "truncated at the size limit" : "")).replaceAll("( · )+$", ""), "class", "muted");
    Map<Integer, List<Finding>> findings = new HashMap<>();
    for (Finding f : doc.findings()) {
      if (f.evidence() != null) {
        Sentence s = sentenceAt(doc, f.evidence().span());
        if (s != null) {
          findings.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(f);
        }
      }
    }
    h.open("div", "class", "doc");
    int page = -1;
    boolean open = false;
    for (Sentence s : doc.sentences()) {
      if (s.page() != page) {
        if (open) {
          h.close("p");
        }
        page = s.page();
        h.element("div", "Sida " + page, "class", "page", "id", "p-" + page);
        h.open("p");
        open = true;
      }
      List<Finding> here = findings.getOrDefault(s.index(), List.of());
      h.open("span", "class", here.isEmpty() ? "s" : "s finding", "id", "s-" + s.index(), "data-page", String.valueOf(s.page()), "title", "sida " + s.page());
      h.text(s.text().replaceAll("\\s+", " "));
      for (String kind : here.stream().map(f -> f.kind().name().toLowerCase(Locale.ROOT) + (f.actor() != null ? ": " + f.actor() : "")).distinct().toList()) {
        h.element("span", kind, "class", "tag");
      }
      h.close("span").text(" ");
    }
    if (open) {
      h.close("p");
    }
    h.close("div").markup("</body></html>\n");
    return h.toString();
  }

  static Sentence sentenceAt(AnalyzedDocument doc, Span span) {
    for (Sentence s : doc.sentences()) {
      if (s.span().overlaps(span) || s.span().contains(span.start())) {
        return s;
      }
    }
    return null;
  }

  /** File names of document pages and anchors of their sentences. */
  private static final class Anchors {
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, AnalyzedDocument> docs = new HashMap<>();

    Anchors(Corpus corpus) {
      for (AnalyzedDocument d : corpus.documents()) {
        files.put(d.id().value(), "doc-" + d.id().shortForm() + ".html");
        docs.put(d.id().value(), d);
      }
    }

    boolean has(String id) {
      return files.containsKey(id);
    }

    String file(String id) {
      return files.getOrDefault(id, "index.html");
    }

    String href(Evidence e) {
      return href(e.documentId(), e.span());
    }

    String href(String documentId, Span span) {
      AnalyzedDocument doc = docs.get(documentId);
      if (doc == null) {
        return "index.html";
      }
      Sentence s = sentenceAt(doc, span);
      return file(documentId) + (s == null ? "" : "#s-" + s.index());
    }
  }
}
