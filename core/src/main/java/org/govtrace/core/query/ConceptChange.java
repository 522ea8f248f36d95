package org.govtrace.core.query;

import java.util.List;
import org.govtrace.core.model.Evidence;
import org.govtrace.core.model.FindingKind;

/**
 * A concept (rights area, focus area, target group) kept, added or dropped between two versions.
 *
 * @param label the concept's label (thesaurus id)
 * @param kind the kind of finding that named it
 * @param change {@link Change#KEPT}, {@link Change#ADDED} or {@link Change#DROPPED}
 * @param countBefore the number of findings in the earlier document
 * @param countAfter the number of findings in the later document
 * @param before the first evidence in the earlier document; null when absent there
 * @param after the first evidence in the later document; null when absent there
 * @param related thesaurus relations to concepts of the other version, shown as such
 */
public record ConceptChange(
    String label,
    FindingKind kind,
    Change change,
    int countBefore,
    int countAfter,
    Evidence before,
    Evidence after,
    List<ConceptRelation> related) {

  /** Copies the list, so the record is immutable. */
  public ConceptChange {

    related = List.copyOf(related);
  }
}
