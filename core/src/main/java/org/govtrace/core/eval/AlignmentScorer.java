package org.govtrace.core.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.AlignmentReport;
import org.govtrace.core.query.AlignmentScore;
import org.govtrace.core.query.Change;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.ConceptRelation;
import org.govtrace.core.query.GoalChange;
import org.govtrace.core.query.ResponsibilityChange;

/**
 * Scores a {@link Comparison} against a gold alignment: precision, recall and F1 of aligned pairs (both
 * sides present) and of labelled pairs (every pair, its label included), for goals, areas and
 * responsibilities and over all. Items match as in the shared gold format: sentences when their longest
 * common substring covers half of the gold sentence, names case-insensitively (or named in the evidence
 * sentence), responsibilities by actor and a duty token Jaccard of at least 0.4.
 *
 * <p>How a comparison's changes become pairs: a split or merge gives one {@code reworded} pair per part; an
 * earlier area related to an added one (by the later document's own words, else by the thesaurus) is a
 * {@code reworded} pair.
 */
public final class AlignmentScorer {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A predicted or gold pair in comparable form. */
  record Item(String from, String to, Change label) {}

  /** A scorer; it holds no state. */
  public AlignmentScorer() {}

  /**
   * Reads a gold alignment file and scores the comparison of the two documents it names.
   *
   * @param goldFile the gold alignment file (format in {@code corpus/MANIFEST-FORMAT.md})
   * @param compare compares the earlier document's file with the later one's
   * @return the scores of pairs and of labels by part
   * @throws org.govtrace.core.GovTraceException when the gold file cannot be read
   */
  public AlignmentReport score(Path goldFile, BiFunction<Path, Path, Comparison> compare) {
    AlignmentGold gold = AlignmentGold.read(goldFile);
    return score(gold, compare.apply(gold.from(), gold.to()));
  }

  /**
   * Scores the comparison against the gold.
   *
   * @param gold the gold alignment
   * @param comparison the comparison of the two documents the gold names
   * @return the scores of pairs and of labels by part
   */
  AlignmentReport score(AlignmentGold gold, Comparison comparison) {
    Map<String, AlignmentScore> pairs = new LinkedHashMap<>();
    Map<String, AlignmentScore> labels = new LinkedHashMap<>();
    part("goals", gold.goals(), goals(comparison), AlignmentScorer::sameSentence, pairs, labels);
    part("areas", gold.areas(), areas(comparison), AlignmentScorer::sameName, pairs, labels);
    part("responsibilities", gold.responsibilities(), duties(comparison), AlignmentScorer::sameDuty, pairs, labels);
    pairs.put("all", pairs.values().stream().reduce(new AlignmentScore(0, 0, 0), AlignmentScorer::plus));
    labels.put("all", labels.values().stream().reduce(new AlignmentScore(0, 0, 0), AlignmentScorer::plus));
    return new AlignmentReport(pairs, labels);
  }

  private static AlignmentScore plus(AlignmentScore a, AlignmentScore b) {
    return new AlignmentScore(a.gold() + b.gold(), a.predicted() + b.predicted(), a.matched() + b.matched());
  }

  private static void part(
      String name, List<AlignmentGold.Pair> gold, List<Item> predicted, BiPredicate<String, String> same,
      Map<String, AlignmentScore> pairs, Map<String, AlignmentScore> labels) {
    List<Item> goldItems = gold.stream().map(p -> new Item(p.from(), p.to(), p.label())).toList();
    List<Item> goldAligned = goldItems.stream().filter(i -> i.from() != null && i.to() != null).toList();
    List<Item> predictedAligned = predicted.stream().filter(i -> i.from() != null && i.to() != null).toList();
    pairs.put(name, new AlignmentScore(goldAligned.size(), predictedAligned.size(), matches(goldAligned, predictedAligned, same, false)));
    labels.put(name, new AlignmentScore(goldItems.size(), predicted.size(), matches(goldItems, predicted, same, true)));
  }

