package org.govtrace.core.analysis;

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
import java.util.Locale;
import java.util.Properties;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.govtrace.core.model.Sentence;

/**
 * A logistic-regression reading of resource concerns that backs up the rules: it weighs a sentence's lemmas and
 * word classes ({@link ConcernFeatures}) and says how likely the author raises a need for or lack of money, staff
 * or time. It finds the phrasings no rule lists ("behöver ett tillskott på två miljoner kronor", "låneutrymmet
 * medger inte …"); the rules keep the final say where they fire. Trained by {@link ConcernModelTrainer} on the
 * project's own passage gold sets and findings table; immutable and thread-safe.
 */
final class ResourceConcernModel {

  static final String MODEL = "concern-model.bin";
  static final String SETTINGS = "concern-model.properties";
  static final String CONCERN = "concern";
  static final String NONE = "none";

  private final MaxentModel model;
  private final double threshold;
  private final ConcernFeatures features;
  private final String fingerprint;

  /**
   * @param model the trained maximum-entropy model with outcomes {@code concern} and {@code none}
   * @param threshold the probability from which a sentence counts as a concern, chosen by cross-validation
   * @param features the word classes the model was trained with
   * @param fingerprint identifies model and threshold, so an index is re-analysed when the model changes
   */
  ResourceConcernModel(MaxentModel model, double threshold, ConcernFeatures features, String fingerprint) {
    this.model = model;
    this.threshold = threshold;
    this.features = features;
    this.fingerprint = fingerprint;
  }

  double threshold() {
    return threshold;
  }

  String fingerprint() {
    return fingerprint;
  }

  /** The model bundled with core. */
  static ResourceConcernModel bundled() {
    try (InputStream model = ResourceConcernModel.class.getResourceAsStream(MODEL);
        InputStream settings = ResourceConcernModel.class.getResourceAsStream(SETTINGS)) {
      if (model == null || settings == null) {
        // Part of the core jar: missing means a broken build, not a user error.
        throw new UncheckedIOException(new IOException("The bundled " + MODEL + " or " + SETTINGS + " is missing from govtrace-core; rebuild it."));
      }
      return read(model.readAllBytes(), settings.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled resource-concern model", e);
    }
  }

  /** A model a training run wrote to a directory. */
  static ResourceConcernModel fromDirectory(Path directory) {
    try {
      return read(Files.readAllBytes(directory.resolve(MODEL)), Files.readAllBytes(directory.resolve(SETTINGS)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the resource-concern model in " + directory + " (" + e.getMessage() + "); train one with concern-train", e);
    }
  }

  private static ResourceConcernModel read(byte[] model, byte[] settings) throws IOException {
    MaxentModel maxent = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new ByteArrayInputStream(model)))).getModel();
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(settings));
    double threshold = Double.parseDouble(properties.getProperty("threshold", "0.5"));
    return new ResourceConcernModel(maxent, threshold, ConcernFeatures.bundled(), sha256(model, settings));
  }

  /** The probability that the sentence raises a resource concern. */
  double probability(Sentence sentence) {
    double[] outcomes = model.eval(features.of(sentence, 0));
    int concern = model.getIndex(CONCERN);
    return concern < 0 ? 0 : outcomes[concern];
  }

  /**
   * Whether a probability shows some sign of a concern, far below the model's own threshold: enough to let the
   * weakest rule stand. 0.2 is the lowest value at which the development sets stopped gaining (heldout-10, the one
   * not trained on: resource-concern precision 0.79 -> 0.90 at the same recall; no other development set lost a
   * passage).
   */
  static boolean confirms(double probability) {
    return probability >= CONFIRMATION;
  }

  private static final double CONFIRMATION = 0.2;

  /** Whether a probability counts as a concern on its own, at the model's threshold. */
  boolean raises(double probability) {
    return probability >= threshold;
  }

  /**
   * Whether the model reads the sentence at all: a statement of four words or more with a verb. A heading
   * ("Ekonomi", "Resurser och finansiering") or a bullet of nouns raises nothing, whatever its words.
   */
  static boolean statement(Sentence sentence) {
    long words = sentence.tokens().stream().filter(t -> t.text().codePoints().anyMatch(Character::isLetter)).count();
    boolean tagged = sentence.tokens().stream().anyMatch(t -> !"X".equals(t.upos()));
    return words >= 4 && (!tagged || sentence.tokens().stream().anyMatch(t -> "VERB".equals(t.upos()) || "AUX".equals(t.upos())));
  }

  /**
   * The settings file a training run writes beside the model. The L2 cost is kept too, so the model can be refitted
   * from its examples with the same settings without repeating the cross-validation that chose them.
   */
  static String settings(double threshold, double l2Cost, String trainedOn) {
    return String.format(Locale.ROOT, "# Written by concern-train: the threshold and L2 cost the model was trained with.%nthreshold=%.2f%nl2-cost=%s%ntrained-on=%s%n",
        threshold, l2Cost, trainedOn);
  }

  private static String sha256(byte[] a, byte[] b) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(a);
      digest.update(b);
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
