package org.govtrace.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.query.ConcernsRequest;
import org.govtrace.core.query.ConcernsResult;
import org.govtrace.core.query.CorpusStats;
import org.govtrace.core.query.DocumentSummary;
import org.govtrace.core.query.Goal;
import org.govtrace.core.query.GoalsRequest;
import org.govtrace.core.query.MissingIndexException;
import org.govtrace.core.query.Responsibility;
import org.govtrace.core.query.ResponsibilitiesRequest;
import org.govtrace.core.query.SearchRequest;
import org.govtrace.core.query.SearchResult;

/**
 * A govtrace Lucene index in one directory: written through {@link IndexSession}s, one at a time, and read by
 * any number of threads at once through one searcher that is refreshed after each commit, never reopened per
 * query. Nothing is opened or created on disk until the first session or query.
 */
public final class CorpusIndex implements Closeable {

  private final Path path;
  private final IndexAnalyzers analyzers;
  private final DocumentCodec codec = new DocumentCodec();
  private final Semaphore writing = new Semaphore(1);
  private Directory directory;
  private SearcherManager searchers;
  private boolean closed;

  /** An index in {@code path}; the directory need not exist yet. */
  public CorpusIndex(Path path) {
    this.path = path.toAbsolutePath().normalize();
    this.analyzers = new IndexAnalyzers(CompoundDictionary.bundled());
  }

  /** The index directory. */
  public Path path() {
    return path;
  }

  /**
   * Opens the index for writing, creating it if needed. Only one session runs at a time: a second caller waits.
   *
   * @param fingerprint the pipeline's fingerprint; documents analysed under another one count as changed
   * @throws MissingIndexException when the directory holds an index of an incompatible schema
   * @throws GovTraceException when another process holds the index's write lock
   */
  public IndexSession openSession(String fingerprint) {
    writing.acquireUninterruptibly();
    try {
      return new IndexSession(this, directory(true), analyzers, new DocumentEntries(codec), fingerprint);
    } catch (RuntimeException e) {
      writing.release();
      throw e;
    }
  }

  /** Searches the sentences. @throws MissingIndexException when there is no index */
  public SearchResult search(SearchRequest request) {
    return read(searcher -> new SentenceSearch(analyzers).search(searcher, request));
  }

  /** The boards that raised a concern and the responders that did not. */
  public ConcernsResult concerns(ConcernsRequest request) {
    return read(searcher -> new ConcernQuery(analyzers, codec).run(searcher, request));
  }

  /** Responsibility assignments, optionally for one actor or document. */
  public List<Responsibility> responsibilities(ResponsibilitiesRequest request) {
    return read(searcher -> new FindingQuery(analyzers, codec).responsibilities(searcher, request));
  }

  /** Goals, optionally of one document. */
  public List<Goal> goals(GoalsRequest request) {
    return read(searcher -> new FindingQuery(analyzers, codec).goals(searcher, request));
  }

  /** Every indexed document, ordered by issuing body and title. */
  public List<DocumentSummary> documents() {
    return read(searcher -> new DocumentLookup(analyzers, codec).list(searcher));
  }

  /** The analysed document named by an id prefix, a file name or words of its title. */
  public AnalyzedDocument show(String reference) {
    return read(searcher -> new DocumentLookup(analyzers, codec).show(searcher, reference));
  }

  /**
   * Every indexed document as it was analysed, one per document id, in the order of {@link #documents()}: what
   * trace, compare and lineage read instead of re-running the pipeline.
   */
  public List<AnalyzedDocument> analyzedDocuments() {
    return read(searcher -> new DocumentLookup(analyzers, codec).analyzedDocuments(searcher));
  }

  /** Counts of documents, sentences and findings. */
  public CorpusStats stats() {
    return read(searcher -> new StatsQuery().run(searcher));
  }

  /** The commit data of the last commit: schema version, pipeline fingerprint, time of indexing. */
  public Map<String, String> commitData() {
    return read(searcher -> ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
  }

  @FunctionalInterface
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(SearcherFunction<T> function) {
    SearcherManager manager = searchers();
    try {
      manager.maybeRefresh();
      IndexSearcher searcher = manager.acquire();
      try {
        return function.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new GovTraceException("The index at " + path + " cannot be read (" + e.getMessage()
          + "); check the directory, or delete it and run govtrace index again.", e);
    }
  }

  /** Lets the next session start; called by a session when it closes. */
  void sessionClosed() {
    writing.release();
  }

  /** Makes the searcher see the last commit; called by a session after it commits. */
  void refresh() {
    SearcherManager manager;
    synchronized (this) {
      manager = searchers;
    }
    if (manager != null) {
      try {
        manager.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot refresh the searcher of " + path, e);
      }
    }
  }

  private synchronized SearcherManager searchers() {
    ensureOpen();
    if (searchers == null) {
      Directory dir = directory(false);
      try {
        if (dir == null || !DirectoryReader.indexExists(dir)) {
          throw missing();
        }
        checkSchema(dir, path);
        searchers = new SearcherManager(dir, null);
      } catch (IndexNotFoundException e) {
        throw missing();
      } catch (IOException e) {
        throw new GovTraceException("The index at " + path + " cannot be opened (" + e.getMessage()
            + "); delete it and run govtrace index again.", e);
      }
    }
    return searchers;
  }

  private MissingIndexException missing() {
    return new MissingIndexException("There is no govtrace index at " + path
        + "; run govtrace index first (or point --index / GOVTRACE_INDEX at an existing index).");
  }

  /** Fails when the directory's last commit was written with another schema version. */
  static void checkSchema(Directory dir, Path path) throws IOException {
    List<IndexCommit> commits = DirectoryReader.listCommits(dir);
    String schema = commits.get(commits.size() - 1).getUserData().get(IndexSchema.COMMIT_SCHEMA);
    if (!IndexSchema.VERSION.equals(schema)) {
      throw new MissingIndexException("The index at " + path + " was written by an incompatible govtrace (schema "
          + (schema == null ? "unknown" : schema) + ", this one reads " + IndexSchema.VERSION
          + "); delete the directory and run govtrace index again.");
    }
  }

  private synchronized Directory directory(boolean create) {
    ensureOpen();
    if (directory == null) {
      if (!create && !Files.isDirectory(path)) {
        return null;
      }
      try {
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
      } catch (IOException e) {
        throw new GovTraceException("The index directory " + path + " cannot be opened (" + e.getMessage()
            + "); check that it is a writable directory.", e);
      }
    }
    return directory;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("This govtrace index is closed");
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the index at " + path, e);
    } finally {
      searchers = null;
      directory = null;
    }
  }
}
