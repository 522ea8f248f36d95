package org.govtrace.core.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A Swedish UPOS tagger over an OpenNLP perceptron model with our own features: the word, its affixes and shape,
 * the two words on each side, the tags already chosen, and each word's ambiguity class (the tags it carried in
 * the training data), which lets the model weigh known alternatives rather than guess from spelling alone.
 * Thread-safe: the model is read-only and every call keeps its state on the stack.
 */
final class PosTagger {

  static final String UNKNOWN = "?";
  private static final String BOUNDARY = "<s>";

  private final MaxentModel model;
  private final Map<String, String> lexicon;
  private final int beamSize;

  PosTagger(MaxentModel model, Map<String, String> lexicon, int beamSize) {
    this.model = model;
    this.lexicon = Map.copyOf(lexicon);
    this.beamSize = beamSize;
  }

  PosTagger withBeamSize(int size) {
    return new PosTagger(model, lexicon, size);
  }

  int beamSize() {
    return beamSize;
  }

  /** The tags of the words, one each. */
  String[] tag(String[] words) {
    Sentence sentence = new Sentence(words, lexicon);
    return beamSize <= 1 ? tagGreedy(sentence) : tagBeam(sentence);
  }

  private String[] tagGreedy(Sentence sentence) {
    int n = sentence.size();
    String[] tags = new String[n];
    double[] scores = new double[model.getNumOutcomes()];
    for (int i = 0; i < n; i++) {
      String previous = i > 0 ? tags[i - 1] : BOUNDARY;
      String beforePrevious = i > 1 ? tags[i - 2] : BOUNDARY;
      model.eval(sentence.context(i, previous, beforePrevious), scores);
      tags[i] = model.getOutcome(argmax(scores));
    }
    return tags;
  }

  private String[] tagBeam(Sentence sentence) {
    int n = sentence.size();
    record Path(String[] tags, double score) {}
    List<Path> beam = List.of(new Path(new String[0], 0));
    double[] scores = new double[model.getNumOutcomes()];
    for (int i = 0; i < n; i++) {
      List<Path> next = new ArrayList<>();
      for (Path path : beam) {
        String previous = i > 0 ? path.tags[i - 1] : BOUNDARY;
        String beforePrevious = i > 1 ? path.tags[i - 2] : BOUNDARY;
        model.eval(sentence.context(i, previous, beforePrevious), scores);
        for (int outcome = 0; outcome < scores.length; outcome++) {
          String[] tags = Arrays.copyOf(path.tags, i + 1);
          tags[i] = model.getOutcome(outcome);
          next.add(new Path(tags, path.score + Math.log(Math.max(scores[outcome], 1e-12))));
        }
      }
      next.sort((a, b) -> Double.compare(b.score, a.score));
      beam = next.subList(0, Math.min(beamSize, next.size()));
    }
    return beam.get(0).tags;
  }

  private static int argmax(double[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The word list the tagger saw while training, as lower-case word to its tags joined by {@code |}. */
  static Map<String, String> lexiconOf(List<String[]> words, List<String[]> tags, int minCount) {
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    for (int s = 0; s < words.size(); s++) {
      for (int i = 0; i < words.get(s).length; i++) {
        seen.computeIfAbsent(words.get(s)[i].toLowerCase(Locale.ROOT), w -> new HashMap<>())
            .merge(tags.get(s)[i], 1, Integer::sum);
      }
    }
    Map<String, String> lexicon = new HashMap<>();
    seen.forEach((word, counts) -> {
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      if (total >= minCount) {
        // Tags seen in under 5 % of a word's uses are mostly annotation noise: leave them out of its class.
        lexicon.put(word, String.join("|", counts.entrySet().stream()
            .filter(e -> e.getValue() * 20 >= total).map(Map.Entry::getKey).sorted().toList()));
      }
    });
    return lexicon;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(lexicon.size());
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(lexicon).entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeUTF(entry.getValue());
    }
    new GenericModelWriter((AbstractModel) model, out).persist();
  }

  static PosTagger read(DataInputStream in, int beamSize) throws IOException {
    int size = in.readInt();
    Map<String, String> lexicon = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      lexicon.put(in.readUTF(), in.readUTF());
    }
    MaxentModel model = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    return new PosTagger(model, lexicon, beamSize);
  }

