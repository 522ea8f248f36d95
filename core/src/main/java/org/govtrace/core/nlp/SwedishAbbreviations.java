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
  private static final Set<String> OTHERS = Set.of("osv.", "o.s.v.", "etc.", "m.fl.", "o.d.", "e.d.", "m.a.o.", "d.ä.", "d.y.", "vol.", "uppl.", "red.", "jan.", "febr.", "aug.", "sept.", "okt.", "nov.", "dec.");

  /** Lemmas of abbreviations, spelt out the way UD Swedish writes multi-word lemmas ("bland_annat"). */
  private static final java.util.Map<String, String> LEMMAS = java.util.Map.ofEntries(
      java.util.Map.entry("t.ex.", "till_exempel"), java.util.Map.entry("bl.a.", "bland_annat"),
      java.util.Map.entry("s.k.", "så_kallad"), java.util.Map.entry("m.m.", "med_mera"),
      java.util.Map.entry("dvs.", "det_vill_säga"), java.util.Map.entry("d.v.s.", "det_vill_säga"),
      java.util.Map.entry("fr.o.m.", "från_och_med"), java.util.Map.entry("t.o.m.", "till_och_med"),
      java.util.Map.entry("enl.", "enligt"), java.util.Map.entry("jfr", "jämföra"), java.util.Map.entry("jfr.", "jämföra"),
      java.util.Map.entry("m.fl.", "med_flera"), java.util.Map.entry("osv.", "och_så_vidare"),
      java.util.Map.entry("o.s.v.", "och_så_vidare"), java.util.Map.entry("p.g.a.", "på_grund_av"),
      java.util.Map.entry("pga.", "på_grund_av"), java.util.Map.entry("resp.", "respektive"),
      java.util.Map.entry("ca", "cirka"), java.util.Map.entry("ca.", "cirka"), java.util.Map.entry("inkl.", "inklusive"),
      java.util.Map.entry("exkl.", "exklusive"), java.util.Map.entry("ev.", "eventuell"), java.util.Map.entry("nr", "nummer"),
      java.util.Map.entry("nr.", "nummer"));

  private SwedishAbbreviations() {}

  /** The spelt-out lemma of an abbreviation, or {@code null} when it is not one we know. */
  static String lemma(String word) {
    return LEMMAS.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word}, in any case, is an abbreviation after which no sentence ends. */
  static boolean neverFinal(String word) {
    return NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A capital and a full stop, as in "A. I. Rabin" or "Anna K. Svensson". */
  static boolean isInitial(String word) {
    return word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0));
  }

  /** Whether {@code word}, in any case, is a known abbreviation or an initial such as "A.". */
  static boolean known(String word) {
    if (isInitial(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return NEVER_FINAL.contains(lower) || OTHERS.contains(lower);
  }

  /** The abbreviations as an OpenNLP dictionary, for the sentence detector's and tokenizer's features. */
  static Dictionary dictionary() {
    Dictionary dictionary = new Dictionary(false);
    // Sorted, so the dictionary inside a trained model has the same bytes on every run.
    for (Set<String> set : java.util.List.of(NEVER_FINAL, OTHERS)) {
      for (String word : new java.util.TreeSet<>(set)) {
        if (word.endsWith(".")) {
          dictionary.put(new StringList(word));
          dictionary.put(new StringList(Character.toUpperCase(word.charAt(0)) + word.substring(1)));
        }
      }
    }
    return dictionary;
  }
}
