package org.govtrace.core.nlp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The trained Swedish models, loaded together: sentence detector, tokenizer, POS tagger and lemmatizer, with a
 * checksum over their bytes so an index knows which models produced its sentences.
 */
record NlpModels(SentenceModel sentences, TokenizerModel tokens, PosTagger tagger, SwedishLemmatizer lemmatizer, String fingerprint) {

  static final String SENTENCE_FILE = "sv-sent.bin";
  static final String TOKEN_FILE = "sv-token.bin";
  static final String POS_FILE = "sv-pos.bin";
  static final String LEMMA_FILE = "sv-lemma.bin";
  static final String LEMMA_DICTIONARY_FILE = "sv-lemma-dict.bin";
  /** Hand-written, not trained: governance lemmas the treebanks lack; nlp-train copies it beside the models. */
  static final String GOVERNANCE_LEMMAS_FILE = "sv-governance-lemmas.txt";
  static final List<String> FILES = List.of(SENTENCE_FILE, TOKEN_FILE, POS_FILE, LEMMA_FILE, LEMMA_DICTIONARY_FILE, GOVERNANCE_LEMMAS_FILE);
  static final int DEFAULT_BEAM = 1;

  /** Where model files come from: the classpath or a training output directory. */
  @FunctionalInterface
  interface Source {
    /** The file's bytes; {@code null} when it is absent. */
    byte[] read(String name) throws IOException;
  }

  static NlpModels fromClasspath() {
    return load(name -> {
      try (InputStream in = NlpModels.class.getResourceAsStream(name)) {
        return in == null ? null : in.readAllBytes();
      }
    }, "classpath resource org/govtrace/core/nlp/");
  }

  static NlpModels fromDirectory(Path directory) {
    return load(name -> {
      Path file = directory.resolve(name);
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    }, directory + "/");
  }

  private static NlpModels load(Source source, String where) {
    MessageDigest digest = sha256();
    byte[][] bytes = new byte[FILES.size()][];
    for (int i = 0; i < FILES.size(); i++) {
      String name = FILES.get(i);
      try {
        bytes[i] = source.read(name);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the Swedish NLP model " + where + name + "; rebuild the jar or retrain with nlp-train.", e);
      }
      if (bytes[i] == null) {
        throw new UncheckedIOException("The Swedish NLP model " + where + name + " is missing; rebuild the jar or retrain with nlp-train.",
            new java.io.FileNotFoundException(name));
      }
      digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(bytes[i]);
    }
    String fingerprint = "opennlp-sv-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    try {
      SentenceModel sentences = new SentenceModel(new ByteArrayInputStream(bytes[0]));
      TokenizerModel tokens = new TokenizerModel(new ByteArrayInputStream(bytes[1]));
      PosTagger tagger;
      try (DataInputStream in = gunzip(bytes[2])) {
        tagger = PosTagger.read(in, DEFAULT_BEAM);
      }
      LemmatizerModel lemmas = new LemmatizerModel(new ByteArrayInputStream(bytes[3]));
      SwedishLemmatizer lemmatizer;
      try (DataInputStream in = gunzip(bytes[4])) {
        lemmatizer = new SwedishLemmatizer(SwedishLemmatizer.readDictionary(in), lemmas, true, true)
            .withLexicon(SwedishLemmatizer.readLexicon(new String(bytes[5], java.nio.charset.StandardCharsets.UTF_8)));
      }
      return new NlpModels(sentences, tokens, tagger, lemmatizer, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException("The Swedish NLP models in " + where + " are damaged; rebuild the jar or retrain with nlp-train.", e);
    }
  }

  NlpModels withBeamSize(int beamSize) {
    return new NlpModels(sentences, tokens, tagger.withBeamSize(beamSize), lemmatizer, fingerprint);
  }

  NlpModels withLemmaSteps(boolean statistical, boolean compounds) {
    return new NlpModels(sentences, tokens, tagger, lemmatizer.withSteps(statistical, compounds), fingerprint);
  }

  private static DataInputStream gunzip(byte[] bytes) throws IOException {
    return new DataInputStream(new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes))));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM lacks SHA-256, which every Java platform must provide.", e);
    }
  }
}
