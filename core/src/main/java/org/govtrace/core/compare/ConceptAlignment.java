package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.ConceptRelation;

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
    List<ConceptRelation> relations = new ArrayList<>(stated(a.keySet(), after));
    relations.addAll(this.relations);
    List<ConceptChange> out = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : a.entrySet()) {
      List<Finding> later = b.getOrDefault(e.getKey(), List.of());
      Finding first = e.getValue().get(0);
      out.add(
          new ConceptChange(
              e.getKey(), first.kind(), later.isEmpty() ? Change.DROPPED : Change.KEPT, e.getValue().size(), later.size(),
              first.evidence(), later.isEmpty() ? null : later.get(0).evidence(),
              related(relations, e.getKey(), b.keySet(), true)));
    }
    for (Map.Entry<String, List<Finding>> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        Finding first = e.getValue().get(0);
        out.add(
            new ConceptChange(
                e.getKey(), first.kind(), Change.ADDED, 0, e.getValue().size(), null, first.evidence(),
                related(relations, e.getKey(), a.keySet(), false)));
      }
    }
    return out;
  }

  // Relations point from the earlier concept to the later one; only those reaching the other version count.
  private static List<ConceptRelation> related(List<ConceptRelation> relations, String label, Set<String> otherVersion, boolean earlier) {
    return relations.stream()
        .filter(r -> earlier ? r.from().equals(label) && otherVersion.contains(r.to()) : r.to().equals(label) && otherVersion.contains(r.from()))
        .distinct()
        .toList();
  }

  /** The relation a later document states by naming an earlier concept and a new one in one clause. */
  static final String STATED = ConceptRelation.STATED_IN_TEXT;

  private static final Pattern CLAUSE = Pattern.compile("(?iU),\\s*(?=(?:medan|men|vilket|där|samtidigt som|och därmed)\\b)|;\\s*|:\\s+(?=\\p{Lu})");

  // "Strategins rättighetsområden X och Y samlas i fokusområdet Z, medan W hanteras inom fokusområdet V": an
  // earlier concept and a new one named in one clause of the later document are related there, by its own words.
  private static List<ConceptRelation> stated(Set<String> earlier, List<Finding> after) {
    Map<String, List<Finding>> bySentence = new LinkedHashMap<>();
    for (Finding f : after) {
      if (KINDS.contains(f.kind()) && f.label() != null && f.evidence() != null && f.text() != null) {
        bySentence.computeIfAbsent(f.evidence().span().toString(), k -> new ArrayList<>()).add(f);
      }
    }
    java.util.LinkedHashSet<ConceptRelation> stated = new java.util.LinkedHashSet<>();
    for (List<Finding> findings : bySentence.values()) {
      String sentence = findings.get(0).evidence().sentence().toLowerCase(java.util.Locale.ROOT);
      List<Integer> cuts = new ArrayList<>();
      Matcher m = CLAUSE.matcher(sentence);
      while (m.find()) {
        cuts.add(m.start());
      }
      Map<String, Integer> clauseOf = new LinkedHashMap<>();
      for (Finding f : findings) {
        int at = locate(sentence, f.text().toLowerCase(java.util.Locale.ROOT));
        if (at >= 0) {
          clauseOf.putIfAbsent(f.label(), (int) cuts.stream().filter(c -> c < at).count());
        }
      }
      for (Map.Entry<String, Integer> old : clauseOf.entrySet()) {
        for (Map.Entry<String, Integer> added : clauseOf.entrySet()) {
          if (earlier.contains(old.getKey()) && !earlier.contains(added.getKey()) && old.getValue().equals(added.getValue())) {
            stated.add(new ConceptRelation(old.getKey(), added.getKey(), STATED));
          }
        }
      }
    }
    return List.copyOf(stated);
  }

  // A concept named by a short term in a list ("rättighetsområden arbete och försörjning, utbildning …") carries
  // its full label as text: the label's trailing words find it.
  private static int locate(String sentence, String label) {
    String[] words = label.split("\\s+");
    for (int from = 0; from < words.length; from++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      if (tail.length() < 5) {
        break;
      }
      int at = sentence.indexOf(tail);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
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
