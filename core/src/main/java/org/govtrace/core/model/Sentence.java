package org.govtrace.core.model;

import java.util.List;

/**
 * A sentence (or a list item or heading standing on its own) with its tokens.
 *
 * @param index position among the document's sentences, from 0
 * @param span where the sentence lies in the cleaned text
 * @param page the page it starts on
 * @param text the sentence text
 * @param tokens its tokens in order, tagged and lemmatised
 */
public record Sentence(int index, Span span, int page, String text, List<Token> tokens) {

  /** Copies the token list, so the record is immutable. */
  public Sentence {

    tokens = List.copyOf(tokens);
  }
}
