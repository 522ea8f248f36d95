package org.govtrace.core.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.compare.DocumentComparator;
import org.govtrace.core.lineage.LineageInference;
import org.govtrace.core.lineage.LineageManifest;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.KeynessRequest;
import org.govtrace.core.query.KeynessRow;
import org.govtrace.core.query.KwicLine;
import org.govtrace.core.query.KwicRequest;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.ResponseTable;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;

/**
 * The views over a corpus that never re-run extraction or NLP: lineage, trace matrices, comparison of two
 * versions, responses to a plan, keyness and KWIC. Each call reads the documents once from its source (the
 * index); a caller that wants several views of one state reads a {@link Corpus} once and passes it on.
 * Thread-safe; built once.
 */
public final class CorpusViews implements AutoCloseable {

  private final Supplier<List<AnalyzedDocument>> documents;
  private final Supplier<LineageManifest> manifest;
  private final List<ConceptRelation> relations;
  private final ContentLemmas lemmas = new ContentLemmas();
  private final LineageInference inference = new LineageInference();
  private final DocumentComparator comparator;
  private final TraceMatrixBuilder matrices;
  private final ResponseLinker linker;
  private final Keyness keyness;
  private final Kwic kwic = new Kwic();

  /**
   * Views over the documents the supplier gives, read afresh for each view.
   *
   * @param documents every analysed document of the corpus (read from the index)
   * @param manifest the manifest stated at index time; {@link LineageManifest#EMPTY} when none
   * @param relations thesaurus relations between concepts of different versions
   */
  public CorpusViews(Supplier<List<AnalyzedDocument>> documents, Supplier<LineageManifest> manifest, List<ConceptRelation> relations) {
    this.documents = documents;
    this.manifest = manifest;
    this.relations = List.copyOf(relations);
    this.comparator = new DocumentComparator(lemmas, this.relations);
    this.matrices = new TraceMatrixBuilder(this.relations);
    this.linker = new ResponseLinker(lemmas);
    this.keyness = new Keyness(lemmas);
  }

  /**
   * Reads the documents and infers their lineage: one consistent state for several views.
   *
   * @return the documents in lineage order with their graph
   */
  public Corpus corpus() {
    List<AnalyzedDocument> docs = documents.get();
    LineageManifest stated = manifest.get();
    Path found = null;
    if (stated.documents().isEmpty()) {
      // A corpus folder may carry its manifest.json beside the files, as the bundled sample does.
      for (AnalyzedDocument d : docs) {
        Path beside = d.source() == null ? null : Path.of(d.source()).resolveSibling("manifest.json");
        if (beside != null && Files.isRegularFile(beside)) {
          found = beside.toAbsolutePath().normalize();
          stated = LineageManifest.read(beside);
          break;
        }
      }
    }
    Path manifestFile = found;
    // The manifest itself, if it was indexed with the folder, is not a document of the corpus.
    List<AnalyzedDocument> corpus = manifestFile == null ? docs
        : docs.stream().filter(d -> !Path.of(d.source()).toAbsolutePath().normalize().equals(manifestFile)).toList();
    return new Corpus(corpus, inference.infer(corpus, stated));
  }

  /**
   * The thesaurus relations the views show.
   *
   * @return the relations
   */
  public List<ConceptRelation> relations() {
    return relations;
  }

  /**
   * The document graph.
   *
   * @return the lineage of the documents read now
   */
  public Lineage lineage() {
    return corpus().lineage();
  }

  /**
   * The trace matrix the request asks for.
   *
   * @param corpus the documents with their graph
   * @param request what to put on the rows, and which documents
   * @return the matrix
   */
  public TraceMatrix trace(Corpus corpus, TraceRequest request) {
    return matrices.build(corpus, request);
  }

  /**
   * What changed from document {@code a} to document {@code b}, each named by id, file name or title.
   *
   * @param corpus the documents with their graph
   * @param a the earlier document's name
   * @param b the later document's name
   * @return the changes
   * @throws GovTraceException when a name matches no document or several
   */
  public Comparison compare(Corpus corpus, String a, String b) {
    return compare(corpus.find(a), corpus.find(b));
  }

  /**
   * What changed from {@code a} to {@code b}.
   *
   * @param a the earlier document
   * @param b the later document
   * @return the changes
   */
  public Comparison compare(AnalyzedDocument a, AnalyzedDocument b) {
    return comparator.compare(a, b);
  }

  /**
   * What each response to the plan said about each of its parts.
   *
   * @param corpus the documents with their graph
   * @param plan the plan or strategy, named by id prefix, file name or title words
   * @return the linked sentences and the board × part table
   * @throws GovTraceException when the name matches no document or several, or the document has no responses
   */
  public ResponseTable responses(Corpus corpus, String plan) {
    AnalyzedDocument doc = corpus.find(plan);
    List<AnalyzedDocument> responses =
        corpus.lineage().responsesTo(doc.id().value()).stream().map(id -> corpus.byId(id).orElseThrow()).toList();
    if (responses.isEmpty()) {
      throw new GovTraceException(
          "No indexed response answers '" + plan + "'; run govtrace lineage to see which documents have responses.");
    }
    return responses(corpus, doc, responses);
  }

  /**
   * What each of the given responses said about each part of the plan.
   *
   * @param corpus the documents with their graph, for the responding boards' names
   * @param plan the plan or strategy
   * @param responses the responses (remissvar) to link
   * @return the linked sentences and the board × part table
   */
  public ResponseTable responses(Corpus corpus, AnalyzedDocument plan, List<AnalyzedDocument> responses) {
    Map<String, String> boards = new LinkedHashMap<>();
    for (AnalyzedDocument r : responses) {
      String board = r.profile().issuingBody();
      boards.put(r.id().value(), board != null ? board : corpus.lineage().node(r.id().value()).map(LineageNode::displayName).orElse(r.source()));
    }
    return linker.link(plan, responses, boards);
  }

  /**
   * The key terms of a board or group against the rest.
   *
   * @param corpus the documents with their graph
   * @param request the target documents and how many terms
   * @return the key terms, strongest first
   */
  public List<KeynessRow> keyness(Corpus corpus, KeynessRequest request) {
    return keyness.keyness(corpus, request);
  }

  /**
   * Keyword-in-context lines.
   *
   * @param corpus the documents with their graph
   * @param request the term and the context window
   * @return the lines, in lineage order
   */

  public List<KwicLine> kwic(Corpus corpus, KwicRequest request) {
    return kwic.lines(corpus, request);
  }

  @Override
  public void close() {
    lemmas.close();
  }
}
