package org.govtrace.core.nlp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.lemmatizer.LemmaSample;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.NlpTrainingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the Swedish models from Universal Dependencies treebanks: Talbanken's first-release training split, its
 * test split and PUD. Talbanken's dev split is never read, so every figure measured on it is held out. Training
 * is deterministic (perceptron and GIS without shuffling, fixed parameters and folds below, word lists written in
 * sorted order), so the same data gives the same weights; only the training timestamp OpenNLP writes into the
 * manifests of the sentence, token and lemma models differs between runs.
 */
public final class NlpTrainer {

  /** The treebank files read, by the names the UD releases give them. */
  public static final List<String> TRAINING_FILES =
      List.of("sv_talbanken-ud1-train.conllu", "sv_talbanken-ud-test.conllu", "sv_pud-ud-test.conllu");

  private static final Logger LOG = LoggerFactory.getLogger(NlpTrainer.class);
  private static final int POS_ITERATIONS = 60;
  private static final int POS_CUTOFF = 1;
  private static final int POS_LEXICON_MIN_COUNT = 1;
  private static final int LEXICON_FOLDS = 10;
  private static final char[] END_OF_SENTENCE = {'.', '!', '?'};
  private static final int SENTENCES_PER_TRAINING_PARAGRAPH = 5;
  /** Letters or digits only: the tokenizer never splits such a string, which saves most of its work. */
  static final Pattern ALPHANUMERIC = Pattern.compile("^[\\p{IsAlphabetic}\\p{IsDigit}]+$");

