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
 * Concepts of two versions by label: kept, added, dropped, each with the relations that connect it to a concept
 * of the other version (a 2018 rights area continued by a 2025 focus area). A relation comes from the later
 * document's own words ("Fokusområdet X ersätter strategins två områden Y respektive Z"), else from the
 * thesaurus, else, for areas the thesaurus does not know, from the areas' names sharing stems ("Förebygga
 * hemlöshet" and "Förebyggande arbete"), unless the later document says an area is new or gone.
 */
final class ConceptAlignment {

  static final Set<FindingKind> KINDS = Set.of(FindingKind.RIGHTS_AREA, FindingKind.FOCUS_AREA, FindingKind.TARGET_GROUP);

  /** The relation inferred from two area names that share their meaning-bearing stems. */
  static final String SIMILAR_NAME = "similar_name";

  private final List<ConceptRelation> relations;
  private final ContentLemmas lemmas;

  ConceptAlignment(List<ConceptRelation> relations, ContentLemmas lemmas) {
    this.relations = relations;
    this.lemmas = lemmas;
  }


  /**
   * The concept changes, reading the later document's sentences for what it says became of the earlier areas.
   *
   * @param laterSentences the later document's sentences, in order; may be empty
   */
  List<ConceptChange> align(List<Finding> before, List<Finding> after, List<String> laterSentences) {
    return align(before, after, laterSentences, null);
  }

  /**
   * As {@link #align(List, List, List)}, weighing the words of area names by how rare they are in the two
   * documents, so that the topic both documents share ("jämställd" in a gender-equality plan) relates less than
   * a word that names the area ("hälsa").
   *
   * @param weights the documents' word weights; null counts every word alike
   */
  List<ConceptChange> align(List<Finding> before, List<Finding> after, List<String> laterSentences, ContentLemmas.Weights weights) {
    Map<String, List<Finding>> a = byLabel(before);
    Map<String, List<Finding>> b = byLabel(after);
    List<ConceptRelation> relations = new ArrayList<>(stated(a.keySet(), after));
    AreaStatements statements = new AreaStatements(lemmas, names(a, b.keySet()), names(b, a.keySet()), laterSentences);
    relations.addAll(statements.relations());
    relations.addAll(this.relations);
    relations.addAll(similarNames(a, b, relations, statements.added(), statements.dropped(), weights));
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

  // Areas the other version lacks, by label, with the name the document gave them.
  private static Map<String, String> names(Map<String, List<Finding>> side, Set<String> other) {
    Map<String, String> names = new LinkedHashMap<>();
    side.forEach((label, findings) -> {
      Finding f = findings.get(0);
      if (!other.contains(label) && AREAS.contains(f.kind()) && f.text() != null) {
        names.put(label, f.text());
      }
    });
    return names;
  }

  private static final Set<FindingKind> AREAS = Set.of(FindingKind.RIGHTS_AREA, FindingKind.FOCUS_AREA);
  // Words any area name may carry ("Förebyggande arbete", "Insatser för unga"): alone they relate nothing.
  private static final Set<String> GENERIC = Set.of("arbete", "insats", "insatser", "område", "områden", "fråga", "frågor", "verksamhet", "kommun", "stad");
  private static final double NAME_OVERLAP = 0.5;

  // Areas the thesaurus does not relate and the later document says nothing about: an earlier area whose name
  // shares at least half of the weight of the lighter name's stems with a later one continues there ("Förebygga
  // hemlöshet" → "Förebyggande arbete"); it goes to its best match, and also to every later area whose name is
  // mostly its own words (a split), so two earlier areas may meet in one later area (a merge).
  private List<ConceptRelation> similarNames(
      Map<String, List<Finding>> a, Map<String, List<Finding>> b, List<ConceptRelation> known, Set<String> statedNew, Set<String> statedGone,
      ContentLemmas.Weights weights) {
    if (lemmas == null) {
      return List.of();
    }
    Set<String> related = new java.util.HashSet<>();
    known.forEach(r -> {
      related.add(r.from());
      related.add(r.to());
    });
    Map<String, Set<String>> earlier = keys(names(a, b.keySet()), related, statedGone);
    Map<String, Set<String>> later = keys(names(b, a.keySet()), related, statedNew);
    List<ConceptRelation> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : earlier.entrySet()) {
      double best = 0;
      Map<String, Double> scores = new LinkedHashMap<>();
      for (Map.Entry<String, Set<String>> l : later.entrySet()) {
        Set<String> shared = new java.util.HashSet<>(e.getValue());
        shared.retainAll(l.getValue());
        shared.removeAll(genericKeys());
        if (shared.isEmpty()) {
          continue;
        }
        double overlap = mass(shared, weights) / Math.min(mass(e.getValue(), weights), mass(l.getValue(), weights));
        if (overlap >= NAME_OVERLAP) {
          scores.put(l.getKey(), overlap);
          best = Math.max(best, overlap);
        }
      }
      for (Map.Entry<String, Double> s : scores.entrySet()) {
        Set<String> part = new java.util.HashSet<>(later.get(s.getKey()));
        double size = mass(part, weights);
        part.retainAll(e.getValue());
        if (s.getValue() == best || mass(part, weights) / size >= NAME_OVERLAP) {
          out.add(new ConceptRelation(e.getKey(), s.getKey(), SIMILAR_NAME));
        }
      }
    }
    return out;
  }

  private Map<String, Set<String>> keys(Map<String, String> names, Set<String> related, Set<String> excluded) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    names.forEach((label, name) -> {
      if (!related.contains(label) && !excluded.contains(label)) {
        Set<String> k = new java.util.LinkedHashSet<>(lemmas.keys(name));
        if (!k.isEmpty()) {
          keys.put(label, k);
        }
      }
    });
    return keys;
  }

  private static double mass(Set<String> keys, ContentLemmas.Weights weights) {
    return keys.stream().mapToDouble(k -> weights == null ? 1 : weights.weight(k)).sum();
  }

  private Set<String> genericKeys() {
    Set<String> keys = new java.util.HashSet<>();
    GENERIC.forEach(w -> keys.addAll(lemmas.keys(w)));
    return keys;
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
