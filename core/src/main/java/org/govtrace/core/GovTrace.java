package org.govtrace.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.govtrace.core.analysis.GovernanceAnalyzer;
import org.govtrace.core.analysis.Thesaurus;
import org.govtrace.core.eval.EvaluationReport;
import org.govtrace.core.eval.GoldEvaluator;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.extract.ExtractionLimits;
import org.govtrace.core.model.AnalyzedDocument;
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
  private final Thesaurus thesaurus;

  private GovTrace(Builder builder) {
    this.indexDirectory = builder.indexDirectory;
    this.thesaurus = builder.thesaurus;
    this.pipeline =
        new DocumentPipeline(
            new DocumentExtractor(builder.limits),
            new TextCleaner(),
            builder.annotator,
            new DocumentProfiler(),
            new GovernanceAnalyzer(builder.thesaurus));
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

  /**
   * Scores the analysis against a gold file in the format of {@code gold/FORMAT.md} (a JSON array of documents
   * or JSON Lines of passages), side by side with the keyword baseline.
   *
   * @throws GovTraceException when the gold file or a document it names cannot be read
   */
  public EvaluationReport evaluate(Path goldFile) {
    return new GoldEvaluator(this::analyze, this::analyzeText, thesaurus).evaluate(goldFile);
  }

  /** The index directory this instance reads and writes; null when it was built without one. */
  public Path indexDirectory() {
    return indexDirectory;
  }

  @Override
  public void close() {}

  /** Builds a {@link GovTrace}. */
  public static final class Builder {
    private Path indexDirectory;
    private ExtractionLimits limits = ExtractionLimits.DEFAULT;
    private SentenceAnnotator annotator = new RuleSentenceAnnotator();
    private Thesaurus thesaurus = Thesaurus.empty();

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

    /** The thesaurus of areas, target groups and actors the analysis resolves mentions with (default: empty). */
    public Builder thesaurus(Thesaurus thesaurus) {
      this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
      return this;
    }

    /** Builds the instance: loads the models once. */
    public GovTrace build() {
      return new GovTrace(this);
    }
  }
}
