package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.Finding;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.ResponsibilityChange;

/**
 * Aligns responsibilities of two versions: the same actor with a similar duty is kept; a similar duty with
 * another actor has moved; the rest is dropped or added. Duties compare by weighted content lemmas with the
 * actor's own words taken out, so the name of a board does not make two duties look alike.
 */
final class ResponsibilityAlignment {

  static final double SAME_ACTOR = 0.4;
  /** A duty between a single board and a collective that includes it ("samtliga nämnder", "stadsdelsnämnderna"). */
  static final double MEMBER_ACTOR = 0.45;
  static final double OTHER_ACTOR = 0.55;

  // Collective actors (DOMAIN.md): "samtliga nämnder och bolagsstyrelser", "berörda nämnder", "nämnderna",
  // "stadsdelsnämnderna", "facknämnderna".
  private static final Pattern KIND_OF_BOARDS = Pattern.compile("(?U)(\\p{L}+)nämnder");
  private static final Pattern COLLECTIVE =
      Pattern.compile("(?U)^(?:(?:samtliga|alla|berörda|övriga|respektive)\\s.*|\\p{L}*(?:nämnderna|styrelserna|förvaltningarna)\\b.*)");

  /**
   * A responsibility with the content keys of its duty, and the goal it is for when the document assigns a goal
   * ("Särskilt ansvarig: X" under it, "X ansvarar för delmål 2"); null otherwise.
   */
  record Item(Finding finding, Set<String> keys, Finding goal) {
    Item(Finding finding, Set<String> keys) {
      this(finding, keys, null);
    }

    String actor() {
      return Objects.requireNonNullElse(finding.actor(), "").trim().toLowerCase(Locale.ROOT);
    }
  }

  private final ContentLemmas.Weights weights;
  private final DutyVocabulary vocabulary;

  ResponsibilityAlignment(ContentLemmas.Weights weights, DutyVocabulary vocabulary) {
    this.weights = weights;
    this.vocabulary = vocabulary;
  }

  List<ResponsibilityChange> align(List<Item> before, List<Item> after) {
    return align(before, after, (a, b) -> false);
  }

  /**
   * The changes, with responsibilities for a goal following that goal's own alignment first: the same board
   * for a goal and its reworded (split, merged) successor keeps its responsibility, however the goal was
   * reworded; another board that takes it over where the first has none moves it.
   *
   * @param goalsAligned whether an earlier goal and a later one were aligned (kept, reworded, split, merged)
   */
  List<ResponsibilityChange> align(List<Item> before, List<Item> after, java.util.function.BiPredicate<Finding, Finding> goalsAligned) {
    List<ResponsibilityChange> changes = new ArrayList<>();
    Set<Item> usedA = new HashSet<>();
    Set<Item> usedB = new HashSet<>();
    followGoals(before, after, usedA, usedB, goalsAligned, true, Change.KEPT, changes);
    followGoals(before, after, usedA, usedB, goalsAligned, false, Change.MOVED, changes);
    pair(before, after, usedA, usedB, true, Change.KEPT, changes);
    pair(before, after, usedA, usedB, false, Change.MOVED, changes);
    reuse(before, after, usedA, usedB, changes);
    // Items that share a finding (one per goal of "ansvarar för delmål 1, 2 och 4") are one responsibility: it
    // is dropped or added only when none of its items was paired, and then once.
    Set<Finding> pairedA = new HashSet<>();
    Set<Finding> pairedB = new HashSet<>();
    usedA.forEach(a -> pairedA.add(a.finding()));
    usedB.forEach(b -> pairedB.add(b.finding()));
    before.stream().filter(a -> pairedA.add(a.finding())).forEach(a -> changes.add(new ResponsibilityChange(Change.DROPPED, a.finding(), null, 0)));
    after.stream().filter(b -> pairedB.add(b.finding())).forEach(b -> changes.add(new ResponsibilityChange(Change.ADDED, null, b.finding(), 0)));
    changes.sort(Comparator.comparingInt(ResponsibilityAlignment::position));
    return changes;
  }

