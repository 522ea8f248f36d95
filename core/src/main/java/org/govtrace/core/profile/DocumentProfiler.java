package org.govtrace.core.profile;

import java.util.List;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;

/**
 * Reads a document's profile: type, issuing board, authoring office, diary numbers, dates, title, what it answers.
 * (First cut: the type only; the other fields follow.)
 */
public final class DocumentProfiler {

  /** Profiles the cleaned text of the document read from {@code source}. */
  public DocumentProfile profile(DocumentText text, String source) {
    return new DocumentProfile(DocumentType.OTHER, null, null, null, List.of(), List.of(), null, null);
  }
}
