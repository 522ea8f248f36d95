package org.govtrace.core;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.govtrace.core.analysis.DocumentAnalysis;
import org.govtrace.core.analysis.GovernanceAnalyzer;
import org.govtrace.core.extract.DocumentExtractor;
import org.govtrace.core.extract.Extraction;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.govtrace.core.profile.DocumentProfiler;
import org.govtrace.core.text.TextCleaner;

/**
 * The stages from bytes to an {@link AnalyzedDocument}, in the order of ARCHITECTURE.md: extract, text, nlp,
 * profile, analysis. A pure function of the bytes and the stage versions; thread-safe.
 */
final class DocumentPipeline {

  private final DocumentExtractor extractor;
  private final TextCleaner cleaner;
  private final SentenceAnnotator annotator;
  private final DocumentProfiler profiler;
  private final GovernanceAnalyzer analyzer;
  private String codeFingerprint;

  DocumentPipeline(
      DocumentExtractor extractor,
      TextCleaner cleaner,
      SentenceAnnotator annotator,
      DocumentProfiler profiler,
      GovernanceAnalyzer analyzer) {
    this.extractor = extractor;
    this.cleaner = cleaner;
    this.annotator = annotator;
    this.profiler = profiler;
    this.analyzer = analyzer;
  }

  /** Runs every stage on the bytes of the file named {@code source}. */
  AnalyzedDocument analyze(byte[] bytes, String source) {
    Extraction extraction = extractor.extract(new ByteArrayInputStream(bytes), source);
    return analyze(DocumentId.of(bytes), extraction);
  }

  /** Extracts and cleans a file, stopping before the language stages. */
  DocumentText extractText(java.nio.file.Path file) {
    return cleaner.clean(extractor.extract(file));
  }

  /** Runs the stages after extraction on plain text, as if it were a one-page file named {@code source}. */
  AnalyzedDocument analyzeText(String text, String source) {
    Extraction extraction = new Extraction(source, "text/plain", List.of(text), java.util.Map.of(), false);
    return analyze(DocumentId.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), extraction);
  }

  private AnalyzedDocument analyze(DocumentId id, Extraction extraction) {
    DocumentText text = cleaner.clean(extraction);
    List<Sentence> sentences = annotator.annotate(text);
    DocumentProfile profile = profiler.profile(text, extraction.source(), extraction.mediaType());
    DocumentAnalysis analysis = analyzer.analyze(id, text, sentences, profile);
    return new AnalyzedDocument(
        id,
        extraction.source(),
        extraction.mediaType(),
        profile,
        text,
        sentences,
        analysis.findings(),
        analysis.stance(),
        extraction.truncated());
  }

  /**
   * A fingerprint of every stage's models, rules and code: a change re-analyses the corpus on the next index run.
   */
  String fingerprint() {
    return "nlp=" + annotator.fingerprint() + ";analysis=" + analyzer.fingerprint() + ";" + codeFingerprint();
  }

  // Hashing the stage classes reads the jar, so it is done once, and only by runs that write an index.
  private synchronized String codeFingerprint() {
    if (codeFingerprint == null) {
      codeFingerprint = StageCodeFingerprint.of(DocumentPipeline.class);
    }
    return codeFingerprint;
  }
}