  /** Trains every model from the treebanks in {@code udDirectory} and writes them to {@code outDirectory}. */
  public NlpTrainingResult train(Path udDirectory, Path outDirectory) {
    long started = System.nanoTime();
    List<List<Conllu.Sentence>> treebanks = new ArrayList<>();
    for (String name : TRAINING_FILES) {
      Path file = udDirectory.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new GovTraceException("The UD Swedish file " + file + " is missing; point --ud at the directory holding " + TRAINING_FILES + ".");
      }
      treebanks.add(Conllu.read(file));
    }
    List<Conllu.Sentence> all = treebanks.stream().flatMap(List::stream).toList();
    List<Conllu.Sentence> withLemmas = all.stream().filter(Conllu.Sentence::hasLemmas).toList();
    try {
      Files.createDirectories(outDirectory);
      LOG.info("Training the sentence detector on {} sentences", all.size());
      write(outDirectory.resolve(NlpModels.SENTENCE_FILE), out -> trainSentences(all).serialize(out));
      LOG.info("Training the tokenizer");
      write(outDirectory.resolve(NlpModels.TOKEN_FILE), out -> trainTokens(all).serialize(out));
      LOG.info("Training the POS tagger");
      write(outDirectory.resolve(NlpModels.POS_FILE), out -> {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
          trainTagger(all).write(data);
        }
      });
      LOG.info("Training the lemmatizer on {} sentences with lemmas", withLemmas.size());
      write(outDirectory.resolve(NlpModels.LEMMA_FILE), out -> trainLemmas(withLemmas).serialize(out));
      write(outDirectory.resolve(NlpModels.LEMMA_DICTIONARY_FILE), out -> {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
          new SwedishLemmatizer(SwedishLemmatizer.dictionaryOf(withLemmas), null, false, false).writeDictionary(data);
        }
      });
      try (java.io.InputStream lexicon = NlpTrainer.class.getResourceAsStream(NlpModels.GOVERNANCE_LEMMAS_FILE)) {
        if (lexicon == null) {
          throw new GovTraceException("The resource " + NlpModels.GOVERNANCE_LEMMAS_FILE + " is missing from the jar; rebuild it.");
        }
        Files.copy(lexicon, outDirectory.resolve(NlpModels.GOVERNANCE_LEMMAS_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Map<String, Long> sizes = new LinkedHashMap<>();
      for (String name : NlpModels.FILES) {
        sizes.put(name, Files.size(outDirectory.resolve(name)));
      }
      return new NlpTrainingResult(sizes, tokenCount(all), tokenCount(withLemmas), Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Swedish models to " + outDirectory + "; check that it is writable.", e);
    }
  }

  private static int tokenCount(List<Conllu.Sentence> sentences) {
    return sentences.stream().mapToInt(s -> s.forms().size()).sum();
  }

  static SentenceModel trainSentences(List<Conllu.Sentence> sentences) throws IOException {
    return trainSentences(sentences, END_OF_SENTENCE);
  }

  static SentenceModel trainSentences(List<Conllu.Sentence> sentences, char[] endOfSentence) throws IOException {
    List<SentenceSample> samples = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (Conllu.Sentence sentence : sentences) {
      boolean breaks = sentence.layout() == Conllu.Layout.DOCUMENT || sentence.layout() == Conllu.Layout.PARAGRAPH
          || spans.size() >= SENTENCES_PER_TRAINING_PARAGRAPH; // ud1-train marks no paragraphs: cut it into short runs
      if (breaks && !spans.isEmpty()) {
        samples.add(new SentenceSample(text.toString(), spans.toArray(new Span[0])));
        text.setLength(0);
        spans.clear();
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      spans.add(new Span(text.length(), text.length() + sentence.text().length()));
      text.append(sentence.text());
    }
    if (!spans.isEmpty()) {
      samples.add(new SentenceSample(text.toString(), spans.toArray(new Span[0])));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    SentenceDetectorFactory factory = new SentenceDetectorFactory("sv", true, SwedishAbbreviations.dictionary(), endOfSentence);
    return SentenceDetectorME.train("sv", ObjectStreamUtils.createObjectStream(samples), factory, params);
  }

  static TokenizerModel trainTokens(List<Conllu.Sentence> sentences) throws IOException {
    List<TokenSample> samples = new ArrayList<>();
    for (Conllu.Sentence sentence : sentences) {
      Span[] spans = align(sentence.text(), sentence.forms());
      if (spans != null) {
        samples.add(new TokenSample(sentence.text(), spans));
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    TokenizerFactory factory = new TokenizerFactory("sv", SwedishAbbreviations.dictionary(), true, ALPHANUMERIC);
    return TokenizerME.train(ObjectStreamUtils.createObjectStream(samples), factory, params);
  }

  /** The tokens' spans in the sentence text, or {@code null} when they do not spell it out. */
  static Span[] align(String text, List<String> forms) {
    Span[] spans = new Span[forms.size()];
    int at = 0;
    for (int i = 0; i < forms.size(); i++) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      String form = forms.get(i);
      if (!text.startsWith(form, at)) {
        return null;
      }
      spans[i] = new Span(at, at + form.length());
      at += form.length();
    }
    return spans;
  }

  static PosTagger trainTagger(List<Conllu.Sentence> sentences) throws IOException {
    return trainTagger(sentences, POS_ITERATIONS, POS_CUTOFF, POS_LEXICON_MIN_COUNT);
  }

  static PosTagger trainTagger(List<Conllu.Sentence> sentences, int iterations, int cutoff, int lexiconMinCount) throws IOException {
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (Conllu.Sentence sentence : sentences) {
      words.add(sentence.forms().toArray(new String[0]));
      tags.add(sentence.upos().toArray(new String[0]));
    }
    Map<String, String> lexicon = PosTagger.lexiconOf(words, tags, lexiconMinCount);
    // Jackknifing: each sentence sees the word list built from the other folds, so the model learns how much to
    // trust a word's tag list from words as rare as the unseen ones it will meet, not from its own training data.
    List<Map<String, String>> foldLexicons = new ArrayList<>();
    for (int fold = 0; fold < LEXICON_FOLDS; fold++) {
      List<String[]> otherWords = new ArrayList<>();
      List<String[]> otherTags = new ArrayList<>();
      for (int s = 0; s < words.size(); s++) {
        if (s % LEXICON_FOLDS != fold) {
          otherWords.add(words.get(s));
          otherTags.add(tags.get(s));
        }
      }
      foldLexicons.add(LEXICON_FOLDS > 1 ? PosTagger.lexiconOf(otherWords, otherTags, lexiconMinCount) : lexicon);
    }
    List<Event> events = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      PosTagger.Sentence prepared = new PosTagger.Sentence(words.get(s), foldLexicons.get(s % LEXICON_FOLDS));
      String[] gold = tags.get(s);
      for (int i = 0; i < gold.length; i++) {
        events.add(new Event(gold[i], prepared.context(i, i > 0 ? gold[i - 1] : "<s>", i > 1 ? gold[i - 2] : "<s>")));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    return new PosTagger(model, lexicon, NlpModels.DEFAULT_BEAM);
  }

  static LemmatizerModel trainLemmas(List<Conllu.Sentence> sentences) throws IOException {
    List<LemmaSample> samples = new ArrayList<>();
    for (Conllu.Sentence sentence : sentences) {
      List<String> forms = new ArrayList<>();
      List<String> lemmas = new ArrayList<>();
      for (int i = 0; i < sentence.forms().size(); i++) {
        boolean proper = "PROPN".equals(sentence.upos().get(i));
        forms.add(proper ? sentence.forms().get(i) : sentence.forms().get(i).toLowerCase(Locale.ROOT));
        lemmas.add(proper ? sentence.lemmas().get(i) : sentence.lemmas().get(i).toLowerCase(Locale.ROOT));
      }
      samples.add(new LemmaSample(forms, sentence.upos(), lemmas));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 2);
    return LemmatizerME.train("sv", ObjectStreamUtils.createObjectStream(samples), params, new LemmatizerFactory());
  }

  @FunctionalInterface
  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void write(Path file, Writer writer) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      writer.write(out);
    }
  }
}