  private void pair(
      List<Item> before, List<Item> after, Set<Item> usedA, Set<Item> usedB, boolean sameActor, Change label,
      List<ResponsibilityChange> out) {
    List<Object[]> pairs = new ArrayList<>();
    for (Item a : before) {
      for (Item b : after) {
        if (usedA.contains(a) || usedB.contains(b) || a.actor().equals(b.actor()) != sameActor
            || coActorOfPaired(a, before, usedA) || coActorOfPaired(b, after, usedB)) {
          continue;
        }
        double sim = similarity(a, b);
        if (sim >= threshold(a, b)) {
          pairs.add(new Object[] {sim, a, b});
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Object[] p) -> (double) p[0]).reversed());
    for (Object[] p : pairs) {
      Item a = (Item) p[1];
      Item b = (Item) p[2];
      if (!usedA.contains(a) && !usedB.contains(b)) {
        usedA.add(a);
        usedB.add(b);
        out.add(new ResponsibilityChange(label, a.finding(), b.finding(), GoalAlignment.round((double) p[0])));
      }
    }
  }

  private void followGoals(
      List<Item> before, List<Item> after, Set<Item> usedA, Set<Item> usedB, java.util.function.BiPredicate<Finding, Finding> goalsAligned,
      boolean sameActor, Change label, List<ResponsibilityChange> out) {
    for (Item a : before) {
      for (Item b : after) {
        if (a.goal() != null && b.goal() != null && !usedA.contains(a) && !usedB.contains(b) && a.actor().equals(b.actor()) == sameActor
            && goalsAligned.test(a.goal(), b.goal())) {
          // Another board only takes over a goal whose board has no part in it any more.
          if (!sameActor && after.stream().anyMatch(o -> o.goal() != null && o.actor().equals(a.actor()) && goalsAligned.test(a.goal(), o.goal()))) {
            continue;
          }
          usedA.add(a);
          usedB.add(b);
          out.add(new ResponsibilityChange(label, a.finding(), b.finding(), GoalAlignment.round(similarity(a, b))));
        }
      }
    }
  }

  // A duty can go to several actors (one board in 2018, a board and the districts in 2025) and several duties
  // to one actor: what is still unmatched may pair with an item already matched, if the duty is as close.
  private void reuse(List<Item> before, List<Item> after, Set<Item> usedA, Set<Item> usedB, List<ResponsibilityChange> out) {
    List<ResponsibilityChange> extra = new ArrayList<>();
    for (Item b : after) {
      if (!usedB.contains(b) && !coActorOfPaired(b, after, usedB)) {
        best(b, before, false).ifPresent(a -> {
          extra.add(new ResponsibilityChange(a.actor().equals(b.actor()) ? Change.KEPT : Change.MOVED, a.finding(), b.finding(), GoalAlignment.round(similarity(a, b))));
          usedB.add(b);
        });
      }
    }
    for (Item a : before) {
      if (!usedA.contains(a) && !coActorOfPaired(a, before, usedA)) {
        best(a, after, true).ifPresent(b -> {
          extra.add(new ResponsibilityChange(a.actor().equals(b.actor()) ? Change.KEPT : Change.MOVED, a.finding(), b.finding(), GoalAlignment.round(similarity(a, b))));
          usedA.add(a);
        });
      }
    }
    out.addAll(extra);
  }

  // A board named beside another for the same goal ("Särskilt ansvariga: X och Y") whose partner already has its
  // counterpart is a new (or dropped) co-actor, not the same duty moved to it.
  private static boolean coActorOfPaired(Item item, List<Item> side, Set<Item> used) {
    return item.goal() != null && side.stream().anyMatch(o -> o != item && used.contains(o) && item.goal().equals(o.goal()) && !o.actor().equals(item.actor()));
  }

