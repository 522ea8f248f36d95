package org.govtrace.core.nlp;

import java.util.List;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;

/**
 * Splits a document's cleaned text into sentences and tokenises, tags and lemmatises each one. Implementations
 * are safe to call from several threads at once.
 */
public interface SentenceAnnotator {

  /**
   * Annotates the body of the text: letterhead blocks are skipped; headings and list items stand as sentences
   * of their own.
   *
   * @param text the cleaned text (input)
   * @return the sentences in document order, indexed from 0, with their pages
   */
  List<Sentence> annotate(DocumentText text);

  /** A fingerprint of the models and rules behind the annotations, stored in the index commit. */
  String fingerprint();
}