  /** A sentence prepared once for feature extraction: lower-case forms, shapes and ambiguity classes. */
  static final class Sentence {
    private final String[] words;
    private final String[] lower;
    private final String[] classes;

    Sentence(String[] words, Map<String, String> lexicon) {
      this.words = words;
      this.lower = new String[words.length];
      this.classes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lower[i] = words[i].toLowerCase(Locale.ROOT);
        classes[i] = lexicon.getOrDefault(lower[i], UNKNOWN);
      }
    }

    int size() {
      return words.length;
    }

    String[] context(int i, String previousTag, String beforePreviousTag) {
      String word = lower[i];
      String cls = classes[i];
      String shape = shape(words[i]);
      List<String> f = new ArrayList<>(36);
      f.add("w=" + word);
      f.add("c=" + cls);
      f.add("sh=" + shape);
      int length = word.length();
      for (int k = 1; k <= 5 && k < length; k++) {
        f.add("s" + k + "=" + word.substring(length - k));
      }
      for (int k = 1; k <= 3 && k < length; k++) {
        f.add("p" + k + "=" + word.substring(0, k));
      }
      if (i == 0) {
        f.add("first|" + shape);
      }
      String prev = at(i - 1);
      String prev2 = at(i - 2);
      String next = at(i + 1);
      String next2 = at(i + 2);
      String nextClass = classAt(i + 1);
      f.add("w-1=" + prev);
      f.add("w-2=" + prev2);
      f.add("w+1=" + next);
      f.add("w+2=" + next2);
      f.add("s-1=" + suffix(prev, 3));
      f.add("s+1=" + suffix(next, 3));
      f.add("c-1=" + classAt(i - 1));
      f.add("c+1=" + nextClass);
      f.add("c+2=" + classAt(i + 2));
      f.add("t-1=" + previousTag);
      f.add("t-2=" + beforePreviousTag + "|" + previousTag);
      f.add("t-1w=" + previousTag + "|" + word);
      f.add("t-1c=" + previousTag + "|" + cls);
      f.add("cc+1=" + cls + "|" + nextClass);
      f.add("ww+1=" + word + "|" + next);
      f.add("w-1w=" + prev + "|" + word);
      if (UNKNOWN.equals(cls)) {
        f.add("t-1s3=" + previousTag + "|" + suffix(word, 3));
      }
      if (cls.contains("AUX")) {
        // Auxiliary or main verb (har gjort / har ett ansvar) turns on the next verb form, often a few words on.
        f.add("nv=" + word + "|" + nextVerbEnding(i));
      }
      return f.toArray(new String[0]);
    }

    private String nextVerbEnding(int i) {
      for (int j = i + 1; j < lower.length && j <= i + 5; j++) {
        String cls = classes[j];
        if (cls.contains("VERB") || cls.contains("AUX") || (UNKNOWN.equals(cls) && lower[j].endsWith("t"))) {
          return suffix(lower[j], 2);
        }
        if (cls.equals("PUNCT") || cls.contains("SCONJ") || cls.contains("CCONJ")) {
          return cls;
        }
      }
      return "none";
    }

    private String at(int i) {
      return i < 0 || i >= lower.length ? BOUNDARY : lower[i];
    }

    private String classAt(int i) {
      return i < 0 || i >= classes.length ? BOUNDARY : classes[i];
    }

    private static String suffix(String word, int k) {
      return word.length() <= k ? word : word.substring(word.length() - k);
    }

    /** A coarse spelling class: upper-case initial, all capitals, digits, hyphen, punctuation. */
    static String shape(String word) {
      boolean upperFirst = Character.isUpperCase(word.codePointAt(0));
      boolean allUpper = true;
      boolean digit = false;
      boolean letter = false;
      boolean hyphen = false;
      for (int j = 0; j < word.length(); j++) {
        char c = word.charAt(j);
        if (Character.isLetter(c)) {
          letter = true;
          allUpper &= Character.isUpperCase(c);
        } else if (Character.isDigit(c)) {
          digit = true;
        } else if (c == '-' || c == '–') {
          hyphen = true;
        }
      }
      if (!letter) {
        return digit ? "d" : "p";
      }
      return (allUpper && word.length() > 1 ? "A" : upperFirst ? "Xx" : "x") + (digit ? "d" : "") + (hyphen ? "-" : "");
    }
  }
}