  private static int matches(List<Item> gold, List<Item> predicted, BiPredicate<String, String> same, boolean withLabel) {
    Set<Integer> used = new HashSet<>();
    int matched = 0;
    for (Item p : predicted) {
      for (int g = 0; g < gold.size(); g++) {
        Item gi = gold.get(g);
        if (!used.contains(g) && side(gi.from(), p.from(), same) && side(gi.to(), p.to(), same) && (!withLabel || gi.label() == p.label())) {
          used.add(g);
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  private static boolean side(String gold, String predicted, BiPredicate<String, String> same) {
    return gold == null ? predicted == null : predicted != null && same.test(gold, predicted);
  }

  private static List<Item> goals(Comparison c) {
    List<Item> items = new ArrayList<>();
    for (GoalChange g : c.goals()) {
      switch (g.change()) {
        case SPLIT, MERGED -> {
          for (Finding a : g.before()) {
            for (Finding b : g.after()) {
              items.add(new Item(sentence(a), sentence(b), Change.REWORDED));
            }
          }
        }
        case DROPPED -> items.add(new Item(sentence(g.before().get(0)), null, Change.DROPPED));
        case ADDED -> items.add(new Item(null, sentence(g.after().get(0)), Change.ADDED));
        default -> items.add(new Item(sentence(g.before().get(0)), sentence(g.after().get(0)), g.change()));
      }
    }
    return items;
  }

  private static String sentence(Finding f) {
    return f.evidence() != null && f.evidence().sentence() != null && f.evidence().sentence().length() >= f.text().length()
        ? f.evidence().sentence()
        : f.text();
  }

  private static List<Item> areas(Comparison c) {
    List<Item> items = new ArrayList<>();
    Set<String> joined = new HashSet<>();
    List<ConceptChange> areas =
        c.concepts().stream().filter(a -> a.kind() == FindingKind.RIGHTS_AREA || a.kind() == FindingKind.FOCUS_AREA).toList();
    for (ConceptChange a : areas) {
      if (a.change() == Change.ADDED) {
        continue;
      }
      // The document's own statement of where an area went outweighs the thesaurus.
      List<ConceptRelation> related = a.related().stream().filter(r -> r.from().equals(a.label())).toList();
      List<ConceptRelation> stated = related.stream().filter(r -> ConceptRelation.STATED_IN_TEXT.equals(r.relation())).toList();
      for (ConceptRelation r : stated.isEmpty() ? related : stated) {
        areas.stream()
            .filter(b -> b.change() == Change.ADDED && b.label().equals(r.to()))
            .findFirst()
            .ifPresent(b -> {
              items.add(new Item(name(a), name(b), Change.REWORDED));
              joined.add(a.label());
              joined.add(b.label());
            });
      }
    }
    for (ConceptChange a : areas) {
      if (joined.contains(a.label())) {
        continue;
      }
      switch (a.change()) {
        case KEPT -> items.add(new Item(name(a), name(a), Change.KEPT));
        case DROPPED -> items.add(new Item(name(a), null, Change.DROPPED));
        default -> items.add(new Item(null, name(a), Change.ADDED));
      }
    }
    return items;
  }

  // The concept's id and, after tabs, the sentences that named it: a gold name may match either.
  private static String name(ConceptChange c) {
    return c.label() + "\t" + (c.before() != null ? c.before().sentence() : "") + "\t" + (c.after() != null ? c.after().sentence() : "");
  }

  private static List<Item> duties(Comparison c) {
    List<Item> items = new ArrayList<>();
    for (ResponsibilityChange r : c.responsibilities()) {
      items.add(new Item(duty(r.before()), duty(r.after()), r.change()));
    }
    return items;
  }

  private static String duty(Finding f) {
    return f == null ? null : f.actor() + "\u0000" + f.text();
  }

  static boolean sameSentence(String gold, String predicted) {
    return TextMatch.sentenceMatches(predicted, gold);
  }

  static boolean sameName(String gold, String predicted) {
    String[] parts = predicted.split("\t");
    String g = fold(gold);
    // A thesaurus id ends in the concept's name: "rights.arbete-och-forsorjning" names "Rätten till arbete och försörjning".
    String id = fold(parts[0].substring(parts[0].lastIndexOf('.') + 1));
    if (!id.isEmpty() && (g.equals(id) || g.endsWith(" " + id))) {
      return true;
    }
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty() && fold(parts[i]).contains(g)) {
        return true;
      }
    }
    return false;
  }

  static boolean sameDuty(String gold, String predicted) {
    String[] g = gold.split("\u0000", 2);
    String[] p = predicted.split("\u0000", 2);
    if (!g[0].trim().equalsIgnoreCase(p[0].trim())) {
      return false;
    }
    Set<String> a = tokens(g[1]);
    Set<String> b = tokens(p[1]);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return !either.isEmpty() && both.size() / (double) either.size() >= 0.4;
  }

  private static Set<String> tokens(String text) {
    Set<String> tokens = new HashSet<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static String fold(String text) {
    return TextMatch.fold(text);
  }

}
