package org.govtrace.core.nlp;

import java.util.Locale;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/** Swedish abbreviations (förkortningar) as governance texts write them. */
final class SwedishAbbreviations {

  /**
   * Abbreviations that never end a sentence in governance text: they introduce an example, a reference, a
   * number or a paragraph, so the sentence always goes on after them.
   */
  static final Set<String> NEVER_FINAL = Set.of(
      "t.ex.", "bl.a.", "s.k.", "m.m.", "dvs.", "d.v.s.", "fr.o.m.", "t.o.m.", "enl.", "kap.", "jfr", "jfr.",
      "nr", "nr.", "dnr", "dnr.", "§", "§§", "resp.", "ca.", "kl.", "s.", "sid.", "prop.", "bet.", "p.", "f.d.",
      "inkl.", "exkl.", "fig.", "tab.", "avd.", "ang.", "bil.", "st.", "mom.", "f.", "ff.", "o.", "ev.", "pga.",
      "p.g.a.", "bla.", "tex.", "sk.", "fr.", "tf.", "t.f.", "ordf.", "v.", "vs.");

  /** Abbreviations that may end a sentence ("… skolor, förskolor osv.") but usually do not. */
  private static final Set<String> OTHERS = Set.of("osv.", "o.s.v.", "etc.", "m.fl.", "o.d.", "e.d.", "m.a.o.", "d.ä.", "d.y.");

  private SwedishAbbreviations() {}

  /** Whether {@code word}, in any case, is an abbreviation after which no sentence ends. */
  static boolean neverFinal(String word) {
    return NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word}, in any case, is a known abbreviation. */
  static boolean known(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NEVER_FINAL.contains(lower) || OTHERS.contains(lower);
  }

  /** The abbreviations as an OpenNLP dictionary, for the sentence detector's and tokenizer's features. */
  static Dictionary dictionary() {
    Dictionary dictionary = new Dictionary(false);
    for (Set<String> set : java.util.List.of(NEVER_FINAL, OTHERS)) {
      for (String word : set) {
        if (word.endsWith(".")) {
          dictionary.put(new StringList(word));
          dictionary.put(new StringList(Character.toUpperCase(word.charAt(0)) + word.substring(1)));
        }
      }
    }
    return dictionary;
  }
}
