package org.govtrace.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.govtrace.core.analysis.GovernanceAnalyzer;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.extract.ExtractionLimits;
import org.govtrace.core.compare.Comparison;
import org.govtrace.core.compare.ConceptRelation;
import org.govtrace.core.lineage.Lineage;
import org.govtrace.core.lineage.LineageManifest;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.report.ReportWriter;
import org.govtrace.core.trace.CorpusViews;
import org.govtrace.core.trace.KeynessRequest;
import org.govtrace.core.trace.KeynessRow;
import org.govtrace.core.trace.KwicLine;
import org.govtrace.core.trace.KwicRequest;
import org.govtrace.core.trace.ResponseTable;
import org.govtrace.core.trace.TraceMatrix;
import org.govtrace.core.trace.TraceRequest;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.govtrace.core.profile.DocumentProfiler;
import org.govtrace.core.text.TextCleaner;

/**
 * The entry point for programs that embed govtrace: analyse Swedish governance documents, index them and ask
 * questions of the index. Built once with {@link #builder()}, safe for many threads, closed when done.
 */
public final class GovTrace implements AutoCloseable {

  private final Path indexDirectory;
  private final DocumentPipeline pipeline;
  private final CorpusViews views;

  private GovTrace(Builder builder) {
    this.indexDirectory = builder.indexDirectory;
    this.pipeline =
        new DocumentPipeline(
            new DocumentExtractor(builder.limits),
            new TextCleaner(),
            builder.annotator,
            new DocumentProfiler(),
            new GovernanceAnalyzer());
    Supplier<List<AnalyzedDocument>> corpus = builder.corpus != null ? builder.corpus : this::indexedDocuments;
    this.views = new CorpusViews(corpus, () -> manifest(builder.manifest), builder.conceptRelations);
  }

  /** A builder with the defaults: no index directory, default extraction limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses one file without indexing it.
   *
   * @throws org.govtrace.core.extract.ExtractionException when the file cannot be read or extracted
   */
  public AnalyzedDocument analyze(Path file) {
    try {
      return pipeline.analyze(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new GovTraceException(file + ": cannot be read (" + e.getMessage() + "); check the path and its permissions.", e);
    }
  }

  /** Analyses a stream named {@code name} without indexing it; the stream is read but not closed. */
  public AnalyzedDocument analyze(InputStream in, String name) {
    try {
      return pipeline.analyze(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read", e);
    }
  }

  /** Analyses a string of Swedish text as a one-page document. */
  public AnalyzedDocument analyzeText(String text) {
    return pipeline.analyzeText(Objects.requireNonNull(text, "text"), "text");
  }

  /** The index directory this instance reads and writes; null when it was built without one. */
  public Path indexDirectory() {
    return indexDirectory;
  }

  // --- Views over the indexed corpus: lineage, trace, compare, responses, keyness, KWIC, report. None of them
  // re-runs extraction or NLP; each reads the analysed documents once from the index.

  /**
   * The document graph: which document each response answers, which plan replaces or builds on which
   * strategy, versions by date; inferred links with their evidence beside the manifest's declared ones.
   *
   * @throws GovTraceException when the index cannot be read
   */
  public Lineage lineage() {
    return views.lineage();
  }

  /**
   * A trace matrix: concepts (rights areas, focus areas, target groups, or the kind asked for) or actors
   * against the documents in lineage order, each cell with its count and evidence sentences with page.
   *
   * @throws GovTraceException when the index cannot be read
   */
  public TraceMatrix trace(TraceRequest request) {
    return views.trace(views.corpus(), Objects.requireNonNull(request, "request"));
  }

  /**
   * What changed from document {@code a} (earlier) to {@code b} (later): concepts, responsibilities, goals
   * and reused passages. Each is named by id (or a prefix of six or more digits), file name or title words.
   *
   * @throws GovTraceException when a name matches no indexed document or several
   */
  public Comparison compare(String a, String b) {
    return views.compare(views.corpus(), a, b);
  }

  /**
   * What each response to the plan (or strategy) said about each of its parts: every sentence with a stance,
   * concern or proposal linked to the section, goal or area it comments on, and the board × part table.
   *
   * @throws GovTraceException when the name matches no document or several, or no response answers it
   */
  public ResponseTable responses(String plan) {
    return views.responses(views.corpus(), plan);
  }

  /**
   * The key terms of a board or group of documents against the rest of the corpus (log-likelihood with raw
   * counts), strongest first.
   *
   * @throws GovTraceException when the target matches no document or every document
   */
  public List<KeynessRow> keyness(KeynessRequest request) {
    return views.keyness(views.corpus(), Objects.requireNonNull(request, "request"));
  }

  /**
   * Keyword-in-context lines for a word form or lemma, in lineage order.
   *
   * @throws GovTraceException when the term is empty or the window negative
   */
  public List<KwicLine> kwic(KwicRequest request) {
    return views.kwic(views.corpus(), Objects.requireNonNull(request, "request"));
  }

  /**
   * Writes the static HTML report into {@code outDir}: corpus overview with lineage, concerns by board, trace
   * matrices, each strategy→plan comparison, the response tables and keyness, each cell linked to its evidence
   * in a document page. Self-contained: opens from {@code file://} without network.
   *
   * @return the report's {@code index.html}
   * @throws GovTraceException when the index cannot be read or the folder cannot be written
   */
  public Path report(Path outDir) {
    return new ReportWriter(views).write(views.corpus(), Objects.requireNonNull(outDir, "outDir"));
  }

  // The seam the index connects to: every analysed document stored in the index.
  private List<AnalyzedDocument> indexedDocuments() {
    throw new GovTraceException(
        "Reading analysed documents back from the index is not connected in this build; build GovTrace with corpus(...) to supply them.");
  }

  // A manifest given at index time is kept in the index directory as manifest.json.
  private LineageManifest manifest(Path given) {
    Path file = given != null ? given : indexDirectory == null ? null : indexDirectory.resolve("manifest.json");
    return file != null && Files.isRegularFile(file) ? LineageManifest.read(file) : LineageManifest.EMPTY;
  }

  @Override
  public void close() {
    views.close();
  }

  /** Builds a {@link GovTrace}. */
  public static final class Builder {
    private Path indexDirectory;
    private ExtractionLimits limits = ExtractionLimits.DEFAULT;
    private SentenceAnnotator annotator = new RuleSentenceAnnotator();
    private Supplier<List<AnalyzedDocument>> corpus;
    private Path manifest;
    private List<ConceptRelation> conceptRelations = List.of();

    private Builder() {}

    /** The directory of the Lucene index to read and write. */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = directory;
      return this;
    }

    /** The limits each file is extracted under. */
    public Builder limits(ExtractionLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Where lineage, trace, compare, responses, keyness, KWIC and the report read their documents: by default
     * the index; a program that holds analysed documents itself can supply them here.
     */
    public Builder corpus(Supplier<List<AnalyzedDocument>> documents) {
      this.corpus = Objects.requireNonNull(documents, "documents");
      return this;
    }

    /** The manifest of declared roles and links; by default {@code manifest.json} in the index directory, if any. */
    public Builder manifest(Path file) {
      this.manifest = file;
      return this;
    }

    /** Thesaurus relations between concepts of different versions, shown by trace and compare. */
    public Builder conceptRelations(List<ConceptRelation> relations) {
      this.conceptRelations = List.copyOf(relations);
      return this;
    }

    /** Builds the instance: loads the models once. */
    public GovTrace build() {
      return new GovTrace(this);
    }
  }
}
