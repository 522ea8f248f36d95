package org.govtrace.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;
import org.govtrace.core.text.ResourceLines;

/**
 * Turns a sentence into the features the resource-concern model weighs: its lemmas and lemma pairs, the word
 * classes of {@code concern-cues.txt} it holds (cost, money, staff, time, need, lack, capacity, negation, request,
 * author) and which classes meet in it, which way an amount moves (rising costs, falling funds), and whether a
 * negation stands on a capacity verb or on a resource noun.
 * The classes carry what the lemmas alone cannot: a resource word the training text never had still counts as money
 * or staff. Immutable.
 */
final class ConcernFeatures {

  static final String RESOURCE = "concern-cues.txt";

  private final Map<String, List<Cue>> classes;

  private ConcernFeatures(Map<String, List<Cue>> classes) {
    this.classes = classes;
  }

  /** The word classes bundled with core. */
  static ConcernFeatures bundled() {
    Map<String, List<Cue>> classes = new LinkedHashMap<>();
    String current = null;
    for (String line : ResourceLines.read(ConcernFeatures.class, RESOURCE)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = line.substring(1, line.length() - 1);
        classes.put(current, new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(RESOURCE + ": entry '" + line + "' stands before any [class] line; the jar is broken");
      } else {
        classes.get(current).add(Cue.parse(line));
      }
    }
    classes.replaceAll((name, cues) -> List.copyOf(cues));
    return new ConcernFeatures(Map.copyOf(classes));
  }

  /** The features of the sentence's words from {@code fromOffset} on (a sentence's own words after a heading). */
  String[] of(Sentence sentence, int fromOffset) {
    List<String> lemmas = new ArrayList<>();
    int from = sentence.span().start() + fromOffset;
    for (Token token : sentence.tokens()) {
      if (token.span().start() >= from && !"PUNCT".equals(token.upos()) && token.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
        lemmas.add(lemma(token));
      }
    }
    return of(lemmas);
  }

  /** The features of a sentence given as its lemmas in order. */
  String[] of(List<String> lemmas) {
    Set<String> features = new LinkedHashSet<>();
    // Maximum entropy has no intercept of its own: without this, a sentence of unseen words scores one half.
    features.add("bias");
    Set<String> present = new java.util.TreeSet<>();
    List<Set<String>> classOf = new ArrayList<>();
    String previous = "<s>";
    for (String lemma : lemmas) {
      features.add("w=" + lemma);
      features.add("b=" + previous + "_" + lemma);
      previous = lemma;
      Set<String> mine = new java.util.TreeSet<>();
      for (Map.Entry<String, List<Cue>> wordClass : classes.entrySet()) {
        for (Cue cue : wordClass.getValue()) {
          if (cue.matches(lemma)) {
            mine.add(wordClass.getKey());
            break;
          }
        }
      }
      classOf.add(mine);
      present.addAll(mine);
    }
    features.add("b=" + previous + "_</s>");
    for (String c : present) {
      features.add("c=" + c);
    }
    List<String> sorted = List.copyOf(present);
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        features.add("cc=" + sorted.get(i) + "&" + sorted.get(j));
      }
    }
    boolean resource = present.contains("money") || present.contains("cost") || present.contains("staff") || present.contains("time");
    if (resource && present.contains("need") && present.contains("negation")) {
      features.add("ccc=resource&need&negation");
    }
    if (resource && present.contains("lack")) {
      features.add("ccc=resource&lack");
    }
    for (int i = 0; i < lemmas.size(); i++) {
      // "kostnaderna ökar", "minskade anslag": which way an amount moves decides whether it worries the author.
      for (String direction : List.of("increase", "decrease")) {
        if (classOf.get(i).contains(direction)) {
          for (String amount : List.of("cost", "money", "staff")) {
            if (near(classOf, i, 4, amount)) {
              features.add("dir=" + amount + "_" + direction);
            }
          }
        }
      }
      if (!classOf.get(i).contains("negation")) {
        continue;
      }
      // "kan inte", "inte räcker", "inte kunna hantera": the negation stands on a capacity verb, an inability.
      if (near(classOf, i, 2, "capacity")) {
        features.add("neg=capacity");
      }
      // "inga ökade kostnader", "ingen ytterligare personal": the negation stands on the resource itself, a denial.
      if (after(classOf, i, 3, "money") || after(classOf, i, 3, "cost") || after(classOf, i, 3, "staff")) {
        features.add("neg=resource");
      }
    }
    return features.toArray(String[]::new);
  }

  private static boolean near(List<Set<String>> classOf, int at, int window, String name) {
    for (int k = Math.max(0, at - window); k <= Math.min(classOf.size() - 1, at + window); k++) {
      if (k != at && classOf.get(k).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean after(List<Set<String>> classOf, int at, int window, String name) {
    for (int k = at + 1; k <= Math.min(classOf.size() - 1, at + window); k++) {
      if (classOf.get(k).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(Token token) {
    if (token.text().chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || c == ' ')) {
      return "<num>";
    }
    String lemma = token.lemma() == null || token.lemma().isBlank() || "_".equals(token.lemma()) ? token.text() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  /** One entry of a class: a stem contained in the lemma, an exact lemma, or a compound head. */
  private record Cue(String word, char mode) {

    static Cue parse(String line) {
      char first = line.charAt(0);
      return first == '=' || first == '-' ? new Cue(line.substring(1).toLowerCase(Locale.ROOT), first) : new Cue(line.toLowerCase(Locale.ROOT), '*');
    }

    boolean matches(String lemma) {
      return switch (mode) {
        case '=' -> lemma.equals(word);
        case '-' -> lemma.endsWith(word) && lemma.length() > word.length() + 2;
        default -> lemma.contains(word);
      };
    }
  }
}
