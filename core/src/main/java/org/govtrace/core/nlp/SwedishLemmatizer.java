package org.govtrace.core.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
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
  private static final int MIN_HEAD = 4;
  private static final int MIN_MODIFIER = 3;

  private final Map<String, String> dictionary;
  private final LemmatizerModel model;
  private final ThreadLocal<LemmatizerME> statistical;
  private final boolean useStatistical;
  private final boolean useCompounds;

  SwedishLemmatizer(Map<String, String> dictionary, LemmatizerModel model, boolean useStatistical, boolean useCompounds) {
    this.dictionary = Map.copyOf(dictionary);
    this.model = model;
    this.statistical = ThreadLocal.withInitial(() -> new LemmatizerME(model));
    this.useStatistical = useStatistical && model != null;
    this.useCompounds = useCompounds;
  }

  SwedishLemmatizer withSteps(boolean statisticalStep, boolean compoundStep) {
    return new SwedishLemmatizer(dictionary, model, statisticalStep, compoundStep);
  }

  /** The lemmas of the tagged tokens, one each. */
  String[] lemmatize(String[] forms, String[] tags) {
    String[] lemmas = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      lemmas[i] = known(forms[i], tags[i]);
    }
    for (int i = 0; i < forms.length; i++) {
      if (lemmas[i] == null) {
        lemmas[i] = guess(forms[i], tags[i]);
      }
    }
    return lemmas;
  }

  private String known(String form, String tag) {
    if (FORM_AS_LEMMA.contains(tag)) {
      return form;
    }
    String lower = form.toLowerCase(Locale.ROOT);
    String lemma = dictionary.get(key(lower, tag));
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
      if (headLemma != null && sharesStem(head, headLemma)) {
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
    if (useStatistical) {
      String[] lemma = statistical.get().lemmatize(new String[] {lower}, new String[] {tag});
      if (lemma.length == 1 && !lemma[0].isEmpty() && !"O".equals(lemma[0]) && !"_".equals(lemma[0])) {
        return lemma[0];
      }
    }
    return lower;
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
    for (Map.Entry<String, String> entry : dictionary.entrySet()) {
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
