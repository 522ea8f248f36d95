package org.govtrace.core.query;

import java.util.Objects;
import org.govtrace.core.model.FindingKind;

/**
 * Which boards raised a concern.
 *
 * @param kind the kind of concern; govtrace knows {@link FindingKind#RESOURCE_CONCERN}
 * @param respondsTo only responses to a document whose title contains these words (Swedish stemming, all words
 *     required); null for every document
 */
public record ConcernsRequest(FindingKind kind, String respondsTo) {

  /** Checks that the kind is given. */
  public ConcernsRequest {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Resource concerns in every document.
   *
   * @return the request
   */
  public static ConcernsRequest resources() {
    return new ConcernsRequest(FindingKind.RESOURCE_CONCERN, null);
  }

  /**
   * This request restricted to responses to the document titled {@code title}.
   *
   * @param title words of the title of the document responded to
   * @return the narrower request
   */
  public ConcernsRequest withRespondsTo(String title) {
    return new ConcernsRequest(kind, title);
  }
}
