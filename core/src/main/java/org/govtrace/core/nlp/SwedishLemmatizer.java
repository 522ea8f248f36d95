package org.govtrace.core.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmatises tagged Swedish tokens in four steps: the dictionary of (form, tag) pairs seen in the treebanks; a
 * compound whose head (efterled) is in the dictionary, which keeps the head's lemma behind the unchanged first
 * part ("resursfördelningen" → "resursfördelning"); OpenNLP's statistical lemmatizer, which learnt edit scripts
 * from the same data; and finally the lower-cased form. Thread-safe: each thread gets its own LemmatizerME.
 */
final class SwedishLemmatizer {

  /** Tags whose lemma is the form itself in the treebanks' convention. */
  private static final Set<String> FORM_AS_LEMMA = Set.of("PUNCT", "NUM", "SYM", "X");
  private static final Set<String> INFLECTING = Set.of("NOUN", "VERB", "ADJ", "AUX");
  private static final int MIN_HEAD = 5;
  private static final int MIN_MODIFIER = 3;

  private static final int CANDIDATES = 5;
  /** Lemmas depend on (form, tag) alone, and governance text repeats its words: most lookups hit the cache. */
  private static final int CACHE_LIMIT = 200_000;
  private static final int MIN_SUFFIX = 3;
  private static final int MAX_SUFFIX = 7;

  private final Map<String, String> dictionary;
  private final Set<String> knownLemmas;
  private final Set<String> lexicon;
  private final Map<String, String> suffixRules;
  private final Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
  private final LemmatizerModel model;
  private final ThreadLocal<LemmatizerME> statistical;
  private final boolean useStatistical;
  private final boolean useCompounds;

  SwedishLemmatizer(Map<String, String> dictionary, LemmatizerModel model, boolean useStatistical, boolean useCompounds) {
    this(dictionary, model, useStatistical, useCompounds, Set.of());
  }

  private SwedishLemmatizer(
      Map<String, String> dictionary, LemmatizerModel model, boolean useStatistical, boolean useCompounds, Set<String> lexicon) {
    this.dictionary = Map.copyOf(dictionary);
    Set<String> lemmas = new HashSet<>(lexicon);
    dictionary.forEach((key, lemma) -> lemmas.add(key(lemma, key.substring(key.indexOf('\t') + 1))));
    this.lexicon = Set.copyOf(lexicon);
    this.knownLemmas = Set.copyOf(lemmas);
    this.suffixRules = suffixRules(dictionary);
    this.model = model;
    this.statistical = ThreadLocal.withInitial(() -> new LemmatizerME(model));
    this.useStatistical = useStatistical && model != null;
    this.useCompounds = useCompounds;
  }

  SwedishLemmatizer withSteps(boolean statisticalStep, boolean compoundStep) {
    return new SwedishLemmatizer(dictionary, model, statisticalStep, compoundStep, lexicon);
  }

  /** The same lemmatizer that also knows the given (lemma, tag) keys as lemmas. */
  SwedishLemmatizer withLexicon(Set<String> lemmaKeys) {
    return new SwedishLemmatizer(dictionary, model, useStatistical, useCompounds, lemmaKeys);
  }

  /** Reads "lemma TAB UPOS" lines; {@code #} starts a comment. */
  static Set<String> readLexicon(String text) {
    Set<String> keys = new HashSet<>();
    for (String line : text.split("\n")) {
      String[] columns = line.strip().split("\t");
      if (columns.length == 2 && !line.startsWith("#")) {
        keys.add(key(columns[0], columns[1]));
      }
    }
    return keys;
  }

