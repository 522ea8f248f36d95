package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.DocumentRef;
import org.govtrace.core.query.GoalChange;
import org.govtrace.core.query.ResponsibilityChange;

/**
 * Compares two versions of a steering document (a 2018 strategy and the 2025 plan that replaces it): concepts
 * kept, added and dropped; responsibilities kept, added, dropped and moved; goals kept, reworded, split,
 * merged, dropped and added; passages reused. Reads only the analysed documents. Thread-safe.
 */
public final class DocumentComparator {

  private static final Pattern GOAL_NUMBERS = Pattern.compile("(?iU)\\b(?:del|resultat|effekt)?mål(?:en)?\\s+((?:\\d+\\s*(?:,|och|samt|–|-)?\\s*)+)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  // Words of the responsibility formula itself, not of the duty ("Särskilt ansvarig: X").
  private static final String ROLE_WORDS = "särskilt ansvar ansvarig ansvarigt huvudansvar ansvara";

  private final ContentLemmas lemmas;
  private final DutyVocabulary vocabulary;
  private final Set<String> roleWords;
  private final PassageAligner aligner;
  private final List<ConceptRelation> relations;

  /**
   * A comparator sharing the given lemma reader, with its own reuse aligner.
   *
   * @param lemmas the content-lemma reader shared with other engines
   * @param relations thesaurus relations between concepts of different versions; may be empty
   */
  public DocumentComparator(ContentLemmas lemmas, List<ConceptRelation> relations) {
    this(lemmas, new PassageAligner(), relations);
  }

  /**
   * A comparator sharing the given lemma reader and aligner.
   *
   * @param lemmas the content-lemma reader shared with other engines
   * @param aligner the reuse aligner
   * @param relations thesaurus relations between concepts of different versions; may be empty
   */
  DocumentComparator(ContentLemmas lemmas, PassageAligner aligner, List<ConceptRelation> relations) {
    this.lemmas = lemmas;
    this.vocabulary = new DutyVocabulary(lemmas);
    this.roleWords = vocabulary.keys(ROLE_WORDS);
    this.aligner = aligner;
    this.relations = List.copyOf(relations);
  }

  /**
   * What changed from {@code a} (earlier) to {@code b} (later).
   *
   * @param a the earlier document
   * @param b the later document
   * @return concept, responsibility and goal changes and reused passages
   */

  public Comparison compare(AnalyzedDocument a, AnalyzedDocument b) {
    List<Set<String>> bags = new ArrayList<>();
    for (AnalyzedDocument d : List.of(a, b)) {
      for (Sentence s : d.sentences()) {
        bags.add(new HashSet<>(lemmas.keys(s.tokens())));
      }
    }
    ContentLemmas.Weights weights = lemmas.weights(bags);
    List<Set<String>> dutyBags = new ArrayList<>();
    for (AnalyzedDocument d : List.of(a, b)) {
      for (Sentence s : d.sentences()) {
        dutyBags.add(vocabulary.keys(s.tokens()));
      }
    }
    List<GoalChange> goals =
        new GoalAlignment(weights).align(goalItems(a), goalItems(b));
    Set<List<Finding>> alignedGoals = new HashSet<>();
    for (GoalChange g : goals) {
      if (g.change() != org.govtrace.core.query.Change.DROPPED && g.change() != org.govtrace.core.query.Change.ADDED) {
        g.before().forEach(x -> g.after().forEach(y -> alignedGoals.add(List.of(x, y))));
      }
    }
    List<ResponsibilityChange> duties =
        new ResponsibilityAlignment(vocabulary.weights(dutyBags), vocabulary)
            .align(dutyItems(a), dutyItems(b), (x, y) -> alignedGoals.contains(List.of(x, y)));
    List<ConceptChange> concepts =
        new ConceptAlignment(relations, lemmas).align(a.findings(), b.findings(), b.sentences().stream().map(Sentence::text).toList(), weights);
    return new Comparison(DocumentRef.of(a), DocumentRef.of(b), concepts, duties, goals, aligner.align(a, b));
  }

  private List<GoalAlignment.Item> goalItems(AnalyzedDocument doc) {
    Map<String, GoalAlignment.Item> items = new LinkedHashMap<>();
    for (Finding f : doc.findings()) {
      if (f.kind() == FindingKind.GOAL) {
        // Several rules may find the same goal: one goal per sentence and wording.
        Set<String> keys = lemmas.keys(doc, f);
        keys.removeAll(lemmas.keys(GoalAlignment.listLabel(f.text() == null ? "" : f.text())));
        items.putIfAbsent(key(f), new GoalAlignment.Item(f, keys));
      }
    }
    return List.copyOf(items.values());
  }

  private List<ResponsibilityAlignment.Item> dutyItems(AnalyzedDocument doc) {
    List<Finding> goals = doc.findings().stream().filter(f -> f.kind() == FindingKind.GOAL && f.evidence() != null).toList();
    Map<String, ResponsibilityAlignment.Item> items = new LinkedHashMap<>();
    for (Finding f : doc.findings()) {
      if (f.kind() != FindingKind.RESPONSIBILITY) {
        continue;
      }
      Finding duty = f;
      Finding forGoal = null;
      Set<String> keys = dutyKeys(doc, f);
      if (f.actor() != null) {
        keys.removeAll(vocabulary.keys(f.actor()));
      }
      keys.removeAll(roleWords);
      if (keys.size() < 2) {
        // "Särskilt ansvarig: X" under a goal: the duty is the goal above it.
        Finding goal = goalAbove(doc, goals, f);
        if (goal != null) {
          forGoal = goal;
          duty = new Finding(f.kind(), f.label(), f.actor(), f.modality(), GoalAlignment.withoutListLabel(goal.text()), f.evidence(), f.rule() + "+goal-above");
          keys = dutyKeys(doc, goal);
          keys.removeAll(vocabulary.keys(GoalAlignment.listLabel(goal.text())));
        }
      }
      if (forGoal == null) {
        // The analysis may already have given the goal's wording as the duty ("Särskilt ansvarig: X" under it).
        forGoal = goals.stream().filter(g -> sameGoal(g.text(), f.text())).findFirst().orElse(null);
      }
      // "ansvarar för delmål 1, 2 och 4": the duty is those goals, each a duty of its own that may stay, move
      // or go; they are reported as the one responsibility the document states.
      Matcher cited = GOAL_NUMBERS.matcher(f.text() == null ? "" : f.text());
      List<Set<String>> citedGoals = new ArrayList<>();
      List<Finding> cites = new ArrayList<>();
      if (cited.find()) {
        keys.removeAll(vocabulary.keys(cited.group()));
        Matcher number = NUMBER.matcher(cited.group(1));
        while (number.find()) {
          for (Finding goal : goals) {
            Matcher label = NUMBER.matcher(GoalAlignment.listLabel(goal.text()));
            if (label.find() && label.group().equals(number.group())) {
              Set<String> goalKeys = new LinkedHashSet<>(keys);
              goalKeys.addAll(dutyKeys(doc, goal));
              goalKeys.removeAll(vocabulary.keys(GoalAlignment.listLabel(goal.text())));
              citedGoals.add(goalKeys);
              cites.add(goal);
            }
          }
        }
      }
      if (citedGoals.isEmpty()) {
        items.putIfAbsent(key(f) + "|" + f.actor(), new ResponsibilityAlignment.Item(duty, keys, forGoal));
      } else {
        for (int i = 0; i < citedGoals.size(); i++) {
          items.putIfAbsent(key(f) + "|" + f.actor() + "|" + i, new ResponsibilityAlignment.Item(duty, citedGoals.get(i), cites.get(i)));
        }
      }
    }
    return List.copyOf(items.values());
  }

  // Between two versions the steering document and the verbs of duties change names ("omsätta strategin",
  // "genomföra handlingsplanen"): the vocabulary puts them in groups.
  private Set<String> dutyKeys(AnalyzedDocument doc, Finding f) {
    List<Token> tokens = lemmas.tokens(doc, f);
    return new LinkedHashSet<>(tokens.isEmpty() ? vocabulary.keys(f.text() == null ? "" : f.text()) : vocabulary.keys(tokens));
  }

  private static boolean sameGoal(String goal, String duty) {
    if (goal == null || duty == null) {
      return false;
    }
    String g = GoalAlignment.withoutListLabel(goal).replaceAll("[\\s.]+$", "").strip();
    return !g.isEmpty() && g.equalsIgnoreCase(GoalAlignment.withoutListLabel(duty).replaceAll("[\\s.]+$", "").strip());
  }

  private static Finding goalAbove(AnalyzedDocument doc, List<Finding> goals, Finding f) {
    int sentence = -1;
    for (Sentence s : doc.sentences()) {
      if (s.span().overlaps(f.evidence().span())) {
        sentence = s.index();
        break;
      }
    }
    Finding best = null;
    for (Finding goal : goals) {
      int at = -1;
      for (Sentence s : doc.sentences()) {
        if (s.span().overlaps(goal.evidence().span())) {
          at = s.index();
          break;
        }
      }
      if (at >= 0 && at <= sentence && sentence - at <= 2 && (best == null || goal.evidence().span().start() > best.evidence().span().start())) {
        best = goal;
      }
    }
    return best;
  }

  private static String key(Finding f) {
    return (f.evidence() == null ? "" : f.evidence().span().toString()) + "|" + f.text();
  }
}
