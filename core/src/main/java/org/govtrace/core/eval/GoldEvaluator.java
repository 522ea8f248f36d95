package org.govtrace.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.govtrace.core.GovTraceException;
import org.govtrace.core.Thesaurus;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.EvaluationReport;
import org.govtrace.core.query.FieldScore;
import org.govtrace.core.query.GoldDisagreement;
import org.govtrace.core.query.Score;

/**
 * Scores the analysis against gold files in the format of {@code gold/FORMAT.md}: a JSON array of documents
 * (each file run through the whole pipeline) or JSON Lines of passages (each text analysed on its own), side by
 * side with the {@link KeywordBaseline keyword baseline} scored the same way.
 */
public final class GoldEvaluator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STANCES = List.of("support", "critique", "proposal", "neutral");

  private final Function<Path, AnalyzedDocument> analyzeFile;
  private final Function<String, AnalyzedDocument> analyzeText;
  private final Thesaurus thesaurus;
  private final KeywordBaseline baseline;

  /**
   * An evaluator that runs the given pipeline on each gold item.
   *
   * @param analyzeFile runs the pipeline on a file
   * @param analyzeText runs the pipeline on a passage of text
   * @param thesaurus resolves actor names and aliases to canonical names
   */
  public GoldEvaluator(Function<Path, AnalyzedDocument> analyzeFile, Function<String, AnalyzedDocument> analyzeText, Thesaurus thesaurus) {
    this.analyzeFile = analyzeFile;
    this.analyzeText = analyzeText;
    this.thesaurus = thesaurus;
    this.baseline = new KeywordBaseline(thesaurus);
  }

  /**
   * Scores one gold file: JSON Lines when its name ends in {@code .jsonl} or its first character is not {@code [}.
   *
   * @param goldFile the gold file
   * @return the scores per field, for the analysis and the keyword baseline

   * @throws GovTraceException when the gold file cannot be read or does not follow FORMAT.md
   */
  public EvaluationReport evaluate(Path goldFile) {
    String content;
    try {
      content = Files.readString(goldFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GovTraceException(goldFile + ": cannot be read (" + e.getMessage() + "); check the path.", e);
    }
    boolean documents = !goldFile.toString().endsWith(".jsonl") && content.stripLeading().startsWith("[");
    return documents ? evaluateDocuments(goldFile, content) : evaluatePassages(goldFile, content);
  }

  private EvaluationReport evaluateDocuments(Path goldFile, String content) {
    JsonNode root = parse(goldFile, content);
    Path folder = goldFile.toAbsolutePath().getParent();
    Tally tally = new Tally();
    List<GoldDisagreement> errors = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode gold = root.get(i);
      String file = text(gold, "file");
      if (file == null) {
        throw new GovTraceException(goldFile + ": entry " + i + " has no 'file'; every document needs the path of its file.");
      }
      AnalyzedDocument document = analyzeFile.apply(folder.resolve(file).normalize());
      Prediction system = predict(document);
      Prediction keywords = baseline.predict(document);
      tally.accuracy("doc_type", text(gold, "doc_type") != null, document.profile().type().code().equals(text(gold, "doc_type")));
      tally.accuracy("issuing_body", gold.has("issuing_body"), sameActor(document.profile().issuingBody(), text(gold, "issuing_body")));
      tally.accuracy("own_dnr", gold.has("own_dnr"), sameDnr(document.profile().ownDnr(), text(gold, "own_dnr")));
      tally.accuracy("responds_to", gold.has("responds_to"), sameTitle(document.profile().respondsTo(), text(gold, "responds_to")));
      tally.set("referenced_dnrs", gold.has("referenced_dnrs"), document.profile().referencedDnrs(), strings(gold, "referenced_dnrs"), null);
      tally.set("dates", gold.has("dates"), document.profile().dates().stream().map(Object::toString).toList(), strings(gold, "dates"), null);
      boolean goldConcern = gold.path("raises_resource_concern").asBoolean(false);
      tally.accuracy("raises_resource_concern", gold.has("raises_resource_concern"), system.raisesConcern() == goldConcern, keywords.raisesConcern() == goldConcern);
      tally.sentences("resource_evidence", gold.has("resource_evidence"), system.resourceEvidence(), keywords.resourceEvidence(), strings(gold, "resource_evidence"));
      tally.duties("responsibilities", gold.has("responsibilities"), system.responsibilities(), keywords.responsibilities(), duties(gold), this);
      tally.sentences("goals", gold.has("goals"), system.goals(), keywords.goals(), strings(gold, "goals"));
      tally.set("focus_areas", gold.has("focus_areas"), system.focusAreas(), strings(gold, "focus_areas"), keywords.focusAreas());
      tally.set("rights_areas", gold.has("rights_areas"), system.rightsAreas(), strings(gold, "rights_areas"), keywords.rightsAreas());
      tally.sentences("proposals", gold.has("proposals"), system.proposals(), keywords.proposals(), strings(gold, "proposals"));
      tally.accuracy("stance", gold.hasNonNull("stance"), system.stance().equals(text(gold, "stance")), keywords.stance().equals(text(gold, "stance")));
      if (gold.has("raises_resource_concern")) {
        value(errors, file, file, "raises_resource_concern", String.valueOf(goldConcern), String.valueOf(system.raisesConcern()));
      }
      if (gold.hasNonNull("stance")) {
        value(errors, file, file, "stance", text(gold, "stance"), system.stance());
      }
      sentenceErrors(errors, file, "resource_evidence", system.resourceEvidence(), strings(gold, "resource_evidence"));
      dutyErrors(errors, file, file, system.responsibilities(), duties(gold));
      sentenceErrors(errors, file, "goals", system.goals(), strings(gold, "goals"));
      sentenceErrors(errors, file, "proposals", system.proposals(), strings(gold, "proposals"));
    }
    return new EvaluationReport(goldFile.toString(), "documents", root.size(), tally.fields(), errors);
  }

  private EvaluationReport evaluatePassages(Path goldFile, String content) {
    Tally tally = new Tally();
    List<GoldDisagreement> errors = new ArrayList<>();
    Map<String, int[]> systemStances = new HashMap<>();
    Map<String, int[]> baselineStances = new HashMap<>();
    int count = 0;
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode gold = parse(goldFile, lines[i], i + 1);
      String passage = text(gold, "text");
      if (passage == null) {
        throw new GovTraceException(goldFile + ": line " + (i + 1) + " has no 'text'; every passage needs its text.");
      }
      count++;
      String id = gold.hasNonNull("id") ? text(gold, "id") : "line " + (i + 1);
      AnalyzedDocument document = analyzeText.apply(passage);
      Prediction system = predict(document);
      Prediction keywords = baseline.predict(document);
      if (gold.has("resource_concern")) {
        tally.binary("resource_concern", gold.get("resource_concern").asBoolean(), system.raisesConcern(), keywords.raisesConcern());
        value(errors, id, passage, "resource_concern", String.valueOf(gold.get("resource_concern").asBoolean()), String.valueOf(system.raisesConcern()));
      }
      if (gold.has("goal")) {
        tally.binary("goal", gold.get("goal").asBoolean(), !system.goals().isEmpty(), !keywords.goals().isEmpty());
        value(errors, id, passage, "goal", String.valueOf(gold.get("goal").asBoolean()), String.valueOf(!system.goals().isEmpty()));
      }
      if (gold.hasNonNull("stance")) {
        String expected = text(gold, "stance");
        tally.accuracy("stance", true, system.stance().equals(expected), keywords.stance().equals(expected));
        confusion(systemStances, expected, system.stance());
        confusion(baselineStances, expected, keywords.stance());
        value(errors, id, passage, "stance", expected, system.stance());
      }
      List<Prediction.Duty> goldDuties = duties(gold);
      tally.duties("responsibilities", gold.has("responsibilities"), system.responsibilities(), keywords.responsibilities(), goldDuties, this);
      if (gold.has("responsibilities")) {
        dutyErrors(errors, id, passage, system.responsibilities(), goldDuties);
      }
    }
    tally.macroF1("stance", macroF1(systemStances), macroF1(baselineStances));
    return new EvaluationReport(goldFile.toString(), "passages", count, tally.fields(), errors);
  }

  private static void value(List<GoldDisagreement> errors, String item, String text, String field, String expected, String predicted) {
    if (!expected.equals(predicted)) {
      errors.add(new GoldDisagreement(item, field, expected, predicted, text));
    }
  }

  private static void sentenceErrors(List<GoldDisagreement> errors, String file, String field, List<String> predicted, List<String> gold) {
    boolean[][] matched = matchSentences(predicted, gold);
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[1][i]) {
        errors.add(new GoldDisagreement(file, field, gold.get(i), "", file));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!matched[0][i]) {
        errors.add(new GoldDisagreement(file, field, "", predicted.get(i), file));
      }
    }
  }

  private void dutyErrors(List<GoldDisagreement> errors, String item, String text, List<Prediction.Duty> predicted, List<Prediction.Duty> gold) {
    boolean[][] matched = matchDuties(predicted, gold, this);
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[1][i]) {
        errors.add(new GoldDisagreement(item, "responsibilities", describe(gold.get(i)), "", text));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!matched[0][i]) {
        errors.add(new GoldDisagreement(item, "responsibilities", "", describe(predicted.get(i)), text));
      }
    }
  }

  private static String describe(Prediction.Duty duty) {
    return duty.actor() + " (" + duty.modality() + "): " + duty.duty();
  }

  /** Greedy one-to-one matching as FORMAT.md scores sentences: [0] which predictions matched, [1] which gold items. */
  private static boolean[][] matchSentences(List<String> predicted, List<String> gold) {
    boolean[][] matched = {new boolean[predicted.size()], new boolean[gold.size()]};
    for (int p = 0; p < predicted.size(); p++) {
      for (int i = 0; i < gold.size(); i++) {
        if (!matched[1][i] && TextMatch.sentenceMatches(predicted.get(p), gold.get(i))) {
          matched[1][i] = true;
          matched[0][p] = true;
          break;
        }
      }
    }
    return matched;
  }

  /** Greedy one-to-one matching as FORMAT.md scores duties: [0] which predictions matched, [1] which gold items. */
  private static boolean[][] matchDuties(List<Prediction.Duty> predicted, List<Prediction.Duty> gold, GoldEvaluator evaluator) {
    boolean[][] matched = {new boolean[predicted.size()], new boolean[gold.size()]};
    for (int p = 0; p < predicted.size(); p++) {
      Prediction.Duty d = predicted.get(p);
      for (int i = 0; i < gold.size(); i++) {
        Prediction.Duty g = gold.get(i);
        if (!matched[1][i] && d.actor() != null && evaluator.sameActor(d.actor(), g.actor()) && TextMatch.jaccard(d.duty(), g.duty()) >= 0.4) {
          matched[1][i] = true;
          matched[0][p] = true;
          break;
        }
      }
    }
    return matched;
  }

  /** The analysis's answers in the terms of the gold files. */
  private Prediction predict(AnalyzedDocument document) {
    List<String> evidence = new ArrayList<>();
    List<Prediction.Duty> duties = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    List<String> proposals = new ArrayList<>();
    Set<String> focus = new LinkedHashSet<>();
    Set<String> rights = new LinkedHashSet<>();
    for (Finding f : document.findings()) {
      switch (f.kind()) {
        case RESOURCE_CONCERN -> evidence.add(f.evidence().sentence());
        case RESPONSIBILITY -> duties.add(new Prediction.Duty(f.actor(), f.modality(), f.text()));
        case GOAL -> goals.add(f.text());
        case PROPOSAL -> proposals.add(f.text());
        case FOCUS_AREA -> focus.add(f.text());
        case RIGHTS_AREA -> rights.add(f.text());
        default -> { }
      }
    }
    return new Prediction(document.findings().stream().anyMatch(f -> f.kind() == FindingKind.RESOURCE_CONCERN), evidence, duties, goals,
        proposals, List.copyOf(focus), List.copyOf(rights), document.stance().code());
  }

  boolean sameActor(String predicted, String gold) {
    if (predicted == null || gold == null) {
      return predicted == null && gold == null;
    }
    return withoutLegalForm(thesaurus.canonicalActor(predicted)).equalsIgnoreCase(withoutLegalForm(thesaurus.canonicalActor(gold)));
  }

  // "Karlsborgsbostäder AB" and "Karlsborgsbostäder", "AB Skövdebostäder" and "Skövdebostäder": one company, written
  // with or without its legal form.
  private static final Pattern LEGAL_FORM = Pattern.compile("^AB\\s+|\\s+AB$");

  private static String withoutLegalForm(String actor) {
    return LEGAL_FORM.matcher(actor.strip()).replaceAll("");
  }

  private static boolean sameDnr(String predicted, String gold) {
    if (predicted == null || gold == null) {
      return predicted == null && gold == null;
    }
    return TextMatch.normalize(predicted).equalsIgnoreCase(TextMatch.normalize(gold));
  }

  private static boolean sameTitle(String predicted, String gold) {
    if (predicted == null || gold == null) {
      return predicted == null && gold == null;
    }
    return TextMatch.jaccard(predicted, gold) >= 0.6;
  }

  private static void confusion(Map<String, int[]> counts, String gold, String predicted) {
    // [0] true positives, [1] false positives, [2] false negatives of each class
    if (gold.equals(predicted)) {
      counts.computeIfAbsent(gold, k -> new int[3])[0]++;
    } else {
      counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
      counts.computeIfAbsent(gold, k -> new int[3])[2]++;
    }
  }

  // The mean F1 over the classes that occur in the gold or the predictions.
  private static double macroF1(Map<String, int[]> counts) {
    if (counts.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (String stance : STANCES) {
      int[] c = counts.get(stance);
      if (c != null) {
        sum += Score.ofMatches(c[0], c[1], c[2]).f1();
      }
    }
    return sum / counts.keySet().stream().filter(STANCES::contains).count();
  }

  private static JsonNode parse(Path goldFile, String content) {
    try {
      JsonNode root = JSON.readTree(content);
      if (!root.isArray()) {
        throw new GovTraceException(goldFile + ": a document-level gold file must be a JSON array; see gold/FORMAT.md.");
      }
      return root;
    } catch (IOException e) {
      throw new GovTraceException(goldFile + ": is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); fix the syntax.", e);
    }
  }

  private static JsonNode parse(Path goldFile, String line, int number) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new GovTraceException(goldFile + ": line " + number + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); fix it.", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(item -> out.add(item.asText()));
    return out;
  }

  private static List<Prediction.Duty> duties(JsonNode node) {
    List<Prediction.Duty> out = new ArrayList<>();
    node.path("responsibilities").forEach(item -> out.add(new Prediction.Duty(text(item, "actor"), text(item, "modality"), text(item, "duty"))));
    return out;
  }

  /** Sums the counts of every field over all documents or passages, in the order fields are first seen. */
  private static final class Tally {
    private final Map<String, int[]> system = new java.util.LinkedHashMap<>();
    private final Map<String, int[]> keywords = new HashMap<>();
    private final Map<String, String> metric = new HashMap<>();
    private final Map<String, double[]> macro = new HashMap<>();

    void accuracy(String field, boolean judged, boolean right) {
      if (judged) {
        add(system, field, "accuracy", right ? 1 : 0, 0, 0, 1);
      }
    }

    void accuracy(String field, boolean judged, boolean right, boolean baselineRight) {
      if (judged) {
        add(system, field, "accuracy", right ? 1 : 0, 0, 0, 1);
        add(keywords, field, "accuracy", baselineRight ? 1 : 0, 0, 0, 1);
      }
    }

    void binary(String field, boolean gold, boolean predicted, boolean baselinePredicted) {
      add(system, field, "binary", gold && predicted ? 1 : 0, !gold && predicted ? 1 : 0, gold && !predicted ? 1 : 0, gold == predicted ? 1 : 0);
      add(keywords, field, "binary", gold && baselinePredicted ? 1 : 0, !gold && baselinePredicted ? 1 : 0, gold && !baselinePredicted ? 1 : 0,
          gold == baselinePredicted ? 1 : 0);
    }

    void set(String field, boolean judged, List<String> predicted, List<String> gold, List<String> baselinePredicted) {
      if (!judged) {
        return;
      }
      addSet(system, field, predicted, gold);
      if (baselinePredicted != null) {
        addSet(keywords, field, baselinePredicted, gold);
      }
    }

    void sentences(String field, boolean judged, List<String> predicted, List<String> baselinePredicted, List<String> gold) {
      if (judged) {
        addSentences(system, field, predicted, gold);
        addSentences(keywords, field, baselinePredicted, gold);
      }
    }

    void duties(String field, boolean judged, List<Prediction.Duty> predicted, List<Prediction.Duty> baselinePredicted, List<Prediction.Duty> gold, GoldEvaluator evaluator) {
      if (judged) {
        addDuties(system, field, predicted, gold, evaluator);
        addDuties(keywords, field, baselinePredicted, gold, evaluator);
      }
    }

    private static int count(boolean[] matched) {
      int n = 0;
      for (boolean m : matched) {
        n += m ? 1 : 0;
      }
      return n;
    }

    void macroF1(String field, double systemValue, double baselineValue) {
      macro.put(field, new double[] {systemValue, baselineValue});
    }

    private void addSet(Map<String, int[]> target, String field, List<String> predicted, List<String> gold) {
      Set<String> p = new LinkedHashSet<>();
      predicted.forEach(s -> p.add(TextMatch.normalize(s).toLowerCase(Locale.ROOT)));
      Set<String> g = new LinkedHashSet<>();
      gold.forEach(s -> g.add(TextMatch.normalize(s).toLowerCase(Locale.ROOT)));
      int tp = (int) p.stream().filter(g::contains).count();
      add(target, field, "prf", tp, p.size() - tp, g.size() - tp, 0);
    }

    private void addSentences(Map<String, int[]> target, String field, List<String> predicted, List<String> gold) {
      int tp = count(matchSentences(predicted, gold)[1]);
      add(target, field, "prf", tp, predicted.size() - tp, gold.size() - tp, 0);
    }

    private void addDuties(Map<String, int[]> target, String field, List<Prediction.Duty> predicted, List<Prediction.Duty> gold, GoldEvaluator evaluator) {
      int tp = count(matchDuties(predicted, gold, evaluator)[1]);
      add(target, field, "prf", tp, predicted.size() - tp, gold.size() - tp, 0);
    }

    private void add(Map<String, int[]> target, String field, String kind, int tp, int fp, int fn, int total) {
      metric.putIfAbsent(field, kind);
      system.putIfAbsent(field, new int[5]);
      int[] c = target.computeIfAbsent(field, k -> new int[5]);
      c[0] += tp;
      c[1] += fp;
      c[2] += fn;
      c[3] += kind.equals("accuracy") ? tp : kind.equals("binary") ? total : 0;
      c[4] += kind.equals("prf") ? 0 : 1;
    }

    List<FieldScore> fields() {
      List<FieldScore> out = new ArrayList<>();
      for (Map.Entry<String, int[]> entry : system.entrySet()) {
        String field = entry.getKey();
        String kind = metric.get(field);
        double[] m = macro.getOrDefault(field, new double[] {Double.NaN, Double.NaN});
        out.add(new FieldScore(field, kind.equals("accuracy") ? "accuracy" : "prf", score(kind, entry.getValue(), m[0]),
            keywords.containsKey(field) ? score(kind, keywords.get(field), m[1]) : null));
      }
      return out;
    }

    private static Score score(String kind, int[] c, double macroF1) {
      return switch (kind) {
        case "accuracy" -> new Score(0, 0, 0, c[3], c[4], macroF1);
        case "binary" -> new Score(c[0], c[1], c[2], c[3], c[4], macroF1);
        default -> new Score(c[0], c[1], c[2], 0, 0, macroF1);
      };
    }
  }
}
