package org.govtrace.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.Token;
import org.govtrace.core.text.ResourceLines;

/**
 * The words of duties (ansvarsformuleringar) as comparable keys. Two versions of a plan say the same duty with
 * other verbs, so near-synonymous governance verbs and their nominalisations meet as one group key
 * ("sammanställa" and "redovisa", "samordna" and "samordning"), a particle verb counts as one word ("följa upp"),
 * a compound that contains a group word carries the group beside itself ("uppföljningsansvar"), and generic
 * words (the work, the activity, the document itself) weigh little. Read once from {@value #RESOURCE};
 * thread-safe.
 */
final class DutyVocabulary {

  static final String RESOURCE = "duty-words.txt";
  /** What a generic word weighs against a word of the same frequency that names the duty's object. */
  static final double GENERIC_WEIGHT = 0.3;
  // Shorter members ("stöd", "leda", "bilda") would find themselves inside unrelated compounds ("föreningsstöd",
  // "utbilda"): they count only as whole words.
  private static final int MIN_COMPOUND_MEMBER = 7;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final ContentLemmas lemmas;
  private final Map<String, String> words = new HashMap<>();
  private final Map<List<String>, String> phrases = new HashMap<>();
  private final Map<String, String> compoundParts = new LinkedHashMap<>();
  private final Set<String> generic = new HashSet<>();

  /** The bundled vocabulary, stemmed by {@code lemmas}. */
  DutyVocabulary(ContentLemmas lemmas) {
    this(lemmas, bundledLines());
  }

  /**
   * A vocabulary from lines in the format of {@value #RESOURCE}.
   *
   * @throws IllegalArgumentException when a line is neither a group nor the generic list, or a member has no
   *     content word
   */
  DutyVocabulary(ContentLemmas lemmas, List<String> lines) {
    this.lemmas = lemmas;
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("duty vocabulary line '" + line + "' is not 'name = word, word, …'; fix " + RESOURCE + ".");
      }
      String name = line.substring(0, eq).strip();
      for (String member : line.substring(eq + 1).split(",")) {
        String word = member.strip();
        if (word.isEmpty()) {
          continue;
        }
        if (name.equals("generic")) {
          generic.add(word.startsWith("⟨") ? word : single(word, line));
        } else {
          add(group(name), word, line);
        }
      }
    }
  }

  static String group(String name) {
    return "⟨" + name + "⟩";
  }

  private void add(String group, String member, String line) {
    String[] parts = member.split("\\s+");
    if (parts.length == 2) {
      // A particle verb: the verb by its stem, the particle as written (the stop list drops "upp", "fram").
      phrases.put(List.of(single(parts[0], line), parts[1].toLowerCase(Locale.ROOT)), group);
    } else {
      String stem = single(member, line);
      words.put(stem, group);
      if (stem.length() >= MIN_COMPOUND_MEMBER) {
        compoundParts.put(stem, group);
      }
    }
  }

  private String single(String word, String line) {
    List<String> stems = lemmas.keys(word);
    if (stems.size() != 1) {
      throw new IllegalArgumentException("'" + word + "' in duty vocabulary line '" + line + "' is not one content word or a particle verb; fix " + RESOURCE + ".");
    }
    return stems.get(0);
  }

  /**
   * The keys of a duty's tokens.
   *
   * @param tokens the tagged tokens of the duty
   * @return stemmed content lemmas with group keys in place of group words, in order, without repeats
   */
  Set<String> keys(List<Token> tokens) {
    List<String[]> words = new ArrayList<>();
    for (Token token : tokens) {
      String lemma = token.lemma() == null || token.lemma().isBlank() ? token.text() : token.lemma();
      List<String> stem = lemmas.keys(List.of(token));
      words.add(new String[] {lemma.toLowerCase(Locale.ROOT), stem.isEmpty() ? "" : stem.get(0)});
    }
    return map(words);
  }

  /**
   * The keys of plain text, such as an actor's name or a duty that could not be placed among tokens.
   *
   * @param text the text
   * @return the keys as for {@link #keys(List)}
   */
  Set<String> keys(String text) {
    List<String[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      List<String> stem = lemmas.keys(m.group());
      words.add(new String[] {m.group(), stem.isEmpty() ? "" : stem.get(0)});
    }
    return map(words);
  }

  // Each word as {written or lemma, stem}; the stem is empty for a function word, which only a particle verb reads.
  private Set<String> map(List<String[]> words) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String stem = words.get(i)[1];
      if (stem.isEmpty()) {
        continue;
      }
      if (i + 1 < words.size()) {
        String phrase = phrases.get(List.of(stem, words.get(i + 1)[0]));
        if (phrase != null) {
          out.add(phrase);
          i++;
          continue;
        }
      }
      String group = this.words.get(stem);
      if (group != null) {
        out.add(group);
        continue;
      }
      out.add(stem);
      for (Map.Entry<String, String> part : compoundParts.entrySet()) {
        if (stem.length() > part.getKey().length() && (stem.startsWith(part.getKey()) || stem.endsWith(part.getKey()))) {
          out.add(part.getValue());
        }
      }
    }
    return out;
  }

  /** Whether the key is a group of near-synonyms rather than a word. */
  static boolean isGroup(String key) {
    return key.startsWith("⟨");
  }

  /**
   * Weights over the given key sets (a document's sentences, read with {@link #keys(List)}), generic words
   * discounted to {@value #GENERIC_WEIGHT} of their weight.
   *
   * @param bags the key sets
   * @return the weights
   */
  ContentLemmas.Weights weights(Collection<? extends Collection<String>> bags) {
    return lemmas.weights(bags).discounting(generic, GENERIC_WEIGHT);
  }

  /** Whether the key says little about which duty it is. */
  boolean isGeneric(String key) {
    return generic.contains(key);
  }

  private static List<String> bundledLines() {
    return ResourceLines.read(DutyVocabulary.class, RESOURCE);
  }

}
