package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Sentence;

/**
 * Compares two versions of a steering document (a 2018 strategy and the 2025 plan that replaces it): concepts
 * kept, added and dropped; responsibilities kept, added, dropped and moved; goals kept, reworded, split,
 * merged, dropped and added; passages reused. Reads only the analysed documents. Thread-safe.
 */
public final class DocumentComparator {

  private final ContentLemmas lemmas;
  private final PassageAligner aligner;
  private final List<ConceptRelation> relations;

  /**
   * @param lemmas the content-lemma reader shared with other engines
   * @param aligner the reuse aligner
   * @param relations thesaurus relations between concepts of different versions; may be empty
   */
  public DocumentComparator(ContentLemmas lemmas, PassageAligner aligner, List<ConceptRelation> relations) {
    this.lemmas = lemmas;
    this.aligner = aligner;
    this.relations = List.copyOf(relations);
  }

  /** What changed from {@code a} (earlier) to {@code b} (later). */
  public Comparison compare(AnalyzedDocument a, AnalyzedDocument b) {
    List<Set<String>> bags = new ArrayList<>();
    for (AnalyzedDocument d : List.of(a, b)) {
      for (Sentence s : d.sentences()) {
        bags.add(new HashSet<>(lemmas.keys(s.tokens())));
      }
    }
    ContentLemmas.Weights weights = lemmas.weights(bags);
    List<GoalChange> goals =
        new GoalAlignment(weights).align(goalItems(a), goalItems(b));
    List<ResponsibilityChange> duties =
        new ResponsibilityAlignment(weights).align(dutyItems(a), dutyItems(b));
    List<ConceptChange> concepts = new ConceptAlignment(relations).align(a.findings(), b.findings());
    return new Comparison(DocumentRef.of(a), DocumentRef.of(b), concepts, duties, goals, aligner.align(a, b));
  }

  private List<GoalAlignment.Item> goalItems(AnalyzedDocument doc) {
    Map<String, GoalAlignment.Item> items = new LinkedHashMap<>();
    for (Finding f : doc.findings()) {
      if (f.kind() == FindingKind.GOAL) {
        // Several rules may find the same goal: one goal per sentence and wording.
        items.putIfAbsent(key(f), new GoalAlignment.Item(f, lemmas.keys(doc, f)));
      }
    }
    return List.copyOf(items.values());
  }

  private List<ResponsibilityAlignment.Item> dutyItems(AnalyzedDocument doc) {
    Map<String, ResponsibilityAlignment.Item> items = new LinkedHashMap<>();
    for (Finding f : doc.findings()) {
      if (f.kind() == FindingKind.RESPONSIBILITY) {
        Set<String> keys = lemmas.keys(doc, f);
        if (f.actor() != null) {
          keys.removeAll(lemmas.keys(f.actor()));
        }
        items.putIfAbsent(key(f) + "|" + f.actor(), new ResponsibilityAlignment.Item(f, keys));
      }
    }
    return List.copyOf(items.values());
  }

  private static String key(Finding f) {
    return (f.evidence() == null ? "" : f.evidence().span().toString()) + "|" + f.text();
  }
}
