package org.govtrace.core.model;

import java.util.List;

/**
 * The unit that reaches the index: a document's source, profile, cleaned text, sentences and findings.
 *
 * @param id the hash of the file's bytes
 * @param source the file name or path the document was read from
 * @param mediaType the detected media type, such as {@code application/pdf}
 * @param profile who wrote it, what it is, what it answers
 * @param text the cleaned text with pages, sections and letterhead
 * @param sentences the sentences with tokens, tags and lemmas
 * @param findings what the analysis found, each with evidence
 * @param stance the author's overall stance, rolled up from its sentences
 * @param truncated whether extraction stopped at the size limit, so the text is incomplete
 */
public record AnalyzedDocument(
    DocumentId id,
    String source,
    String mediaType,
    DocumentProfile profile,
    DocumentText text,
    List<Sentence> sentences,
    List<Finding> findings,
    Stance stance,
    boolean truncated) {

  /** Copies the lists, so the record is immutable. */
  public AnalyzedDocument {

    sentences = List.copyOf(sentences);
    findings = List.copyOf(findings);
  }
}
