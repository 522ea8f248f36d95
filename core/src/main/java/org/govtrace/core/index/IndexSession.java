package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentId;

/**
 * One writing session on a {@link CorpusIndex}: it knows what the last commit holds, replaces each file's
 * entries in one atomic update, and commits with the schema version and pipeline fingerprint. Nothing written
 * is visible, or survives a crash, until {@link #commit()}; {@link #close()} commits. Used by one thread.
 */
public final class IndexSession implements Closeable {

  private record Indexed(String documentId, String fingerprint) {}

  private final CorpusIndex index;
  private final Directory directory;
  private final DocumentEntries entries;
  private final String fingerprint;
  private final IndexWriter writer;
  private final Map<String, Indexed> indexed;
  private final Set<String> touched = new HashSet<>();
  private final String previousFingerprint;
  private boolean open = true;

  IndexSession(CorpusIndex index, Directory directory, IndexAnalyzers analyzers, DocumentEntries entries, String fingerprint) {
    this.index = index;
    this.directory = directory;
    this.entries = entries;
    this.fingerprint = fingerprint;
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        CorpusIndex.checkSchema(directory, index.path());
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false);
      this.writer = new IndexWriter(directory, config);
      this.indexed = exists ? readIndexed() : new HashMap<>();
      this.previousFingerprint = exists ? lastCommitData().get(COMMIT_FINGERPRINT) : null;
      if (!exists) {
        commit();
      }
    } catch (LockObtainFailedException e) {
      throw new GovTraceException("The index at " + index.path()
          + " is being written by another govtrace; wait for it to finish and try again.", e);
    } catch (IOException e) {
      throw new GovTraceException("The index at " + index.path() + " cannot be opened for writing ("
          + e.getMessage() + "); check that the directory is writable.", e);
    }
  }

  /**
   * Whether the file {@code source} with this content was already analysed by the same pipeline, so it can be
   * skipped.
   */
  public boolean isUnchanged(String source, DocumentId id) {
    Indexed entry = indexed.get(source);
    return entry != null && entry.documentId().equals(id.value()) && entry.fingerprint().equals(fingerprint);
  }

  /** Whether the file {@code source} has entries in the index. */
  public boolean contains(String source) {
    return indexed.containsKey(source);
  }

  /** The sources the index holds, as of this session's start and its own writes. */
  public List<String> sources() {
    return List.copyOf(indexed.keySet());
  }

  /**
   * Removes every entry of {@code source}.
   *
   * @return the id of the document removed, or null when the source was not indexed
   */
  public String remove(String source) {
    ensureOpen();
    try {
      writer.deleteDocuments(new Term(SOURCE, source));
    } catch (IOException e) {
      throw new GovTraceException("Cannot remove " + source + " from the index at " + index.path() + " ("
          + e.getMessage() + ")", e);
    }
    Indexed removed = indexed.remove(source);
    return removed == null ? null : removed.documentId();
  }

  /** Marks {@code source} as seen in this run without writing it. */
  public void keep(String source) {
    touched.add(source);
  }

  /**
   * Writes a document's entries, replacing any earlier entries of the same source in one atomic update.
   *
   * @return whether earlier entries were replaced
   */
  public boolean put(AnalyzedDocument document, String source) {
    ensureOpen();
    try {
      writer.updateDocuments(new Term(SOURCE, source), entries.entries(document, source, fingerprint));
    } catch (IOException e) {
      throw new GovTraceException("Cannot write " + source + " to the index at " + index.path() + " ("
          + e.getMessage() + "); check the free disk space.", e);
    }
    touched.add(source);
    Indexed previous = indexed.put(source, new Indexed(document.id().value(), fingerprint));
    return previous != null;
  }

  /**
   * The sources indexed earlier under another pipeline fingerprint and not yet rewritten in this session: they
   * must be analysed again for the index to be consistent.
   */
  public List<String> staleSources() {
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, Indexed> entry : indexed.entrySet()) {
      if (!touched.contains(entry.getKey()) && !entry.getValue().fingerprint().equals(fingerprint)) {
        stale.add(entry.getKey());
      }
    }
    stale.sort(null);
    return stale;
  }

  /** The pipeline fingerprint of the last commit; null for a new index. */
  public String previousFingerprint() {
    return previousFingerprint;
  }

  /** Makes everything written so far durable and visible to searches. */
  public void commit() {
    ensureOpen();
    try {
      writer.setLiveCommitData(
          Map.of(COMMIT_SCHEMA, VERSION, COMMIT_FINGERPRINT, fingerprint, COMMIT_TIME, Instant.now().toString()).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new GovTraceException("Cannot commit the index at " + index.path() + " (" + e.getMessage()
          + "); check the free disk space.", e);
    }
    index.refresh();
  }

  /** Discards everything since the last commit, as a crash would, and ends the session. */
  public void abort() {
    if (!open) {
      return;
    }
    open = false;
    try {
      writer.rollback();
    } catch (IOException e) {
      throw new GovTraceException("Cannot roll back the index at " + index.path() + " (" + e.getMessage() + ")", e);
    } finally {
      index.sessionClosed();
    }
  }

  /** Commits and ends the session. */
  @Override
  public void close() {
    if (!open) {
      return;
    }
    try {
      commit();
      writer.close();
    } catch (IOException e) {
      throw new GovTraceException("Cannot close the index at " + index.path() + " (" + e.getMessage() + ")", e);
    } finally {
      open = false;
      index.sessionClosed();
    }
  }

  private Map<String, Indexed> readIndexed() throws IOException {
    Map<String, Indexed> found = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery documents = new TermQuery(new Term(ENTRY, ENTRY_DOCUMENT));
      int count = Math.max(1, searcher.count(documents));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(documents, count).scoreDocs) {
        Document doc = stored.document(hit.doc, Set.of(SOURCE, DOC_ID, FINGERPRINT));
        found.put(doc.get(SOURCE), new Indexed(doc.get(DOC_ID), doc.get(FINGERPRINT)));
      }
    }
    return found;
  }

  private Map<String, String> lastCommitData() throws IOException {
    var commits = DirectoryReader.listCommits(directory);
    return commits.get(commits.size() - 1).getUserData();
  }

  private void ensureOpen() {
    if (!open) {
      throw new IllegalStateException("This index session is closed");
    }
  }
}
