package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
  static final double OTHER_ACTOR = 0.55;

  /** A responsibility with the content keys of its duty. */
  record Item(Finding finding, Set<String> keys) {
    String actor() {
      return Objects.requireNonNullElse(finding.actor(), "").trim().toLowerCase(Locale.ROOT);
    }
  }

  private final ContentLemmas.Weights weights;

  ResponsibilityAlignment(ContentLemmas.Weights weights) {
    this.weights = weights;
  }

  List<ResponsibilityChange> align(List<Item> before, List<Item> after) {
    List<ResponsibilityChange> changes = new ArrayList<>();
    Set<Item> usedA = new HashSet<>();
    Set<Item> usedB = new HashSet<>();
    pair(before, after, usedA, usedB, true, SAME_ACTOR, Change.KEPT, changes);
    pair(before, after, usedA, usedB, false, OTHER_ACTOR, Change.MOVED, changes);
    reuse(before, after, usedA, usedB, changes);
    before.stream().filter(a -> !usedA.contains(a)).forEach(a -> changes.add(new ResponsibilityChange(Change.DROPPED, a.finding(), null, 0)));
    after.stream().filter(b -> !usedB.contains(b)).forEach(b -> changes.add(new ResponsibilityChange(Change.ADDED, null, b.finding(), 0)));
    changes.sort(Comparator.comparingInt(ResponsibilityAlignment::position));
    return changes;
  }

  private void pair(
      List<Item> before, List<Item> after, Set<Item> usedA, Set<Item> usedB, boolean sameActor, double threshold,
      Change label, List<ResponsibilityChange> out) {
    List<Object[]> pairs = new ArrayList<>();
    for (Item a : before) {
      for (Item b : after) {
        if (usedA.contains(a) || usedB.contains(b) || a.actor().equals(b.actor()) != sameActor) {
          continue;
        }
        double sim = similarity(a, b);
        if (sim >= threshold) {
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

  // A duty can go to several actors (one board in 2018, a board and the districts in 2025) and several duties
  // to one actor: what is still unmatched may pair with an item already matched, if the duty is as close.
  private void reuse(List<Item> before, List<Item> after, Set<Item> usedA, Set<Item> usedB, List<ResponsibilityChange> out) {
    List<ResponsibilityChange> extra = new ArrayList<>();
    for (Item b : after) {
      if (!usedB.contains(b)) {
        best(b, before, false).ifPresent(a -> {
          extra.add(new ResponsibilityChange(a.actor().equals(b.actor()) ? Change.KEPT : Change.MOVED, a.finding(), b.finding(), GoalAlignment.round(similarity(a, b))));
          usedB.add(b);
        });
      }
    }
    for (Item a : before) {
      if (!usedA.contains(a)) {
        best(a, after, true).ifPresent(b -> {
          extra.add(new ResponsibilityChange(a.actor().equals(b.actor()) ? Change.KEPT : Change.MOVED, a.finding(), b.finding(), GoalAlignment.round(similarity(a, b))));
          usedA.add(a);
        });
      }
    }
    out.addAll(extra);
  }

  private java.util.Optional<Item> best(Item item, List<Item> others, boolean itemIsBefore) {
    Item best = null;
    double bestSim = 0;
    for (Item o : others) {
      double sim = similarity(item, o);
      double threshold = o.actor().equals(item.actor()) ? SAME_ACTOR : OTHER_ACTOR;
      if (sim >= threshold && sim > bestSim) {
        best = o;
        bestSim = sim;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  // The same actor's duty, retold shorter or longer, is still the same duty: for one actor the shorter duty's
  // share in the longer counts as much as the cosine. Between actors only the cosine counts.
  private double similarity(Item a, Item b) {
    double cosine = weights.cosine(a.keys(), b.keys());
    if (!a.actor().equals(b.actor())) {
      return cosine;
    }
    Item shorter = a.keys().size() <= b.keys().size() ? a : b;
    Item longer = shorter == a ? b : a;
    return Math.max(cosine, weights.containment(shorter.keys(), longer.keys()));
  }

  private static int position(ResponsibilityChange c) {
    Finding f = c.before() != null ? c.before() : c.after();
    int side = c.before() == null ? 1_000_000_000 : 0;
    return side + (f.evidence() == null ? 0 : f.evidence().span().start() / 2);
  }
}