  /** The lemmas of the tagged tokens, one each. */
  String[] lemmatize(String[] forms, String[] tags) {
    String[] lemmas = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      String key = key(forms[i], tags[i]);
      String lemma = cache.get(key);
      if (lemma == null) {
        lemma = known(forms[i], tags[i]);
        if (lemma == null) {
          lemma = guess(forms[i], tags[i]);
        }
        if (cache.size() >= CACHE_LIMIT) {
          cache.clear(); // a crude bound: a corpus's vocabulary refills it within a few documents
        }
        cache.put(key, lemma);
      }
      lemmas[i] = lemma;
    }
    return lemmas;
  }

  /** Whether the word, lower-cased, is a noun form we know or a compound whose head is one. */
  boolean isCommonNoun(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    return !lower.equals(form) && lower.length() > MIN_MODIFIER + MIN_HEAD
        && (dictionary.containsKey(key(lower, "NOUN")) || isKnownLemma(lower, "NOUN") || compound(lower, "NOUN") != null);
  }

  private String known(String form, String tag) {
    if (FORM_AS_LEMMA.contains(tag)) {
      return form;
    }
    String lower = form.toLowerCase(Locale.ROOT);
    String lemma = dictionary.get(key(lower, tag));
    if (lemma == null) {
      lemma = SwedishAbbreviations.lemma(lower);
    }
    if (lemma == null && "PROPN".equals(tag)) {
      lemma = dictionary.getOrDefault(key(form, tag), form);
    }
    if (lemma == null && useCompounds && INFLECTING.contains(tag)) {
      lemma = compound(lower, tag);
    }
    return lemma;
  }

  private String compound(String lower, String tag) {
    // The longest head in the dictionary wins: "fördelningen" before "delningen" before "ningen".
    for (int split = MIN_MODIFIER; lower.length() - split >= MIN_HEAD; split++) {
      String head = lower.substring(split);
      String headLemma = dictionary.get(key(head, tag));
      // The head's lemma must look like an inflection of it, not an expansion ("ster" is no "sterandel").
      if (headLemma != null && sharesStem(head, headLemma) && headLemma.length() <= head.length() + 1) {
        String modifier = lower.substring(0, split);
        if (modifier.endsWith("-")) {
          return null; // "kultur- och fritidsnämnden": the first part belongs to a coordination, not this word
        }
        return modifier + headLemma;
      }
    }
    return null;
  }

  /** Suppletive heads ("gick" → "gå") would make nonsense compounds; require a shared start. */
  private static boolean sharesStem(String head, String lemma) {
    int common = 0;
    while (common < head.length() && common < lemma.length() && head.charAt(common) == lemma.charAt(common)) {
      common++;
    }
    return common >= Math.min(3, lemma.length());
  }

  private String guess(String form, String tag) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (knownLemmas.contains(key(lower, tag))) {
      return lower; // already a base form we know, such as "kompetens"
    }
    if ("NOUN".equals(tag) && lower.length() > 4 && lower.endsWith("s")) {
      // A genitive (kvinnornas, nämndens) has the lemma of the form without its -s.
      String base = known(lower.substring(0, lower.length() - 1), tag);
      if (base != null) {
        return base;
      }
    }
    if ("ADV".equals(tag) && lower.length() > 3 && lower.endsWith("t")) {
      // Adverbs made from adjectives (tidigt, politiskt) take the adjective's lemma in UD Swedish.
      String adjective = lower.substring(0, lower.length() - 1);
      if (isKnownLemma(adjective, "ADJ") || isKnownLemma(adjective, "ADV")) {
        return adjective;
      }
    }
    if (useStatistical) {
      String[][] candidates = statistical.get().predictLemmas(CANDIDATES, new String[] {lower}, new String[] {tag});
      String best = null;
      for (String[] candidate : candidates) {
        String lemma = candidate.length == 1 ? candidate[0] : null;
        if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
          continue;
        }
        if (best == null) {
          best = lemma;
        }
        // Of the edit scripts the model thinks likely, prefer one that lands on a lemma the treebanks know.
        if (isKnownLemma(lemma, tag)) {
          return lemma;
        }
      }
      String analogue = bySuffix(lower, tag);
      if (analogue != null && isKnownLemma(analogue, tag)) {
        return analogue;
      }
      if (best != null) {
        return best;
      }
    }
    String analogue = bySuffix(lower, tag);
    return analogue != null ? analogue : lower;
  }

  /**
   * The lemma by analogy with the dictionary word of the same tag that shares the longest ending: "aktiviteter"
   * ends like "möjligheter" → "möjlighet", so it becomes "aktivitet".
   */
  private String bySuffix(String lower, String tag) {
    for (int length = Math.min(MAX_SUFFIX, lower.length() - 1); length >= MIN_SUFFIX; length--) {
      String rule = suffixRules.get(key(lower.substring(lower.length() - length), tag));
      if (rule != null) {
        int cut = rule.indexOf('+');
        int strip = Integer.parseInt(rule.substring(0, cut));
        return strip > lower.length() ? null : lower.substring(0, lower.length() - strip) + rule.substring(cut + 1);
      }
    }
    return null;
  }

  /** For each (ending, tag) the most frequent way dictionary words with that ending turn into their lemma. */
  private static Map<String, String> suffixRules(Map<String, String> dictionary) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(dictionary).entrySet()) {
      int tab = entry.getKey().indexOf('\t');
      String form = entry.getKey().substring(0, tab);
      String tag = entry.getKey().substring(tab + 1);
      String lemma = entry.getValue();
      if (!INFLECTING.contains(tag) || form.contains("_") || lemma.contains("_")) {
        continue;
      }
      int common = 0;
      while (common < form.length() && common < lemma.length() && form.charAt(common) == lemma.charAt(common)) {
        common++;
      }
      if (common < 2) {
        continue; // suppletive pairs (gick → gå) teach nothing about endings
      }
      String rule = (form.length() - common) + "+" + lemma.substring(common);
      for (int length = MIN_SUFFIX; length <= MAX_SUFFIX && length < form.length(); length++) {
        counts.computeIfAbsent(key(form.substring(form.length() - length), tag), k -> new HashMap<>()).merge(rule, 1, Integer::sum);
      }
    }
    Map<String, String> rules = new HashMap<>();
    counts.forEach((suffix, byRule) -> {
      Map.Entry<String, Integer> best = byRule.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
          .orElseThrow();
      // An ending seen once decides nothing; one seen with many rules only when one of them clearly leads.
      int total = byRule.values().stream().mapToInt(Integer::intValue).sum();
      if (total >= 2 && best.getValue() * 2 > total) {
        rules.put(suffix, best.getKey());
      }
    });
    return rules;
  }

  private boolean isKnownLemma(String lemma, String tag) {
    if (knownLemmas.contains(key(lemma, tag))) {
      return true;
    }
    for (int split = MIN_MODIFIER; useCompounds && lemma.length() - split >= MIN_HEAD; split++) {
      if (knownLemmas.contains(key(lemma.substring(split), tag))) {
        return true;
      }
    }
    return false;
  }

  static String key(String form, String tag) {
    return form + '\t' + tag;
  }

  /** The most frequent lemma of each (form, tag) pair; forms are lower case except for proper nouns. */
  static Map<String, String> dictionaryOf(List<Conllu.Sentence> sentences) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Conllu.Sentence sentence : sentences) {
      for (int i = 0; i < sentence.forms().size(); i++) {
        String tag = sentence.upos().get(i);
        String form = sentence.forms().get(i);
        String keyForm = "PROPN".equals(tag) ? form : form.toLowerCase(Locale.ROOT);
        counts.computeIfAbsent(key(keyForm, tag), k -> new HashMap<>()).merge(sentence.lemmas().get(i), 1, Integer::sum);
      }
    }
    Map<String, String> dictionary = new HashMap<>();
    counts.forEach((key, lemmas) -> dictionary.put(key, lemmas.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .findFirst().orElseThrow().getKey()));
    return dictionary;
  }

  void writeDictionary(DataOutputStream out) throws IOException {
    out.writeInt(dictionary.size());
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(dictionary).entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeUTF(entry.getValue());
    }
  }

  static Map<String, String> readDictionary(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<String, String> dictionary = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      dictionary.put(in.readUTF(), in.readUTF());
    }
    return dictionary;
  }
}
