package org.govtrace.core.analysis;

import org.govtrace.core.Thesaurus;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govtrace.core.model.DocumentId;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.nlp.OpenNlpSentenceAnnotator;
import org.govtrace.core.nlp.RuleSentenceAnnotator;
import org.govtrace.core.nlp.SentenceAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of Swedish sentences and the findings each must (or must not) yield, from {@code findings.tsv}. */
class FindingsTableTest {

  private static final GovernanceAnalyzer ANALYZER = new GovernanceAnalyzer(testThesaurus());

  static Thesaurus testThesaurus() {
    try (InputStream in = FindingsTableTest.class.getResourceAsStream("/analysis/thesaurus-test.json")) {
      return Thesaurus.load(in, "thesaurus-test.json");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static final SentenceAnnotator RULES = new RuleSentenceAnnotator();
  private static final SentenceAnnotator TAGGER = OpenNlpSentenceAnnotator.fromClasspath();

  /** Analyses a bare sentence as the passage gold does: no document context. */
  static List<Finding> analyze(String text, SentenceAnnotator annotator) {
    DocumentText doc = DocumentText.ofPlainText(text);
    DocumentProfile profile = new DocumentProfile(DocumentType.OTHER, null, null, null, List.of(), List.of(), null, null);
    return ANALYZER.analyze(DocumentId.of(text.getBytes(StandardCharsets.UTF_8)), doc, annotator.annotate(doc), profile).findings();
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = FindingsTableTest.class.getResourceAsStream("/analysis/findings.tsv")) {
      assertNotNull(in, "findings.tsv is missing");
      int number = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        // Every line runs on untagged text (the rule stand-in) and on tagged, lemmatised text (OpenNLP).
        cases.add(Arguments.of(number, columns[0], columns[1], columns[2], columns[3], "rules"));
        cases.add(Arguments.of(number, columns[0], columns[1], columns[2], columns[3], "opennlp"));
      }
    }
    return cases.stream();
  }

  /** Each line's sentence yields the expected finding, lacks the excluded kind, or still misses a known miss. */
  @ParameterizedTest(name = "line {0} ({5}): {2} {3} {4} in \"{1}\"")
  @MethodSource("cases")
  void sentenceYieldsExpectedFinding(int line, String sentence, String kind, String actor, String value, String annotator) {
    boolean knownMiss = sentence.startsWith("?");
    String text = knownMiss ? sentence.substring(1) : sentence;
    List<Finding> findings = analyze(text, annotator.equals("rules") ? RULES : TAGGER);
    if (kind.startsWith("!")) {
      FindingKind excluded = FindingKind.valueOf(kind.substring(1));
      assertFalse(findings.stream().anyMatch(f -> f.kind() == excluded && actorMatches(f, actor)), () -> "line " + line + ": unexpected " + excluded + " in " + findings);
      return;
    }
    FindingKind expected = FindingKind.valueOf(kind);
    boolean found = findings.stream().anyMatch(f -> f.kind() == expected && actorMatches(f, actor) && valueMatches(f, value));
    if (knownMiss) {
      assertFalse(found, () -> "line " + line + ": a known miss is now found; move it out of the known misses");
    } else {
      assertTrue(found, () -> "line " + line + ": no " + expected + " " + actor + " " + value + " in " + findings);
    }
  }

  private static boolean actorMatches(Finding f, String actor) {
    return actor.equals("-") || actor.equalsIgnoreCase(f.actor());
  }

  private static boolean valueMatches(Finding f, String value) {
    if (value.equals("-")) {
      return true;
    }
    return f.kind() == FindingKind.RESPONSIBILITY ? value.equals(f.modality()) : value.equals(f.label());
  }
}
