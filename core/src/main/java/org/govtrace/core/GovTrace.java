package org.govtrace.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.govtrace.core.analysis.ConcernModelTrainer;
import org.govtrace.core.analysis.GovernanceAnalyzer;
import org.govtrace.core.query.ConcernModelReport;
import org.govtrace.core.compare.ContentLemmas;
import org.govtrace.core.eval.AlignmentScorer;
import org.govtrace.core.eval.GoldEvaluator;
import org.govtrace.core.eval.LinkScorer;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.index.CorpusIndex;
import org.govtrace.core.index.IndexSession;
import org.govtrace.core.lineage.LineageManifest;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.nlp.OpenNlpSentenceAnnotator;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.govtrace.core.profile.BoardResolver;
import org.govtrace.core.profile.DocumentProfiler;
import org.govtrace.core.query.AlignmentReport;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.ConcernsRequest;
import org.govtrace.core.query.ConcernsResult;
import org.govtrace.core.query.CorpusStats;
import org.govtrace.core.query.DocumentSummary;
import org.govtrace.core.query.EvaluationReport;
import org.govtrace.core.query.FileOutcome;
import org.govtrace.core.query.FileStatus;
import org.govtrace.core.query.Goal;
import org.govtrace.core.query.GoalsRequest;
import org.govtrace.core.query.IndexListener;
import org.govtrace.core.query.IndexReport;
import org.govtrace.core.query.KeynessRequest;
import org.govtrace.core.query.KeynessRow;
import org.govtrace.core.query.KwicLine;
import org.govtrace.core.query.KwicRequest;
import org.govtrace.core.query.LinkEvaluation;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.MissingIndexException;
import org.govtrace.core.query.NoSuchDocumentException;
import org.govtrace.core.query.QuerySyntaxException;
import org.govtrace.core.query.ResponseTable;
import org.govtrace.core.query.ResponsibilitiesRequest;
import org.govtrace.core.query.Responsibility;
import org.govtrace.core.query.SearchRequest;
import org.govtrace.core.query.SearchResult;
import org.govtrace.core.query.TraceMatrix;
import org.govtrace.core.query.TraceRequest;
import org.govtrace.core.report.ReportWriter;
import org.govtrace.core.text.TextCleaner;
import org.govtrace.core.trace.CorpusViews;
import org.govtrace.core.trace.ResponseLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for programs that embed govtrace: analyse Swedish governance documents, index them and ask
 * questions of the index. Built once with {@link #builder()}, safe for many threads, closed when done. Any
 * number of threads may search while one thread indexes; a second indexing thread waits for the first.
 * Retraining and scoring the Swedish language models is the job of {@link SwedishModels}.
 */

public final class GovTrace implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GovTrace.class);
  /** Commit at least this often during a long run, so an interruption loses little work. */
  private static final int COMMIT_EVERY_FILES = 100;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(30);

  private final Path indexDirectory;
  private final Thesaurus thesaurus;
  private final ExtractionLimits limits;
  private final int threads;
  private final SentenceAnnotator annotator;
  private final Path concernModel;
  private final CorpusIndex index;
  private volatile DocumentPipeline pipeline;
  private final CorpusViews views;

  private GovTrace(Builder builder) {
    this.indexDirectory = builder.indexDirectory;
    this.thesaurus = builder.thesaurus;
    this.limits = builder.limits;
    this.threads = builder.threads;
    this.annotator = builder.annotator;
    this.concernModel = builder.concernModel;
    this.index = indexDirectory == null ? null : new CorpusIndex(indexDirectory);
    Supplier<List<AnalyzedDocument>> corpus = builder.corpus != null ? builder.corpus : this::analyzedDocuments;
    List<ConceptRelation> relations =
        builder.conceptRelations.isEmpty() ? ConceptRelation.fromThesaurus(builder.thesaurus) : builder.conceptRelations;
    this.views = new CorpusViews(corpus, () -> manifest(builder.manifest), relations);
  }

  // Built on first use, once: a program (or CLI command) that only queries the index never pays for Tika,
  // the models and the lexicon.
  private DocumentPipeline pipeline() {
    DocumentPipeline built = pipeline;
    if (built == null) {
      synchronized (this) {
        built = pipeline;
        if (built == null) {
          built = newPipeline(concernModel == null ? new GovernanceAnalyzer(thesaurus) : GovernanceAnalyzer.withConcernModel(thesaurus, concernModel));
          pipeline = built;
        }
      }
    }
    return built;
  }

  private DocumentPipeline newPipeline(GovernanceAnalyzer analyzer) {
    return new DocumentPipeline(
        new DocumentExtractor(limits),
        new TextCleaner(),
        annotator != null ? annotator : OpenNlpSentenceAnnotator.fromClasspath(),
        new DocumentProfiler(officesOf(thesaurus).orElse(BoardResolver.generic())),
        analyzer);
  }

  /** The thesaurus's office→board mapping, saying nothing of an office it does not list. */
  private static BoardResolver officesOf(Thesaurus thesaurus) {
    return office -> {
      String board = thesaurus.boardOf(office);
      return board.equals(thesaurus.canonicalActor(office)) ? null : board;
    };
  }

  /**
   * A builder with the defaults: no index directory, default extraction limits, an empty thesaurus, one analysing
   * thread per processor.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses one file without indexing it.
   *
   * @param file a PDF, Word, HTML or text file
   * @return the analysed document: profile, text, sentences and findings with evidence
   * @throws GovTraceException when the file cannot be read or extracted (the extraction failure is a subclass)
   */
  public AnalyzedDocument analyze(Path file) {
    try {
      return pipeline().analyze(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new GovTraceException(file + ": cannot be read (" + e.getMessage() + "); check the path and its permissions.", e);
    }
  }

  /**
   * Analyses a stream without indexing it; the stream is read to its end but not closed.
   *
   * @param in the document's bytes
   * @param name the name to report it under, such as its file name (also a hint to the format)
   * @return the analysed document
   * @throws GovTraceException when the content cannot be extracted
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public AnalyzedDocument analyze(InputStream in, String name) {
    try {
      return pipeline().analyze(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read", e);
    }
  }

  /**
   * Analyses a string of Swedish text as a one-page document.
   *
   * @param text the text
   * @return the analysed document, with source {@code text}
   */
  public AnalyzedDocument analyzeText(String text) {
    return pipeline().analyzeText(Objects.requireNonNull(text, "text"), "text");
  }

  /**
   * Scores the analysis against a gold file in the format of {@code gold/FORMAT.md} (a JSON array of documents
   * or JSON Lines of passages), side by side with the keyword baseline.
   *
   * @param goldFile the gold file
   * @return precision, recall and F1 per field for govtrace and for the baseline
   * @throws GovTraceException when the gold file or a document it names cannot be read
   */
  public EvaluationReport evaluate(Path goldFile) {
    return new GoldEvaluator(this::analyze, this::analyzeText, thesaurus).evaluate(goldFile);
  }

  /**
   * Trains the resource-concern model that backs up the rules, reproducibly, from passage gold files and findings
   * tables, and writes it to a directory: leave-one-file-out cross-validation chooses its settings and shows how
   * much it adds to the rules. Bundle the result by copying the two files into core's analysis resources.
   *
   * @param examples passage gold files ({@code *.jsonl}, FORMAT.md §2) and findings tables ({@code *.tsv})
   * @param fresh those of the examples the rules were never tuned on, which choose the settings; may be empty
   * @param outDirectory where {@code concern-model.bin} and {@code concern-model.properties} are written
   * @return the cross-validated figures and chosen settings
   * @throws GovTraceException when an example file cannot be read or the directory cannot be written
   */
  public ConcernModelReport trainConcernModel(List<Path> examples, List<Path> fresh, Path outDirectory) {
    return concernModelTrainer().train(List.copyOf(examples), List.copyOf(fresh), Objects.requireNonNull(outDirectory, "outDirectory"));
  }

  /**
   * Trains the resource-concern model on every example with settings already chosen, skipping the cross-validation
   * of {@link #trainConcernModel}: the same files that run writes when it chooses these settings, in a fraction of
   * the time. The settings of a written model are in its {@code concern-model.properties}.
   *
   * @param examples passage gold files ({@code *.jsonl}, FORMAT.md §2) and findings tables ({@code *.tsv})
   * @param l2Cost the regularisation, 0 or more
   * @param threshold the probability from which a sentence counts as a concern, between 0 and 1
   * @param outDirectory where {@code concern-model.bin} and {@code concern-model.properties} are written
   * @return how many sentences the model was trained on
   * @throws GovTraceException when a setting is out of range, an example file cannot be read or the directory cannot be written
   */
  public int refitConcernModel(List<Path> examples, double l2Cost, double threshold, Path outDirectory) {
    return concernModelTrainer().refit(List.copyOf(examples), l2Cost, threshold, Objects.requireNonNull(outDirectory, "outDirectory"));
  }

  // The model learns what the rules miss, so the trainer reads each example with the rules alone.
  private ConcernModelTrainer concernModelTrainer() {
    DocumentPipeline rulesOnly = newPipeline(GovernanceAnalyzer.rulesOnly(thesaurus));
    return new ConcernModelTrainer(text -> rulesOnly.analyzeText(text, "text"));
  }

  /**
   * Extracts and cleans one file without the language stages: the text with its pages, sections and letterhead.
   *
   * @param file a PDF, Word, HTML or text file
   * @return the cleaned text
   * @throws GovTraceException when the file cannot be read or extracted (the extraction failure is a subclass)
   */
  public DocumentText extractText(Path file) {
    return pipeline().extractText(file);
  }

  /**
   * The index directory this instance reads and writes.
   *
   * @return the directory, or null when it was built without one
   */
  public Path indexDirectory() {
    return indexDirectory;
  }

  // --- Views over the indexed corpus: lineage, trace, compare, responses, keyness, KWIC, report. None of them
  // re-runs extraction or NLP; each reads the analysed documents once from the index.

  /**
   * The document graph: which document each response answers, which plan replaces or builds on which
   * strategy, versions by date; inferred links with their evidence beside the manifest's declared ones.
   *
   * @return the documents and the links between them
   * @throws GovTraceException when the index cannot be read
   */
  public Lineage lineage() {
    return views.lineage();
  }

  /**
   * A trace matrix: concepts (rights areas, focus areas, target groups, or the kind asked for) or actors
   * against the documents in lineage order, each cell with its count and evidence sentences with page.
   *
   * @param request what to put on the rows, and which documents
   * @return the matrix
   * @throws org.govtrace.core.query.NoSuchConceptException when the concept or actor asked for is named by no
   *     document
   * @throws GovTraceException when the index cannot be read
   */
  public TraceMatrix trace(TraceRequest request) {
    return views.trace(views.corpus(), Objects.requireNonNull(request, "request"));
  }

  /**
   * What changed from document {@code a} (earlier) to {@code b} (later): concepts, responsibilities, goals
   * and reused passages. Each is named by id (or a prefix of six or more digits), file name or title words.
   *
   * @param a the earlier document
   * @param b the later document
   * @return the changes from {@code a} to {@code b}
   * @throws GovTraceException when a name matches no indexed document or several
   */
  public Comparison compare(String a, String b) {
    return views.compare(views.corpus(), a, b);
  }

  /**
   * What changed from {@code a} (earlier) to {@code b} (later), for documents analysed outside the index (the
   * eval command scores this against a gold alignment through {@link #evaluateAlignment(Path)}).
   *
   * @param a the earlier document
   * @param b the later document
   * @return the changes from {@code a} to {@code b}
   */
  public Comparison compare(AnalyzedDocument a, AnalyzedDocument b) {
    return views.compare(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
  }

  /**
   * Scores {@code compare} against a gold alignment file (format in {@code corpus/MANIFEST-FORMAT.md}): the two
   * documents it names are analysed afresh with this instance's thesaurus, compared, and scored by
   * the shared gold alignment rules: precision, recall and F1 of aligned pairs and of labels,
   * for goals, areas, responsibilities and all.
   *
   * @param goldFile the gold alignment file
   * @return the scores
   * @throws GovTraceException when the gold file or a document it names cannot be read
   */
  public AlignmentReport evaluateAlignment(Path goldFile) {
    return new AlignmentScorer().score(goldFile, (from, to) -> compare(analyze(from), analyze(to)));
  }

  /**
   * Scores the response links against a links gold file (format in {@code corpus/MANIFEST-FORMAT.md}, "Links
   * gold"): the plan and the responses it names are analysed afresh, each response sentence with a stance,
   * concern or proposal is linked to a part of the plan, and the links are compared with the gold's.
   *
   * @param goldFile the links gold file
   * @return link precision and recall by kind of part, and the share of plan-level sentences left unlinked
   * @throws GovTraceException when the gold file or a document it names cannot be read
   */
  public LinkEvaluation evaluateLinks(Path goldFile) {
    try (ContentLemmas lemmas = new ContentLemmas()) {
      ResponseLinker linker = new ResponseLinker(lemmas);
      return new LinkScorer().score(goldFile, this::analyze, (plan, responses) -> {
        Map<String, String> boards = new LinkedHashMap<>();
        responses.stream().filter(r -> r.profile().issuingBody() != null).forEach(r -> boards.put(r.id().value(), r.profile().issuingBody()));
        return linker.link(plan, responses, boards);
      });
    }
  }

  /**
   * What each response to the plan (or strategy) said about each of its parts: every sentence with a stance,
   * concern or proposal linked to the section, goal or area it comments on, and the board × part table.
   *
   * @param plan the plan or strategy, named by id prefix, file name or title words
   * @return the linked sentences and the table
   * @throws GovTraceException when the name matches no document or several, or no response answers it
   */
  public ResponseTable responses(String plan) {
    return views.responses(views.corpus(), plan);
  }

  /**
   * The key terms of a board or group of documents against the rest of the corpus (log-likelihood with raw
   * counts), strongest first.
   *
   * @param request the target documents and how many terms
   * @return the key terms
   * @throws GovTraceException when the target matches no document or every document
   */
  public List<KeynessRow> keyness(KeynessRequest request) {
    return views.keyness(views.corpus(), Objects.requireNonNull(request, "request"));
  }

  /**
   * Keyword-in-context lines for a word form or lemma, in lineage order.
   *
   * @param request the term and the context window
   * @return the lines
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
   * @param outDir the folder to write to (created when missing)
   * @return the report's {@code index.html}
   * @throws GovTraceException when the index cannot be read or the folder cannot be written
   */
  public Path report(Path outDir) {
    return new ReportWriter(views).write(views.corpus(), Objects.requireNonNull(outDir, "outDir"));
  }

  // Every analysed document stored in the index, read back once per view.
  // A manifest given at index time is kept in the index directory as manifest.json.
  private LineageManifest manifest(Path given) {
    Path file = given != null ? given : indexDirectory == null ? null : indexDirectory.resolve("manifest.json");
    return file != null && Files.isRegularFile(file) ? LineageManifest.read(file) : LineageManifest.EMPTY;
  }

  /**
   * Indexes files and folders (walked recursively, hidden files skipped) incrementally: a file whose bytes and
   * pipeline are unchanged since it was indexed is skipped, a changed one has its entries replaced atomically,
   * and one file that cannot be read or analysed is recorded as failed while the rest go on. When the pipeline
   * changed since the last run, every file indexed earlier that still exists is analysed again too. A file indexed
   * earlier from one of the given folders that is no longer in it has its entries removed. Work is
   * committed every {@value #COMMIT_EVERY_FILES} files, so an interrupted run leaves the last commit readable.
   *
   * @param paths files and folders to index
   * @param listener told after each file, on this thread
   * @return one outcome per file
   * @throws IllegalStateException when this instance was built without an index directory
   * @throws MissingIndexException when the directory holds an index of an incompatible schema
   * @throws GovTraceException when the index cannot be written (locked by another process, disk full)
   */
  public IndexReport index(List<Path> paths, IndexListener listener) {
    return index(paths, listener, file -> file.toString());
  }

  /**
   * Indexes files and folders as {@link #index(List, IndexListener)} does, recording each file under the name
   * {@code sourceName} gives it instead of its absolute path. The name is the key of incremental updates, so
   * files copied to a fresh temporary folder on every run (such as a bundled corpus) keep their entries.
   *
   * @param paths files and folders to index
   * @param listener told after each file, on this thread
   * @param sourceName the name a file's entries are recorded under, from its absolute path
   * @return one outcome per file
   * @throws IllegalStateException when this instance was built without an index directory
   * @throws MissingIndexException when the directory holds an index of an incompatible schema
   * @throws GovTraceException when the index cannot be written (locked by another process, disk full)
   */
  public IndexReport index(List<Path> paths, IndexListener listener, Function<Path, String> sourceName) {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(sourceName, "sourceName");
    long started = System.nanoTime();
    List<FileOutcome> outcomes = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      collect(path.toAbsolutePath().normalize(), files, outcomes);
    }
    String fingerprint = pipeline().fingerprint();
    try (IndexSession session = requireIndex().openSession(fingerprint)) {
      Map<Path, String> all = new LinkedHashMap<>();
      for (Path file : files) {
        all.put(file, sourceName.apply(file));
      }
      Set<String> named = new HashSet<>(all.values());
      for (String stale : session.staleSources()) {
        Path file = existingFile(stale);
        if (file != null && !named.contains(stale)) {
          all.put(file, stale);
        } else if (file == null) {
          LOG.warn("{} was indexed by another pipeline version and is no longer on disk; its entries stay as they were", stale);
        }
      }
      int total = all.size() + outcomes.size();
      int done = 0;
      for (FileOutcome failed : outcomes) {
        listener.fileDone(failed, ++done, total);
      }
      int sinceCommit = 0;
      long lastCommit = System.nanoTime();
      // Files are analysed on a pool, a few ahead of the writer, and written on this thread in their order, so
      // the index sees one writer and the outcomes come in the order of the files.
      ExecutorService analysers = Executors.newFixedThreadPool(threads, GovTrace::analyserThread);
      try {
        Deque<Future<PreparedFile>> ahead = new ArrayDeque<>();
        Iterator<Map.Entry<Path, String>> pending = all.entrySet().iterator();
        while (pending.hasNext() || !ahead.isEmpty()) {
          while (pending.hasNext() && ahead.size() < 2 * threads) {
            Map.Entry<Path, String> file = pending.next();
            ahead.add(prepare(file.getKey(), file.getValue(), session, analysers));
          }
          FileOutcome outcome = write(await(ahead.removeFirst()), session);
          outcomes.add(outcome);
          listener.fileDone(outcome, ++done, total);
          if (outcome.status() == FileStatus.INDEXED || outcome.status() == FileStatus.REPLACED) {
            sinceCommit++;
          }
          if (sinceCommit >= COMMIT_EVERY_FILES || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos())) {
            session.commit();
            sinceCommit = 0;
            lastCommit = System.nanoTime();
          }
        }
      } finally {
        analysers.shutdownNow();
      }
      Set<String> seen = new HashSet<>(all.values());
      for (Path path : paths) {
        Path folder = path.toAbsolutePath().normalize();
        if (Files.isDirectory(folder)) {
          removeVanished(folder, seen, session, outcomes);
        }
      }
    }
    return new IndexReport(outcomes, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Indexes files and folders without a progress listener; see {@link #index(List, IndexListener)}.
   *
   * @param paths files and folders to index
   * @return one outcome per file
   * @throws IllegalStateException when this instance was built without an index directory
   * @throws GovTraceException when the index cannot be written
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IndexListener.NONE);
  }

  private static void removeVanished(Path folder, Set<String> seen, IndexSession session, List<FileOutcome> outcomes) {
    String prefix = folder.toString().endsWith(java.io.File.separator) ? folder.toString() : folder + java.io.File.separator;
    for (String source : session.sources()) {
      if (source.startsWith(prefix) && !seen.contains(source) && existingFile(source) == null) {
        String id = session.remove(source);
        outcomes.add(new FileOutcome(Path.of(source), source, FileStatus.REMOVED, id, null));
      }
    }
  }

  private static Path existingFile(String source) {
    try {
      Path file = Path.of(source);
      return Files.isRegularFile(file) ? file : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static void collect(Path path, List<Path> files, List<FileOutcome> failures) {
    if (Files.isRegularFile(path)) {
      files.add(path);
    } else if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> !isHidden(path, file))
            .sorted()
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        failures.add(new FileOutcome(path, path.toString(), FileStatus.FAILED, null,
            path + ": the folder cannot be read (" + e.getMessage() + "); check its permissions."));
      }
    } else {
      failures.add(new FileOutcome(path, path.toString(), FileStatus.FAILED, null, path + ": no such file or folder; check the path."));
    }
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A file read and, unless unchanged, analysed on the pool: either an outcome already or a document to write. */
  private record PreparedFile(Path file, String source, DocumentId id, AnalyzedDocument analyzed, FileOutcome outcome) {}

  private Future<PreparedFile> prepare(Path file, String source, IndexSession session, ExecutorService analysers) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return CompletableFuture.completedFuture(new PreparedFile(file, source, null, null, new FileOutcome(file, source,
          FileStatus.FAILED, null, file + ": cannot be read (" + e.getMessage() + "); check the path and its permissions.")));
    }
    DocumentId id = DocumentId.of(bytes);
    if (session.isUnchanged(source, id)) {
      return CompletableFuture.completedFuture(
          new PreparedFile(file, source, id, null, new FileOutcome(file, source, FileStatus.UNCHANGED, id.value(), null)));
    }
    return analysers.submit(() -> analyzeForIndex(file, source, id, bytes));
  }

  private PreparedFile analyzeForIndex(Path file, String source, DocumentId id, byte[] bytes) {
    try {
      return new PreparedFile(file, source, id, pipeline().analyze(bytes, source), null);
    } catch (GovTraceException e) {
      LOG.debug("{} failed", file, e);
      return new PreparedFile(file, source, id, null, new FileOutcome(file, source, FileStatus.FAILED, null, e.getMessage()));
    } catch (RuntimeException e) {
      // A defect in one stage must not cost the user the rest of the corpus: record it, log the trace, go on.
      LOG.warn("govtrace failed on {}", file, e);
      return new PreparedFile(file, source, id, null, new FileOutcome(file, source, FileStatus.FAILED, null, file
          + ": govtrace failed on this file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); please report it with the file."));
    }
  }

  private static FileOutcome write(PreparedFile prepared, IndexSession session) {
    if (prepared.outcome() != null) {
      if (prepared.outcome().status() == FileStatus.UNCHANGED) {
        session.keep(prepared.source());
      }
      return prepared.outcome();
    }
    boolean replaced = session.put(prepared.analyzed(), prepared.source());
    return new FileOutcome(prepared.file(), prepared.source(), replaced ? FileStatus.REPLACED : FileStatus.INDEXED,
        prepared.id().value(), null);
  }

  private static PreparedFile await(Future<PreparedFile> prepared) {
    try {
      return prepared.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GovTraceException("Indexing was interrupted; the index keeps its last commit, run govtrace index again to finish.", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("An analysis task failed outside its own error handling", e.getCause());
    }
  }

  private static Thread analyserThread(Runnable task) {
    Thread thread = new Thread(task, "govtrace-analyser");
    thread.setDaemon(true);
    return thread;
  }


  /**
   * Searches the sentences of the index: Lucene query syntax over the Swedish text and lemmas, with filters,
   * facet counts and marked snippets with their pages.
   *
   * @param request the query, filters and page
   * @return the matching sentences and facet counts
   * @throws QuerySyntaxException when the query is not valid Lucene syntax
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public SearchResult search(SearchRequest request) {
    return requireIndex().search(request);
  }

  /**
   * The boards that raised a concern (with document, date and evidence sentences with pages) and the
   * responding boards that did not.
   *
   * @param request the kind of concern and an optional title of the document responded to
   * @return the boards that raised it and those that did not
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public ConcernsResult concerns(ConcernsRequest request) {
    return requireIndex().concerns(request);
  }

  /**
   * Responsibility assignments: actor, modality, duty and evidence, in document order.
   *
   * @param request an optional actor and document
   * @return the assignments
   * @throws NoSuchDocumentException when the request names a document that is not indexed
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public List<Responsibility> responsibilities(ResponsibilitiesRequest request) {
    return requireIndex().responsibilities(request);
  }

  /**
   * Goals with their evidence, in document order.
   *
   * @param request an optional document
   * @return the goals
   * @throws NoSuchDocumentException when the request names a document that is not indexed
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public List<Goal> goals(GoalsRequest request) {
    return requireIndex().goals(request);
  }

  /**
   * Every indexed document, ordered by issuing body and title.
   *
   * @return the documents
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public List<DocumentSummary> documents() {
    return requireIndex().documents();
  }

  /**
   * The whole analysed document as it was indexed: profile, text, sections, sentences with tokens and findings.
   *
   * @param reference an id prefix (at least four hex digits), a file name, or words of the title
   * @return the analysed document
   * @throws NoSuchDocumentException when no document, or more than one, matches
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public AnalyzedDocument show(String reference) {
    return requireIndex().show(Objects.requireNonNull(reference, "reference"));
  }

  /**
   * Every indexed document as it was analysed (profile, text, sentences with tokens, findings), one per document
   * id, ordered by issuing body and title: the findings as data, without re-running the pipeline.
   *
   * @return the documents
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public List<AnalyzedDocument> analyzedDocuments() {
    return requireIndex().analyzedDocuments();
  }

  /**
   * Counts of documents per type, issuing body and year, of sentences, and of findings per kind.
   *
   * @return the counts
   * @throws MissingIndexException when there is no index in the index directory
   * @throws IllegalStateException when this instance was built without an index directory
   */
  public CorpusStats stats() {
    return requireIndex().stats();
  }

  private CorpusIndex requireIndex() {
    if (index == null) {
      throw new IllegalStateException("This GovTrace was built without an index directory; call Builder.indexDirectory(path).");
    }
    return index;
  }

  /** Closes the index; searches and index runs fail afterwards. */
  @Override
  public void close() {
    views.close();
    if (index != null) {
      index.close();
    }
  }

  /** Builds a {@link GovTrace}. */
  public static final class Builder {
    private Path indexDirectory;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ExtractionLimits limits = ExtractionLimits.DEFAULT;
    private SentenceAnnotator annotator;
    private Thesaurus thesaurus = Thesaurus.empty();
    private Supplier<List<AnalyzedDocument>> corpus;
    private Path manifest;
    private List<ConceptRelation> conceptRelations = List.of();
    private Path concernModel;

    private Builder() {}

    /**
     * A resource-concern model written by {@link GovTrace#trainConcernModel} to back up the rules, instead of
     * the bundled one: for measuring a new training run before it is bundled.
     *
     * @param directory the directory holding {@code concern-model.bin} and {@code concern-model.properties}, or
     *     null for the bundled model
     * @return this builder
     */
    public Builder concernModel(Path directory) {
      this.concernModel = directory;
      return this;
    }

    /**
     * The directory of the Lucene index to read and write; created on the first index run.
     *
     * @param directory the index directory
     * @return this builder
     */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = directory;
      return this;
    }

    /**
     * The limits each file is extracted under.
     *
     * @param limits the extraction limits
     * @return this builder
     */
    public Builder limits(ExtractionLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The thesaurus of areas, target groups and actors the analysis resolves mentions with (default: empty).
     *
     * @param thesaurus the thesaurus
     * @return this builder
     */
    public Builder thesaurus(Thesaurus thesaurus) {
      this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
      return this;
    }

    /**
     * Where lineage, trace, compare, responses, keyness, KWIC and the report read their documents: by default
     * the index; a program that holds analysed documents itself can supply them here.
     *
     * @param documents called once per view for the documents to read
     * @return this builder
     */
    public Builder corpus(Supplier<List<AnalyzedDocument>> documents) {
      this.corpus = Objects.requireNonNull(documents, "documents");
      return this;
    }

    /**
     * The manifest of declared roles and links; by default {@code manifest.json} in the index directory, if any.
     *
     * @param file the manifest file, or null for the default
     * @return this builder
     */
    public Builder manifest(Path file) {
      this.manifest = file;
      return this;
    }

    /**
     * Thesaurus relations between concepts of different versions, shown by trace and compare (default: the
     * thesaurus's).
     *
     * @param relations the relations
     * @return this builder
     */
    public Builder conceptRelations(List<ConceptRelation> relations) {
      this.conceptRelations = List.copyOf(relations);
      return this;
    }

    /**
     * How many threads analyse files while indexing (default: the number of processors). The index itself is
     * written by the indexing thread alone.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Builds the instance. The models, Tika and the lexicon are loaded once, on the first analysis.
     *
     * @return the instance; close it when done
     */

    public GovTrace build() {
      return new GovTrace(this);
    }
  }
}
