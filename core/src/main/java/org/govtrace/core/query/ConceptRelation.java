package org.govtrace.core.query;

/**
 * A thesaurus relation between concepts of different versions, such as a 2018 rights area that a 2025 focus
 * area continues. Relations are data a user can extend, not inferred.
 *
 * @param from the earlier concept's label (thesaurus id)
 * @param to the later concept's label
 * @param relation the relation's name, such as {@code continued_by} or {@code part_of}
 */
public record ConceptRelation(String from, String to, String relation) {

  /** The relation the later document states itself ("X samlas i fokusområdet Z"), rather than the thesaurus. */
  public static final String STATED_IN_TEXT = "stated_in_text";

  /**
   * The relations a thesaurus states ({@code related} ids), each pointing from the concept of the earlier
   * version to the later one and named {@code related}; a pair stated from both sides appears once.
   *
   * @param thesaurus the thesaurus
   * @return the relations, in the thesaurus's order
   */

  public static java.util.List<ConceptRelation> fromThesaurus(org.govtrace.core.Thesaurus thesaurus) {
    java.util.Map<String, org.govtrace.core.Thesaurus.Concept> byId = new java.util.HashMap<>();
    thesaurus.concepts().forEach(c -> byId.put(c.id(), c));
    java.util.LinkedHashSet<ConceptRelation> relations = new java.util.LinkedHashSet<>();
    for (org.govtrace.core.Thesaurus.Concept c : thesaurus.concepts()) {
      for (String other : c.related()) {
        org.govtrace.core.Thesaurus.Concept o = byId.get(other);
        boolean later = o != null && c.version() != null && o.version() != null && c.version().compareTo(o.version()) > 0;
        relations.add(later ? new ConceptRelation(other, c.id(), "related") : new ConceptRelation(c.id(), other, "related"));
      }
    }
    return java.util.List.copyOf(relations);
  }
}
