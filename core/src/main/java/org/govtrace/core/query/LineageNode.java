package org.govtrace.core.query;

/**
 * One document in the graph, or a document that is answered but not in the corpus (external).
 *
 * @param id the document id, or {@code external:<dnr or title>} for a document outside the corpus
 * @param source the file the document was read from; null for an external document
 * @param role the document's role: a {@link org.govtrace.core.model.DocumentType} code or a manifest role
 * @param year the document's year, 0 when unknown
 * @param title its title; null when none was found
 * @param issuingBody the board it speaks for; null when unknown
 * @param dnr its own diary number; null when none
 * @param family the name of the family it belongs to: the title of the family's earliest steering document
 * @param external whether the document is outside the corpus, known only from the responses that cite it
 */
public record LineageNode(
    String id,
    String source,
    String role,
    int year,
    String title,
    String issuingBody,
    String dnr,
    String family,
    boolean external) {

  /**
   * A short name for tables: the board and year for a response, the title otherwise.
   *
   * @return the name
   */

  public String displayName() {
    String name = title != null ? title : source != null ? fileName(source) : id;
    if ("referral_response".equals(role) && issuingBody != null) {
      name = issuingBody;
    }
    return year > 0 ? name + " (" + year + ")" : name;
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
