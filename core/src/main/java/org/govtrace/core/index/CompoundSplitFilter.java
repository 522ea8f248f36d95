package org.govtrace.core.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the parts of a Swedish compound after the compound itself, at the same position and offsets, so that
 * "resurser" finds "resursbehov" and the whole compound is highlighted. Keyword-marked tokens are left whole.
 */
final class CompoundSplitFilter extends TokenFilter {

  private final CompoundDictionary dictionary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State compound;

  CompoundSplitFilter(TokenStream input, CompoundDictionary dictionary) {
    super(input);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(compound);
      term.setEmpty().append(pending.removeFirst());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      for (String part : dictionary.split(term.toString())) {
        if (!pending.contains(part)) {
          pending.addLast(part);
        }
      }
      if (!pending.isEmpty()) {
        compound = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    compound = null;
  }
}