  private java.util.Optional<Item> best(Item item, List<Item> others, boolean itemIsBefore) {
    Item best = null;
    double bestSim = 0;
    for (Item o : others) {
      double sim = similarity(item, o);
      double threshold = threshold(item, o);
      if (sim >= threshold && sim > bestSim) {
        best = o;
        bestSim = sim;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  // A duty that goes from one board to a collective that includes it (or back) has the same people behind it:
  // it needs less similar words than a duty handed to an unrelated board.
  private static double threshold(Item a, Item b) {
    if (a.actor().equals(b.actor())) {
      return SAME_ACTOR;
    }
    return includes(a.actor(), b.actor()) || includes(b.actor(), a.actor()) ? MEMBER_ACTOR : OTHER_ACTOR;
  }

  /**
   * Whether the collective actor {@code group} includes {@code member}: "stadsdelsnämnderna" (or
   * "områdesnämnderna") the boards of that kind, "facknämnderna" the boards that are not district boards, "samtliga nämnder" and "nämnderna" every board, "bolagsstyrelser"
   * the company boards.
   *
   * @param group an actor in lower case
   * @param member another actor in lower case
   * @return true when {@code group} is a collective that names {@code member}'s kind of board
   */
  static boolean includes(String group, String member) {
    if (!COLLECTIVE.matcher(group).matches() || group.equals(member)) {
      return false;
    }
    boolean district = member.contains("stadsdelsnämnd") || member.contains("områdesnämnd") || member.contains("distriktsnämnd");
    if (group.contains("facknämnder")) {
      return member.contains("nämnd") && !district;
    }
    // "stadsdelsnämnderna", "områdesnämnderna": boards of that kind only.
    Matcher kind = KIND_OF_BOARDS.matcher(group);
    if (kind.find()) {
      return member.contains(kind.group(1) + "nämnd");
    }
    if ((group.contains("bolagsstyrelser") || group.contains("bolag")) && (member.contains("bolag") || member.endsWith(" ab") || member.contains("styrelsen") && !member.contains("kommunstyrelse"))) {
      return true;
    }
    return group.contains("nämnder") && (member.contains("nämnd") || member.contains("kommunstyrelse"));
  }

  // A duty retold shorter or longer is still the same duty: the shorter duty's share in the longer counts as
  // much as the cosine. One word in common is no retelling ("samverka kring förskolan" is not every duty that
  // mentions the förskola): for one actor the share counts from two shared words, between actors (where more
  // duties could meet by chance) from three shared object words ("ge stöd till barn" is in many boards' duties).
  double similarity(Item a, Item b) {
    if (!sameObject(a, b)) {
      return 0;
    }
    double cosine = weights.cosine(a.keys(), b.keys());
    Item shorter = a.keys().size() <= b.keys().size() ? a : b;
    Item longer = shorter == a ? b : a;
    boolean retold = a.actor().equals(b.actor())
        ? shorter.keys().stream().filter(longer.keys()::contains).count() >= 2
        : objects(shorter).stream().filter(longer.keys()::contains).count() >= 3;
    return retold ? Math.max(cosine, weights.containment(shorter.keys(), longer.keys())) : cosine;
  }

  // What a duty is about lies in its object words ("brobyggare", "föreningsstöd"), not in its verb ("ta fram")
  // or in generic words ("arbetet", "strategin"). Two duties that each name an object but share none are two
  // duties. A duty without an object ("omsätta strategin i verksamheten") may only stay with its actor or go
  // to a collective that includes it: between unrelated boards it says too little to follow.
  private boolean sameObject(Item a, Item b) {
    List<String> objectsA = objects(a);
    List<String> objectsB = objects(b);
    if (objectsA.isEmpty() || objectsB.isEmpty()) {
      return threshold(a, b) < OTHER_ACTOR;
    }
    for (String k : objectsA) {
      for (String o : objectsB) {
        if (k.equals(o) || ContentLemmas.Weights.compoundPartOf(k, o)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<String> objects(Item item) {
    return item.keys().stream().filter(k -> !DutyVocabulary.isGroup(k) && !vocabulary.isGeneric(k)).toList();
  }

  private static int position(ResponsibilityChange c) {
    Finding f = c.before() != null ? c.before() : c.after();
    int side = c.before() == null ? 1_000_000_000 : 0;
    return side + (f.evidence() == null ? 0 : f.evidence().span().start() / 2);
  }
}
