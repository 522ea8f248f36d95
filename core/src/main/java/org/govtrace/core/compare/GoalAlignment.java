package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.govtrace.core.model.Finding;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.GoalChange;

/**
 * Aligns the goals of two versions by weighted similarity of their content lemmas: first goals split into
 * several or merged from several (each part mostly contained in the whole, and the parts covering the whole or
 * being parallel goals whose own items the whole names), then one-to-one pairs, kept or reworded; what is left
 * is dropped or added.
 */
final class GoalAlignment {

  private static final java.util.regex.Pattern LIST_LABEL =
      java.util.regex.Pattern.compile("(?iU)^\\s*(?:\\p{L}+\\s+)?\\p{L}*mål\\s*\\d+(?:\\.\\d+)*\\s*(?:[.:)]|[–—-](?=\\s))\\s*");

  static final double PAIR = 0.3;
  static final double PART_CONTAINED = 0.6;
  static final double WHOLE_COVERED = 0.6;
  static final double FRAME = 0.5;

  /** A goal with its content keys. */
  record Item(Finding finding, Set<String> keys) {}

  private final ContentLemmas.Weights weights;

  GoalAlignment(ContentLemmas.Weights weights) {
    this.weights = weights;
  }

  List<GoalChange> align(List<Item> before, List<Item> after) {
    List<GoalChange> changes = new ArrayList<>();
    Set<Item> usedA = new HashSet<>();
    Set<Item> usedB = new HashSet<>();
    for (Item a : before) {
      List<Item> parts = parts(a, after, before, usedB);
      if (parts.size() >= 2) {
        changes.add(new GoalChange(Change.SPLIT, List.of(a.finding()), findings(parts), round(weights.cosine(a.keys(), union(parts))), List.of()));
        usedA.add(a);
        usedB.addAll(parts);
      }
    }
    for (Item b : after) {
      if (usedB.contains(b)) {
        continue;
      }
      List<Item> parts = parts(b, before, after, usedA);
      if (parts.size() >= 2) {
        changes.add(new GoalChange(Change.MERGED, findings(parts), List.of(b.finding()), round(weights.cosine(union(parts), b.keys())), List.of()));
        usedB.add(b);
        usedA.addAll(parts);
      }
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      for (int j = 0; j < after.size(); j++) {
        if (!usedA.contains(before.get(i)) && !usedB.contains(after.get(j))) {
          double sim = weights.cosine(before.get(i).keys(), after.get(j).keys());
          if (sim >= PAIR || sameWords(before.get(i), after.get(j))) {
            pairs.add(new double[] {sim, i, j});
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((double[] p) -> p[0]).reversed());
    for (double[] p : pairs) {
      Item a = before.get((int) p[1]);
      Item b = after.get((int) p[2]);
      if (usedA.contains(a) || usedB.contains(b)) {
        continue;
      }
      usedA.add(a);
      usedB.add(b);
      // Kept means the same meaning-bearing lemmas: only function words, order or inflection changed.
      boolean kept = sameWords(a, b) || a.keys().equals(b.keys());
      changes.add(
          new GoalChange(
              kept ? Change.KEPT : Change.REWORDED,
              List.of(a.finding()),
              List.of(b.finding()),
              round(p[0]),
              kept && sameWords(a, b) ? List.of() : WordDiffs.diff(a.finding().text(), b.finding().text())));
    }
    attachLeftovers(after, before, usedB, changes, true);
    attachLeftovers(before, after, usedA, changes, false);
    before.stream().filter(a -> !usedA.contains(a)).forEach(a -> changes.add(new GoalChange(Change.DROPPED, List.of(a.finding()), List.of(), 0, List.of())));
    after.stream().filter(b -> !usedB.contains(b)).forEach(b -> changes.add(new GoalChange(Change.ADDED, List.of(), List.of(b.finding()), 0, List.of())));
    changes.sort(Comparator.comparingInt(GoalAlignment::position));
    return changes;
  }

  // A goal left without a partner whose best match is a goal already paired, close enough to have been paired
  // itself, and most of whose words come from it, is a further part of that goal: "Personer i hemlöshet ska
  // erbjudas samordnade insatser från kommunen och regionen" is split into a plan for each person and "Kommunen
  // och regionen har gemensamma rutiner för samverkan kring personer i hemlöshet". Words are counted, not
  // weighted, because the words they share are the frame both goals are about.
  private void attachLeftovers(List<Item> leftovers, List<Item> partners, Set<Item> used, List<GoalChange> changes, boolean later) {
    for (Item x : leftovers) {
      if (used.contains(x) || x.keys().isEmpty()) {
        continue;
      }
      Item best = null;
      double bestSim = 0;
      for (Item p : partners) {
        double sim = weights.cosine(x.keys(), p.keys());
        if (sim > bestSim) {
          best = p;
          bestSim = sim;
        }
      }
      if (best == null || bestSim < PAIR) {
        continue;
      }
      Set<String> shared = new HashSet<>(x.keys());
      shared.retainAll(best.keys());
      if (shared.size() < FRAME * x.keys().size()) {
        continue;
      }
      Finding partner = best.finding();
      for (int i = 0; i < changes.size(); i++) {
        GoalChange c = changes.get(i);
        List<Finding> side = later ? c.before() : c.after();
        boolean oneToMany = later ? c.change() == Change.SPLIT : c.change() == Change.MERGED;
        if (side.size() == 1 && side.get(0).equals(partner) && (c.change() == Change.REWORDED || oneToMany)) {
          List<Finding> others = new ArrayList<>(later ? c.after() : c.before());
          others.add(x.finding());
          changes.set(i, later
              ? new GoalChange(Change.SPLIT, c.before(), others, c.similarity(), List.of())
              : new GoalChange(Change.MERGED, others, c.after(), c.similarity(), List.of()));
          used.add(x);
          break;
        }
      }
    }
  }

  // The goals of `others` that are each mostly contained in `whole` and together cover it; a goal that has a
  // partner with the same lemmas on the same side as `whole` belongs to that partner, not to a split.
  private List<Item> parts(Item whole, List<Item> others, List<Item> sameSide, Set<Item> used) {
    List<Item> parts = new ArrayList<>();
    for (Item o : others) {
      if (used.contains(o)) {
        continue;
      }
      if (o.keys().equals(whole.keys())) {
        return List.of();
      }
      boolean owned = sameSide.stream().anyMatch(s -> s != whole && s.keys().equals(o.keys()));
      if (!owned && weights.containment(o.keys(), whole.keys()) >= PART_CONTAINED) {
        parts.add(o);
      }
    }
    if (parts.size() >= 2 && (weights.containment(whole.keys(), union(parts)) >= WHOLE_COVERED || parallel(parts, whole, sameSide))) {
      return parts;
    }
    return List.of();
  }

  // Parallel goals ("Barn … ska ha en stabil skolgång", "Barn … ska ha tillgång till fritid") share a frame of
  // at least half of each one's words, and the whole names what each adds to it ("Barn … har en stabil skolgång,
  // en trygg boendemiljö och tillgång till fritid"): the whole may add items of its own and still be their merger.
  // The frame is usually the document's topic, so it is counted in words, not weighted; and each part must match
  // the whole better than any other goal on the whole's side.
  private boolean parallel(List<Item> parts, Item whole, List<Item> sameSide) {
    Set<String> frame = new HashSet<>(parts.get(0).keys());
    parts.forEach(p -> frame.retainAll(p.keys()));
    for (Item p : parts) {
      Set<String> own = new HashSet<>(p.keys());
      own.removeAll(frame);
      if (own.isEmpty() || frame.size() < FRAME * p.keys().size() || weights.containment(own, whole.keys()) < PART_CONTAINED) {
        return false;
      }
      double toWhole = weights.cosine(p.keys(), whole.keys());
      if (sameSide.stream().anyMatch(s -> s != whole && weights.cosine(p.keys(), s.keys()) > toWhole)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> union(List<Item> items) {
    Set<String> keys = new HashSet<>();
    items.forEach(i -> keys.addAll(i.keys()));
    return keys;
  }

  private static List<Finding> findings(List<Item> items) {
    return items.stream().map(Item::finding).toList();
  }

  private static boolean sameWords(Item a, Item b) {
    return normalised(a.finding().text()).equals(normalised(b.finding().text()));
  }

  private static String normalised(String text) {
    return String.join(" ", WordDiffs.words(withoutListLabel(text == null ? "" : text).toLowerCase(Locale.ROOT)));
  }

  /**
   * The goal without its list label ("Delmål 5:", "Resultatmål 3.", "Mål 2)", "Mål 1.2 –"): labels are renumbered
   * between versions.
   */
  static String withoutListLabel(String text) {
    return LIST_LABEL.matcher(text).replaceFirst("");
  }

  /** The list label at the start of a goal, or the empty string. */
  static String listLabel(String text) {
    java.util.regex.Matcher m = LIST_LABEL.matcher(text);
    return m.find() ? m.group() : "";
  }

  private static int position(GoalChange c) {
    Finding f = !c.before().isEmpty() ? c.before().get(0) : c.after().get(0);
    int side = c.before().isEmpty() ? 1_000_000_000 : 0;
    return side + (f.evidence() == null ? 0 : f.evidence().span().start() / 2);
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
