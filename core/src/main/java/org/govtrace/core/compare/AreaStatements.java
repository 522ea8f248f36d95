package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govtrace.core.query.ConceptRelation;

/**
 * What a later document says about the areas of the one it replaces, read clause by clause: "Fokusområdet X
 * ersätter den tidigare strategins två områden Y respektive Z" or "Y har bytt namn till X" relates Y (and Z) to X;
 * "Fokusområdet W är nytt" marks W as new, "Området V utgår" marks V as gone. Areas are found by the stems of their names in order, so "förebygga hemlösheten" names the
 * area "Förebygga hemlöshet"; a name inside a longer name ("stöd och samverkan" in "Boende, stöd och samverkan")
 * is that longer name there. A clause that opens with "Området" under an area's heading ("Området slår samman
 * strategins tidigare områden för Y och Z") speaks of that area.
 */
final class AreaStatements {

  private static final Pattern CLAUSE = Pattern.compile("(?iU)[.;]\\s+|,\\s*(?=(?:medan|men|vilket|samtidigt som|och därmed|och)\\s)|:\\s+(?=\\p{Lu})");
  // The later area takes over the earlier one: replaces, gathers, merges, continues, splits into.
  private static final Pattern TAKES_OVER =
      Pattern.compile(
          "(?iU)\\b(?:ersätt\\p{L}*|ersatt\\p{L}*|samla[sr]?|samlats|slå[sr]? samman|slagits samman|slagits ihop|slås ihop|sammanför\\p{L}*|"
              + "ingår|ingick|motsvara[sr]?|motsvarade|övertar|tar över|bygger vidare på|fortsätter (?:inom|i)|delas upp|delats upp|har delats|"
              + "(?:har )?bytt namn|byter namn|heter nu|kallas nu|benämns nu)\\b");
  // The earlier area is gone: "Området X utgår", "X har tagits bort", "X ingår inte längre".
  private static final Pattern GONE =
      Pattern.compile(
          "(?iU)\\b(?:utgår|har utgått|utgick|tas bort|har tagits bort|togs bort|har strukits|stryks|ingår inte längre|finns inte längre|"
              + "behålls inte|upphör)\\b");
  // The area under whose heading the sentence stands: "Området slår samman …", "Fokusområdet ersätter …".
  private static final Pattern THIS_AREA = Pattern.compile("(?iU)\\s*(?:det här |detta |det nya )?(?:\\p{L}*området|område)\\b");
  private static final Pattern IS_NEW =
      Pattern.compile("(?iU)\\b(?:är|blir) (?:ett |en |helt )?(?:nytt|ny|nya)\\b|\\b(?:har |har nu )?tillkommit\\b|\\btillkommer\\b|\\bnytillkomn\\p{L}*");

  private final Set<ConceptRelation> relations = new LinkedHashSet<>();
  private final Set<String> added = new LinkedHashSet<>();
  private final Set<String> gone = new LinkedHashSet<>();
  // The later area whose heading the sentences are under, for "Området slår samman …".
  private Name current;

  private record Name(String label, List<String> stems, boolean earlier) {}

  /**
   * Reads the sentences.
   *
   * @param lemmas stems the names and the sentences alike
   * @param earlier the earlier document's areas that the later one lacks, label to name
   * @param later the later document's areas that the earlier one lacks, label to name
   * @param sentences the later document's sentences
   */
  AreaStatements(ContentLemmas lemmas, Map<String, String> earlier, Map<String, String> later, List<String> sentences) {
    if (lemmas == null || later.isEmpty() && earlier.isEmpty()) {
      return;
    }
    List<Name> names = new ArrayList<>();
    earlier.forEach((label, name) -> names.add(new Name(label, lemmas.keys(name), true)));
    later.forEach((label, name) -> names.add(new Name(label, lemmas.keys(name), false)));
    names.removeIf(n -> n.stems().isEmpty());
    // The longest name claims its words first.
    names.sort(Comparator.comparingInt((Name n) -> n.stems().size()).reversed());
    for (String sentence : sentences) {
      List<String> stems = lemmas.keys(sentence);
      for (Name n : names) {
        // A heading is the name with at most a label ("Fokusområde 4: …").
        if (!n.earlier() && stems.size() <= n.stems().size() + 2 && find(stems, n.stems(), new boolean[stems.size()])) {
          current = n;
        }
      }
      for (String clause : CLAUSE.split(sentence)) {
        read(clause, lemmas.keys(clause), names);
      }
    }
  }

  private void read(String clause, List<String> stems, List<Name> names) {
    boolean[] claimed = new boolean[stems.size()];
    List<Name> earlierNamed = new ArrayList<>();
    List<Name> laterNamed = new ArrayList<>();
    for (Name n : names) {
      if (find(stems, n.stems(), claimed)) {
        (n.earlier() ? earlierNamed : laterNamed).add(n);
      }
    }
    if (laterNamed.isEmpty() && current != null && !earlierNamed.isEmpty() && THIS_AREA.matcher(clause).lookingAt() && TAKES_OVER.matcher(clause).find()) {
      laterNamed.add(current);
    }
    if (laterNamed.isEmpty()) {
      if (!earlierNamed.isEmpty() && GONE.matcher(clause).find()) {
        earlierNamed.forEach(e -> gone.add(e.label()));
      }
      return;
    }
    if (!earlierNamed.isEmpty() && TAKES_OVER.matcher(clause).find()) {
      for (Name e : earlierNamed) {
        for (Name l : laterNamed) {
          relations.add(new ConceptRelation(e.label(), l.label(), ConceptRelation.STATED_IN_TEXT));
        }
      }
    } else if (earlierNamed.isEmpty() && IS_NEW.matcher(clause).find()) {
      laterNamed.forEach(l -> added.add(l.label()));
    }
  }

  // Every unclaimed occurrence of the name's stems in order; true when there was one.
  private static boolean find(List<String> stems, List<String> name, boolean[] claimed) {
    boolean found = false;
    for (int i = 0; i + name.size() <= stems.size(); i++) {
      boolean match = true;
      for (int j = 0; j < name.size() && match; j++) {
        match = !claimed[i + j] && stems.get(i + j).equals(name.get(j));
      }
      if (match) {
        for (int j = 0; j < name.size(); j++) {
          claimed[i + j] = true;
        }
        found = true;
      }
    }
    return found;
  }

  /** The relations the later document states, from an earlier area to the later one that takes it over. */
  List<ConceptRelation> relations() {
    return List.copyOf(relations);
  }

  /** The earlier areas the later document says are gone. */
  Set<String> dropped() {
    return Set.copyOf(gone);
  }

  /** The later areas the document calls new. */
  Set<String> added() {
    return Set.copyOf(added);
  }
}
