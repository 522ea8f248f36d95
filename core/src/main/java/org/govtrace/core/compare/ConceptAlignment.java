package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;

/**
 * Concepts of two versions by label: kept, added, dropped, each with the thesaurus relations that connect it
 * to a concept of the other version (a 2018 rights area continued by a 2025 focus area).
 */
final class ConceptAlignment {

  static final Set<FindingKind> KINDS = Set.of(FindingKind.RIGHTS_AREA, FindingKind.FOCUS_AREA, FindingKind.TARGET_GROUP);

  private final List<ConceptRelation> relations;

  ConceptAlignment(List<ConceptRelation> relations) {
    this.relations = relations;
  }

  List<ConceptChange> align(List<Finding> before, List<Finding> after) {
    Map<String, List<Finding>> a = byLabel(before);
    Map<String, List<Finding>> b = byLabel(after);
    List<ConceptChange> out = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : a.entrySet()) {
      List<Finding> later = b.getOrDefault(e.getKey(), List.of());
      Finding first = e.getValue().get(0);
      out.add(
          new ConceptChange(
              e.getKey(), first.kind(), later.isEmpty() ? Change.DROPPED : Change.KEPT, e.getValue().size(), later.size(),
              first.evidence(), later.isEmpty() ? null : later.get(0).evidence(),
              related(e.getKey(), b.keySet(), true)));
    }
    for (Map.Entry<String, List<Finding>> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        Finding first = e.getValue().get(0);
        out.add(
            new ConceptChange(
                e.getKey(), first.kind(), Change.ADDED, 0, e.getValue().size(), null, first.evidence(),
                related(e.getKey(), a.keySet(), false)));
      }
    }
    return out;
  }

  // Relations point from the earlier concept to the later one; only those reaching the other version count.
  private List<ConceptRelation> related(String label, Set<String> otherVersion, boolean earlier) {
    return relations.stream()
        .filter(r -> earlier ? r.from().equals(label) && otherVersion.contains(r.to()) : r.to().equals(label) && otherVersion.contains(r.from()))
        .toList();
  }

  private static Map<String, List<Finding>> byLabel(List<Finding> findings) {
    Map<String, List<Finding>> map = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (KINDS.contains(f.kind()) && f.label() != null) {
        map.computeIfAbsent(f.label(), k -> new ArrayList<>()).add(f);
      }
    }
    return map;
  }
}
