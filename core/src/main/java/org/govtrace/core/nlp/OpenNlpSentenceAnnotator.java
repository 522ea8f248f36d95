package org.govtrace.core.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Span;
import org.govtrace.core.model.Token;

/**
 * The Swedish annotator: OpenNLP models trained from UD Swedish (Talbanken, PUD) split sentences, tokenise, tag
 * UPOS and lemmatise, with governance rules for layout and abbreviations on top. The models are loaded once and
 * shared; the non-thread-safe OpenNLP tools are kept one per thread, so one instance serves a whole pipeline.
 */
public final class OpenNlpSentenceAnnotator implements SentenceAnnotator {

  private final NlpModels models;
  private final ThreadLocal<SentenceDetectorME> detectors;
  private final ThreadLocal<TokenizerME> tokenizers;

  OpenNlpSentenceAnnotator(NlpModels models) {
    this.models = models;
    this.detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
    this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
  }

  /**
   * The annotator with the models shipped in the jar.
   *
   * @throws java.io.UncheckedIOException naming the model resource that is missing or damaged
   */
  public static OpenNlpSentenceAnnotator fromClasspath() {
    return new OpenNlpSentenceAnnotator(NlpModels.fromClasspath());
  }

  /**
   * The annotator with models written by {@link NlpTrainer} to a directory, for trying a new training run.
   *
   * @throws java.io.UncheckedIOException naming the model file that is missing or damaged
   */
  public static OpenNlpSentenceAnnotator fromDirectory(Path directory) {
    return new OpenNlpSentenceAnnotator(NlpModels.fromDirectory(directory));
  }

  /** The same models with another beam width for the tagger: 1 is greedy and fastest. */
  public OpenNlpSentenceAnnotator withBeamSize(int beamSize) {
    return new OpenNlpSentenceAnnotator(models.withBeamSize(beamSize));
  }

  /** The tagger's beam width. */
  public int beamSize() {
    return models.tagger().beamSize();
  }

  OpenNlpSentenceAnnotator withLemmaSteps(boolean statistical, boolean compounds) {
    return new OpenNlpSentenceAnnotator(models.withLemmaSteps(statistical, compounds));
  }

  @Override
  public List<Sentence> annotate(DocumentText text) {
    String body = text.text();
    List<Span> spans = SentenceSegmenter.sentences(text, detectors.get());
    List<Sentence> sentences = new ArrayList<>(spans.size());
    TokenizerME tokenizer = tokenizers.get();
    for (Span span : spans) {
      String sentenceText = span.of(body);
      List<Span> tokenSpans = tokenize(tokenizer, sentenceText, span.start());
      if (tokenSpans.isEmpty()) {
        continue;
      }
      String[] words = new String[tokenSpans.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokenSpans.get(i).of(body);
      }
      String[][] tagged = tagAndLemmatize(words);
      List<Token> tokens = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) {
        tokens.add(new Token(tokenSpans.get(i), words[i], tagged[0][i], tagged[1][i]));
      }
      sentences.add(new Sentence(sentences.size(), span, text.pageAt(span.start()), sentenceText, tokens));
    }
    return sentences;
  }

  /** UPOS tags ([0]) and lemmas ([1]) of an already tokenised sentence. */
  String[][] tagAndLemmatize(String[] words) {
    String[] tags = models.tagger().tag(words);
    if (tags.length > 0 && "PROPN".equals(tags[0]) && models.lemmatizer().isCommonNoun(words[0])) {
      // A capital at the start of a heading or sentence is no name when the word is a compound of a known noun
      // ("Handlingsplan för inkludering"): the tagger sees only an unknown capitalised word.
      tags[0] = "NOUN";
    }
    String[] lemmas = models.lemmatizer().lemmatize(words, tags);
    return new String[][] {tags, lemmas};
  }

  private static List<Span> tokenize(TokenizerME tokenizer, String sentence, int offset) {
    opennlp.tools.util.Span[] pieces = tokenizer.tokenizePos(sentence);
    List<Span> tokens = new ArrayList<>(pieces.length);
    int openBrackets = 0;
    for (int i = 0; i < pieces.length; i++) {
      int start = pieces[i].getStart();
      int end = pieces[i].getEnd();
      // Rejoin an abbreviation or initial the model cut before its final full stop ("t.ex" + ".", "A" + ".").
      if (i + 1 < pieces.length && pieces[i + 1].getStart() == end && sentence.charAt(end) == '.'
          && pieces[i + 1].length() == 1 && SwedishAbbreviations.known(sentence.substring(start, end + 1))
          && (i + 2 < pieces.length || !SwedishAbbreviations.isInitial(sentence.substring(start, end + 1)))) {
        end++;
        i++;
      }
      // Rejoin a number range written without spaces ("2023–2026", "5-14"): one token in UD Swedish.
      while (i + 2 < pieces.length && isNumber(sentence, start, end) && pieces[i + 1].getStart() == end
          && pieces[i + 1].length() == 1 && "–-".indexOf(sentence.charAt(end)) >= 0
          && pieces[i + 2].getStart() == end + 1 && isNumber(sentence, pieces[i + 2].getStart(), pieces[i + 2].getEnd())) {
        end = pieces[i + 2].getEnd();
        i += 2;
      }
      char last = sentence.charAt(end - 1);
      if (last == '(') {
        openBrackets++;
      }
      // The model learnt list markers such as "2)"; inside brackets the ")" closes them ("(jfr bilaga 2)").
      if (last == ')' && end - start > 1 && openBrackets > 0 && sentence.lastIndexOf('(', end - 1) < start) {
        tokens.add(new Span(offset + start, offset + end - 1));
        start = end - 1;
      }
      if (last == ')' && openBrackets > 0) {
        openBrackets--;
      }
      tokens.add(new Span(offset + start, offset + end));
    }
    return tokens;
  }

  private static boolean isNumber(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return end > start;
  }


  @Override
  public String fingerprint() {
    return models.fingerprint();
  }
}
