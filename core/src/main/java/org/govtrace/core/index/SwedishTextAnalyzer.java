package org.govtrace.core.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

/**
 * Swedish analysis for running text: Lucene's Swedish chain (standard tokenizer, lower case, Swedish stop words,
 * light stemming) with compounds split into their parts at index time. Queries are analysed without splitting,
 * so "resursbehov" asks for that compound while "resurser" also finds it.
 */
final class SwedishTextAnalyzer extends Analyzer {

  // Tokens with digits are diary numbers, years and paragraph numbers: never stem or split them.
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

  private final CompoundDictionary compounds;

  /**
   * @param compounds the dictionary to split compounds with, or null to leave compounds whole (for queries)
   */
  SwedishTextAnalyzer(CompoundDictionary compounds) {
    this.compounds = compounds;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
    stream = new PatternKeywordMarkerFilter(stream, HAS_DIGIT);
    if (compounds != null) {
      stream = new CompoundSplitFilter(stream, compounds);
    }
    stream = stableStemmed(stream);
    return new TokenStreamComponents(source, stream);
  }

  /**
   * The light stemmer is not idempotent: it maps "resurser" to "resurs" but "resurs" to "resur", "planen" to
   * "plan" but "plan" to "pla". Stemming until the term is stable (three passes reach it for Swedish nouns'
   * singular, plural and definite forms) brings all forms of a word to the same term.
   */
  static TokenStream stableStemmed(TokenStream stream) {
    return new SwedishLightStemFilter(new SwedishLightStemFilter(new SwedishLightStemFilter(stream)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
