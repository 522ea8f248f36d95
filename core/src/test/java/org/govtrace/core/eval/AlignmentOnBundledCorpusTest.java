package org.govtrace.core.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.govtrace.core.GovTrace;
import org.govtrace.core.Thesaurus;
import org.govtrace.core.query.AlignmentReport;
import org.govtrace.core.query.AlignmentScore;
import org.govtrace.core.query.Comparison;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The strategy → plan comparison of the bundled corpus scored against its gold alignment, figures printed.
 * Runs the whole pipeline on the two files; skipped where the corpus module's gold is absent. Set
 * {@code -Dgovtrace.alignmentGold=FILE} to score another gold alignment.
 */
class AlignmentOnBundledCorpusTest {

  static Path gold() {
    String given = System.getProperty("govtrace.alignmentGold");
    return Stream.concat(given == null ? Stream.empty() : Stream.of(given), Stream.of("../corpus/src/test/resources/gold/sample-alignment.json"))
        .map(Path::of)
        .filter(Files::isRegularFile)
        .findFirst()
        .orElse(null);
  }

  @Test
  void scoresTheBundledStrategyToPlanComparison() {
    Path file = gold();
    Assumptions.assumeTrue(file != null, "no gold alignment (corpus/src/test/resources/gold/sample-alignment.json): skipping");
    AlignmentGold gold = AlignmentGold.read(file);
    Assumptions.assumeTrue(Files.isRegularFile(gold.from()) && Files.isRegularFile(gold.to()), "the aligned documents are absent");
    Path thesaurusFile = Path.of("../corpus/src/main/resources/org/govtrace/corpus/thesaurus-stockholm.json");
    Thesaurus thesaurus = Files.isRegularFile(thesaurusFile) ? Thesaurus.load(thesaurusFile) : Thesaurus.empty();
    try (GovTrace govtrace = GovTrace.builder().thesaurus(thesaurus).build()) {
      AlignmentReport report = govtrace.evaluateAlignment(file);
      if (Boolean.getBoolean("govtrace.alignmentDebug")) {
        Comparison comparison = govtrace.compare(govtrace.analyze(gold.from()), govtrace.analyze(gold.to()));
        comparison.goals().forEach(g -> System.out.println("GOAL " + g.change() + " " + g.similarity() + " | " + g.before().stream().map(f -> f.text()).toList() + " -> " + g.after().stream().map(f -> f.text()).toList()));
        comparison.concepts().forEach(c -> System.out.println("AREA " + c.change() + " " + c.label() + " " + c.kind() + " " + c.related() + " @@ " + (c.before() != null ? c.before().sentence() : c.after().sentence())));
        comparison.responsibilities().forEach(r -> System.out.println("DUTY " + r.change() + " " + r.similarity() + " | " + (r.before() == null ? "-" : r.actorBefore() + ": " + r.before().text()) + " -> " + (r.after() == null ? "-" : r.actorAfter() + ": " + r.after().text() + " @@ " + r.after().evidence().sentence())));
      }
      print("pairs", report.pairs());
      print("labels", report.labels());
      assertFalse(report.labels().get("all").predicted() == 0, "the comparison found nothing to align");
      // Goals depend least on other stages' rules: measured 1.000 when written; fail well before noise would.
      assertTrue(report.labels().get("goals").f1() >= 0.8, "goal labels F1 " + report.labels().get("goals").f1());
    }
  }

  private static void print(String what, Map<String, AlignmentScore> scores) {
    scores.forEach((part, s) -> System.out.printf(Locale.ROOT, "alignment %s %-16s gold=%d predicted=%d matched=%d P=%.3f R=%.3f F1=%.3f%n",
        what, part, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.f1()));
  }
}
