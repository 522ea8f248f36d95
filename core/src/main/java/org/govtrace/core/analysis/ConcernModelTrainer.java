package org.govtrace.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.query.ConcernModelReport;
import org.govtrace.core.query.Score;

/**
 * Trains the {@link ResourceConcernModel} from passage gold files (JSON Lines with {@code resource_concern}) and
 * findings tables (TSV rows {@code sentence, RESOURCE_CONCERN} or {@code !RESOURCE_CONCERN}), reproducibly: the
 * regularisation and the threshold are chosen by leave-one-file-out cross-validation.
 *
 * <p>The rules were tuned on most of the same example files and find nearly every concern there, so a choice made
 * on all files with the rules would ask the model for almost nothing, while on new text the rules miss a quarter
 * of the concerns (the first runs of every fresh gold set). So the files the rules were never tuned on can be
 * named as fresh: the settings are then chosen by how the rules and model do on the fresh files, held out in turn,
 * as on new text (see {@link #choose}). Without fresh files they are chosen by how the model alone does over every
 * file.
 */
public final class ConcernModelTrainer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] L2_COSTS = {0.1, 0.5, 2.0};
  private static final int CUTOFF = 2;

  private final Function<String, AnalyzedDocument> rulesOnly;
  private final ConcernFeatures features = ConcernFeatures.bundled();
  private final ResourceConcernClassifier rules;

  /**
   * A trainer that reads each example with the given pipeline.
   *
   * @param rulesOnly runs the whole pipeline on a text with the rules alone (no model)
   */
  public ConcernModelTrainer(Function<String, AnalyzedDocument> rulesOnly) {
    this.rulesOnly = rulesOnly;
    Lexicon lexicon = Lexicon.bundled();
    this.rules = new ResourceConcernClassifier(lexicon, new SpeakerCues(lexicon));
  }

  /**
   * Cross-validates, trains on every example and writes {@code concern-model.bin} and
   * {@code concern-model.properties} to the directory.
   *
   * @param exampleFiles passage gold files ({@code *.jsonl}) and findings tables ({@code *.tsv})
   * @param freshFiles those of the example files the rules were never tuned on; may be empty
   * @param outDirectory where the model files go; created when missing
   * @return the cross-validated figures and the chosen settings
   * @throws GovTraceException when an example file cannot be read or holds no labelled example
   */
  public ConcernModelReport train(List<Path> exampleFiles, List<Path> freshFiles, Path outDirectory) {
    List<String> fresh = freshFiles.stream().map(f -> f.getFileName().toString()).toList();
    List<Passage> passages = prepareAll(exampleFiles);
    List<String> groups = passages.stream().map(Passage::group).distinct().toList();
    List<Choice> choices = new ArrayList<>();
    for (double l2 : L2_COSTS) {
      Map<Passage, double[]> heldOut = new LinkedHashMap<>();
      for (String group : groups) {
        MaxentModel model = fit(passages.stream().filter(p -> !p.group().equals(group)).toList(), l2);
        passages.stream().filter(p -> p.group().equals(group)).forEach(p -> heldOut.put(p, p.probabilities(model)));
      }
      for (int step = 30; step <= 95; step += 5) {
        double threshold = step / 100.0;
        Score alone = modelAlone(passages, heldOut, threshold);
        double objective = fresh.isEmpty() ? alone.f1()
            : score(passages.stream().filter(p -> fresh.contains(p.group())).toList(), heldOut, threshold).f1();
        choices.add(new Choice(l2, threshold, heldOut, objective, alone, score(passages, heldOut, threshold)));
      }
    }
    Choice best = choose(choices);
    List<ConcernModelReport.Fold> folds = new ArrayList<>();
    for (String group : groups) {
      List<Passage> own = passages.stream().filter(p -> p.group().equals(group)).toList();
      folds.add(new ConcernModelReport.Fold(group, own.size(), score(own, null, 2), modelAlone(own, best.heldOut(), best.threshold()),
          score(own, best.heldOut(), best.threshold())));
    }
    write(fit(passages, best.l2()), best.threshold(), best.l2(), exampleFiles, outDirectory);
    int sentences = passages.stream().mapToInt(p -> p.sentences().size()).sum();
    return new ConcernModelReport(best.threshold(), best.l2(), passages.size(), sentences, score(passages, null, 2), best.alone(),
        best.combined(), folds);
  }

  /**
   * Trains on every example with settings already chosen, without cross-validation, and writes the model files:
   * what {@link #train} writes when its cross-validation chooses these settings, in a fraction of the time.
   *
   * @param exampleFiles passage gold files ({@code *.jsonl}) and findings tables ({@code *.tsv})
   * @param l2Cost the regularisation
   * @param threshold the probability from which a sentence counts as a concern
   * @param outDirectory where the model files go; created when missing
   * @return how many sentences the model was trained on
   * @throws GovTraceException when an example file cannot be read or holds no labelled example
   */
  public int refit(List<Path> exampleFiles, double l2Cost, double threshold, Path outDirectory) {
    if (!(l2Cost >= 0) || !(threshold > 0 && threshold < 1)) {
      throw new GovTraceException("The L2 cost must be 0 or more and the threshold between 0 and 1 (got " + l2Cost + " and " + threshold + ").");
    }
    List<Passage> passages = prepareAll(exampleFiles);
    write(fit(passages, l2Cost), threshold, l2Cost, exampleFiles, outDirectory);
    return passages.stream().mapToInt(p -> p.sentences().size()).sum();
  }

  private List<Passage> prepareAll(List<Path> exampleFiles) {
    List<Passage> passages = new ArrayList<>();
    for (Path file : exampleFiles) {
      for (Example example : examples(file)) {
        passages.add(prepare(example));
      }
    }
    if (passages.stream().noneMatch(Passage::concern)) {
      throw new GovTraceException("The example files hold no resource concern to learn from; give passage gold files with resource_concern true.");
    }
    return passages;
  }

  private record Choice(double l2, double threshold, Map<Passage, double[]> heldOut, double objective, Score alone, Score combined) {}

  /**
   * The objective is flat near its top (a point of F1 is one or two passages of the fresh files). Among the settings no
   * worse than the best by more than {@link #TOLERANCE}, the regularisation of the most cautious one is kept (it keeps
   * the findings table's traps out), and of its thresholds on that plateau the median is taken: the edge of a plateau
   * is one step from falling off it when the text changes a little; its middle is not.
   */
  private static Choice choose(List<Choice> choices) {
    double top = choices.stream().mapToDouble(Choice::objective).max().orElseThrow();
    Choice best = choices.stream()
        .filter(c -> c.objective() >= top - TOLERANCE)
        .max(java.util.Comparator.comparingDouble(Choice::threshold).thenComparingDouble(c -> c.combined().f1()))
        .orElseThrow();
    List<Choice> plateau = choices.stream()
        .filter(c -> c.l2() == best.l2() && c.objective() >= top - TOLERANCE)
        .sorted(java.util.Comparator.comparingDouble(Choice::threshold))
        .toList();
    return plateau.get(plateau.size() / 2);
  }

  private static final double TOLERANCE = 0.01;

  /** One labelled text: a gold passage or a table sentence, with the file it came from. */
  record Example(String group, String text, boolean concern) {}

  /**
   * A prepared example: its sentences' features and labels, which sentences the rules' exclusions veto, and which
   * the rules find a concern in, by a strong rule (a listed phrase, a request) or only the weak one (a need word near a
   * resource word), which the analysis lets stand only where the model confirms it.
   */
  private record Passage(String group, boolean concern, List<String[]> sentences, List<Boolean> labels, List<Boolean> vetoed,
      List<Boolean> strong, List<Boolean> weak) {

    double[] probabilities(MaxentModel model) {
      int index = model.getIndex(ResourceConcernModel.CONCERN);
      return sentences.stream().mapToDouble(sentence -> model.eval(sentence)[index]).toArray();
    }

    boolean rules() {
      return strong.contains(true) || weak.contains(true);
    }

    /** As the analysis decides: a strong rule, the weak rule confirmed, or the model where nothing vetoes it. */
    boolean combined(double[] p, double threshold) {
      for (int i = 0; i < sentences.size(); i++) {
        if (strong.get(i) || weak.get(i) && ResourceConcernModel.confirms(p[i]) || !vetoed.get(i) && p[i] >= threshold) {
          return true;
        }
      }
      return false;
    }

    boolean model(double[] p, double threshold) {
      for (int i = 0; i < sentences.size(); i++) {
        if (!vetoed.get(i) && p[i] >= threshold) {
          return true;
        }
      }
      return false;
    }
  }

  private Passage prepare(Example example) {
    AnalyzedDocument document = rulesOnly.apply(example.text());
    List<String[]> sentences = new ArrayList<>();
    List<Boolean> ruled = new ArrayList<>();
    List<Boolean> vetoed = new ArrayList<>();
    List<Boolean> strong = new ArrayList<>();
    List<Boolean> weak = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      sentences.add(features.of(sentence, 0));
      vetoed.add(rules.vetoesModel(sentence.text()) || !ResourceConcernModel.statement(sentence));
      List<Finding> found = document.findings().stream()
          .filter(f -> f.kind() == FindingKind.RESOURCE_CONCERN && f.evidence().span().equals(sentence.span())).toList();
      ruled.add(!found.isEmpty());
      strong.add(found.stream().anyMatch(f -> !f.rule().equals(ResourceConcernClassifier.NEED_NEAR_RESOURCE)));
      weak.add(found.stream().anyMatch(f -> f.rule().equals(ResourceConcernClassifier.NEED_NEAR_RESOURCE)));
    }
    return new Passage(example.group(), example.concern(), sentences, labels(example.concern(), sentences, ruled), vetoed, strong, weak);
  }

  // A passage is labelled as a whole; its concern is in the sentences the rules find, else in those that name
  // money, staff, time, a need or a lack, else in every sentence.
  private static List<Boolean> labels(boolean concern, List<String[]> sentences, List<Boolean> ruled) {
    List<Boolean> labels = new ArrayList<>();
    if (!concern) {
      sentences.forEach(s -> labels.add(false));
      return labels;
    }
    if (ruled.contains(true)) {
      return List.copyOf(ruled);
    }
    for (String[] sentence : sentences) {
      labels.add(List.of(sentence).stream().anyMatch(f -> f.equals("c=money") || f.equals("c=cost") || f.equals("c=staff") || f.equals("c=time")
          || f.equals("c=need") || f.equals("c=lack")));
    }
    if (!labels.contains(true)) {
      labels.replaceAll(l -> true);
    }
    return labels;
  }

  private static MaxentModel fit(List<Passage> passages, double l2) {
    List<Event> events = new ArrayList<>();
    for (Passage passage : passages) {
      for (int i = 0; i < passage.sentences().size(); i++) {
        events.add(new Event(passage.labels().get(i) ? ResourceConcernModel.CONCERN : ResourceConcernModel.NONE, passage.sentences().get(i)));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.ITERATIONS_PARAM, 300);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.L2COST_PARAM, l2);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("Training the resource-concern model failed on in-memory events", e);
    }
  }

  // The rules alone without probabilities; with them, as the analysis decides.
  private static Score score(List<Passage> passages, Map<Passage, double[]> probabilities, double threshold) {
    return count(passages, p -> probabilities == null ? p.rules() : p.combined(probabilities.get(p), threshold));
  }

  private static Score modelAlone(List<Passage> passages, Map<Passage, double[]> probabilities, double threshold) {
    return count(passages, p -> p.model(probabilities.get(p), threshold));
  }

  private static Score count(List<Passage> passages, java.util.function.Predicate<Passage> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Passage p : passages) {
      boolean concern = predicted.test(p);
      tp += concern && p.concern() ? 1 : 0;
      fp += concern && !p.concern() ? 1 : 0;
      fn += !concern && p.concern() ? 1 : 0;
    }
    return Score.ofMatches(tp, fp, fn);
  }

  private static void write(MaxentModel model, double threshold, double l2Cost, List<Path> exampleFiles, Path outDirectory) {
    try {
      Files.createDirectories(outDirectory);
      Path bin = outDirectory.resolve(ResourceConcernModel.MODEL);
      Path partial = outDirectory.resolve(ResourceConcernModel.MODEL + ".partial");
      new GenericModelWriter((AbstractModel) model, partial.toFile()).persist();
      Files.move(partial, bin, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      String trainedOn = String.join(",", exampleFiles.stream().map(f -> f.getFileName().toString()).toList());
      Files.writeString(outDirectory.resolve(ResourceConcernModel.SETTINGS), ResourceConcernModel.settings(threshold, l2Cost, trainedOn), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GovTraceException(outDirectory + ": cannot write the model (" + e.getMessage() + "); choose a writable directory.", e);
    }
  }

  /** The labelled examples of one file: a passage gold file or a findings table. */
  static List<Example> examples(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GovTraceException(file + ": cannot be read (" + e.getMessage() + "); check the path.", e);
    }
    String group = file.getFileName().toString();
    List<Example> examples = new ArrayList<>();
    boolean table = group.endsWith(".tsv");
    java.util.Set<String> concerns = new java.util.LinkedHashSet<>();
    java.util.Set<String> calm = new java.util.LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("?")) {
        continue;
      }
      if (table) {
        String[] columns = line.split("\t");
        if (columns.length >= 2 && columns[1].equals("RESOURCE_CONCERN") || columns.length >= 2 && columns[1].equals("!RESOURCE_CONCERN")) {
          examples.add(new Example(group, columns[0], !columns[1].startsWith("!")));
          (columns[1].startsWith("!") ? calm : concerns).add(columns[0]);
        } else if (columns.length >= 4 && columns[1].equals("STANCE") && (columns[3].equals("neutral") || columns[3].equals("support"))) {
          // A sentence whose stance is neutral or support raises no concern (a concern is a critique or a request).
          calm.add(columns[0]);
        }
      } else {
        try {
          JsonNode node = JSON.readTree(line);
          if (node.hasNonNull("text") && node.has("resource_concern")) {
            examples.add(new Example(group, node.get("text").asText(), node.get("resource_concern").asBoolean()));
          }
        } catch (IOException e) {
          throw new GovTraceException(file + ": line " + (i + 1) + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); fix it.", e);
        }
      }
    }
    if (table) {
      examples.clear();
      concerns.forEach(sentence -> examples.add(new Example(group, sentence, true)));
      calm.stream().filter(sentence -> !concerns.contains(sentence)).forEach(sentence -> examples.add(new Example(group, sentence, false)));
    }
    if (examples.isEmpty()) {
      throw new GovTraceException(file + ": holds no labelled resource-concern example; give a passage gold file (*.jsonl) or a findings table (*.tsv).");
    }
    return examples;
  }
}
