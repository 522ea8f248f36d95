package org.govtrace.core.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The known parts of Swedish compounds (sammansättningar) and the rule that splits a compound into them: a
 * modifier (förled), an optional linking {@code s} (fogemorfem), and a head (huvudled), each a known word or an
 * inflected form of one. Immutable and thread-safe.
 */
final class CompoundDictionary {

  private static final List<String> RESOURCES = List.of("compound-parts-governance.txt", "compound-parts-ud-sv.txt");
  private static final int MIN_PART = 3;
  private static final int MIN_WORD = 6;
  // Inflectional endings a head may carry (nämnden, resurserna, behovet); longest first.
  private static final List<String> HEAD_ENDINGS =
      List.of("erna", "arna", "orna", "ens", "ets", "en", "et", "er", "ar", "or", "na", "n", "t", "a", "e", "s");

  // Derivational endings that are also words (ande "spirit", ring "ring"): as a head they split medgiv|ande.
  private static final Set<String> NOT_HEADS = Set.of("ande", "ende", "ring", "ering", "ning", "else", "skap");

  private final Set<String> words;
  private final Set<String> shortWords;

  private CompoundDictionary(Set<String> words, Set<String> shortWords) {
    this.words = Set.copyOf(words);
    this.shortWords = Set.copyOf(shortWords);
  }

  /** The dictionary bundled with govtrace: governance vocabulary and the lemmas of the UD Swedish treebanks. */
  static CompoundDictionary bundled() {
    Set<String> words = new HashSet<>();
    Set<String> shortWords = new HashSet<>();
    for (String resource : RESOURCES) {
      for (String word : read(resource)) {
        if (word.length() == MIN_PART && resource.equals(RESOURCES.get(0))) {
          shortWords.add(word);
        } else if (word.length() > MIN_PART) {
          words.add(word);
        }
      }
    }
    return new CompoundDictionary(words, shortWords);
  }

  /** A dictionary of exactly these lower-case words (three-letter words are accepted as parts too). */
  static CompoundDictionary of(Set<String> words) {
    Set<String> shortWords = new HashSet<>();
    Set<String> longWords = new HashSet<>();
    for (String word : words) {
      (word.length() <= MIN_PART ? shortWords : longWords).add(word);
    }
    return new CompoundDictionary(longWords, shortWords);
  }

  private static List<String> read(String resource) {
    InputStream in = CompoundDictionary.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The compound word list " + resource + " is missing from the govtrace jar");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the compound word list " + resource, e);
    }
  }

  /**
   * The parts of a lower-case compound, modifiers in their dictionary form and the head as written, or an empty
   * list when the word is not a compound of known parts. "resursbehovet" gives [resurs, behovet];
   * "stadsdelsnämnden" gives [stadsdel, stad, del, nämnden].
   */
  List<String> split(String word) {
    List<String> parts = new java.util.ArrayList<>();
    splitInto(word, parts);
    return parts;
  }

  private boolean splitInto(String word, List<String> parts) {
    if (word.length() < MIN_WORD) {
      return false;
    }
    // The longest modifier first: Swedish compounds nest to the left (stadsdels|nämnd, not stads|delsnämnd).
    for (int cut = word.length() - MIN_PART; cut >= MIN_PART; cut--) {
      String modifier = modifierLemma(word.substring(0, cut));
      String head = word.substring(cut);
      if (modifier != null && isHead(head)) {
        parts.add(modifier);
        splitInto(modifier, parts);
        parts.add(head);
        splitInto(head, parts);
        return true;
      }
    }
    return false;
  }

  private String modifierLemma(String modifier) {
    if (isWord(modifier)) {
      return modifier;
    }
    // Linking morphemes: -s (arbetsmarknad), a dropped -e or -a (arbet|s, skol|gård), -e (tjänst|e|utlåtande),
    // -o for -a (kvinno|grupp).
    String bare = modifier.endsWith("s") ? modifier.substring(0, modifier.length() - 1) : modifier;
    String stem = bare.substring(0, bare.length() - 1);
    List<String> candidates = bare.endsWith("e") ? List.of(bare, stem)
        : bare.endsWith("o") ? List.of(bare, stem + "a")
        : List.of(bare, bare + "e", bare + "a");
    for (String candidate : candidates) {
      // A three-letter stem grown by a vowel is mostly a prefix (för|slag read as föra|slag), not a modifier.
      if (candidate.length() >= MIN_PART && isWord(candidate) && !(bare.length() == MIN_PART && !candidate.equals(bare))) {
        return candidate;
      }
    }
    return null;
  }

  private boolean isHead(String head) {
    if (NOT_HEADS.contains(head)) {
      return false;
    }
    if (isWord(head)) {
      return true;
    }
    for (String ending : HEAD_ENDINGS) {
      if (head.endsWith(ending) && head.length() - ending.length() >= MIN_PART
          && isWord(head.substring(0, head.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean isWord(String word) {
    return word.length() > MIN_PART ? words.contains(word) : shortWords.contains(word);
  }
}
