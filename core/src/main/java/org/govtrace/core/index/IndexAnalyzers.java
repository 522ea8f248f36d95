package org.govtrace.core.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzers of a govtrace index, built once: Swedish text with compounds split for indexing, the same
 * without splitting for queries, and light analysis for lemmas.
 */
final class IndexAnalyzers {

  final Analyzer indexing;
  final Analyzer querying;
  /** The indexing analysis of the text field alone, for marking matches in a snippet. */
  final Analyzer textIndexing;
  /** The analysis of the lemma field, for marking words a query matched through their lemma. */
  final Analyzer lemma;

  IndexAnalyzers(CompoundDictionary compounds) {
    this.textIndexing = new SwedishTextAnalyzer(compounds);
    Analyzer textQuerying = new SwedishTextAnalyzer(null);
    this.lemma = new LemmaAnalyzer();
    Analyzer form = new SwedishFormAnalyzer();
    this.indexing =
        new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            Map.of(IndexSchema.TEXT, textIndexing, IndexSchema.LEMMA, lemma, IndexSchema.FORM, form,
                IndexSchema.TITLE, textQuerying, IndexSchema.RESPONDS_TO, textQuerying));
    this.querying =
        new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            Map.of(IndexSchema.TEXT, textQuerying, IndexSchema.LEMMA, lemma, IndexSchema.FORM, form,
                IndexSchema.TITLE, textQuerying, IndexSchema.RESPONDS_TO, textQuerying));
  }
}
