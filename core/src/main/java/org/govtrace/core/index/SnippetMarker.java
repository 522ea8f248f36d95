package org.govtrace.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.govtrace.core.model.Span;
import org.govtrace.core.query.Snippet;

/**
 * Marks the words of a sentence that a query matched: the sentence is analysed as it was indexed (so a compound
 * is marked when one of its parts matched), and every token whose term the query asks for, in the text or
 * lemma field, is marked. Long sentences are cut to a window around the first mark.
 */
final class SnippetMarker {

  static final int MAX_LENGTH = 320;

  private final Analyzer analyzer;
  private final Analyzer lemmaAnalyzer;
  private final Set<String> terms = new HashSet<>();
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();

  SnippetMarker(Analyzer textIndexing, Analyzer lemma, Query query) {
    this.analyzer = textIndexing;
    this.lemmaAnalyzer = lemma;
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return field.equals(IndexSchema.TEXT) || field.equals(IndexSchema.LEMMA) || field.equals(IndexSchema.FORM);
      }

      @Override
      public void consumeTerms(Query q, Term... found) {
        for (Term term : found) {
          terms.add(term.text());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        ByteRunAutomaton pattern = automaton.get();
        if (pattern != null) {
          patterns.add(pattern);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
  }

  /**
   * The sentence with its matched words marked: words whose own analysis matches, and words whose lemma matches.
   *
   * @param lemmas the stored lemma field, one lemma per token; null when the index has none
   * @param tokenSpans the tokens' offsets in the sentence, aligned with {@code lemmas}; null when absent
   */
  Snippet mark(String sentence, String lemmas, String tokenSpans) {
    TreeMap<Integer, Integer> marks = new TreeMap<>();
    if (lemmas != null && tokenSpans != null && !tokenSpans.isBlank()) {
      markLemmas(sentence, lemmas, tokenSpans.split(" "), marks);
    }
    try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, sentence)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String form = sentence.substring(offset.startOffset(), offset.endOffset()).toLowerCase(java.util.Locale.ROOT);
        if (matches(term.toString()) || matches(form)) {
          marks.merge(offset.startOffset(), offset.endOffset(), Math::max);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse a sentence for highlighting", e);
    }
    List<Span> spans = new ArrayList<>();
    int lastEnd = -1;
    for (var mark : marks.entrySet()) {
      if (mark.getKey() >= lastEnd) {
        spans.add(new Span(mark.getKey(), mark.getValue()));
        lastEnd = mark.getValue();
      }
    }
    return window(sentence, spans);
  }

  private void markLemmas(String sentence, String lemmas, String[] spans, TreeMap<Integer, Integer> marks) {
    try (TokenStream stream = lemmaAnalyzer.tokenStream(IndexSchema.LEMMA, lemmas)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (position < spans.length && matches(term.toString())) {
          int dash = spans[position].indexOf('-');
          int start = Integer.parseInt(spans[position].substring(0, dash));
          int end = Math.min(sentence.length(), Integer.parseInt(spans[position].substring(dash + 1)));
          if (start < end) {
            marks.merge(start, end, Math::max);
          }
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse lemmas for highlighting", e);
    }
  }

  private boolean matches(String term) {
    if (terms.contains(term)) {
      return true;
    }
    BytesRef bytes = new BytesRef(term);
    for (ByteRunAutomaton pattern : patterns) {
      if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
        return true;
      }
    }
    return false;
  }

  private static Snippet window(String sentence, List<Span> marks) {
    if (sentence.length() <= MAX_LENGTH) {
      return new Snippet(sentence, marks);
    }
    int first = marks.isEmpty() ? 0 : marks.get(0).start();
    int start = Math.max(0, first - MAX_LENGTH / 3);
    while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(sentence.length(), start + MAX_LENGTH);
    while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
      end++;
    }
    String prefix = start > 0 ? "… " : "";
    String suffix = end < sentence.length() ? " …" : "";
    int shift = prefix.length() - start;
    List<Span> shifted = new ArrayList<>();
    for (Span mark : marks) {
      if (mark.start() >= start && mark.end() <= end) {
        shifted.add(new Span(mark.start() + shift, mark.end() + shift));
      }
    }
    return new Snippet(prefix + sentence.substring(start, end) + suffix, shifted);
  }
}
