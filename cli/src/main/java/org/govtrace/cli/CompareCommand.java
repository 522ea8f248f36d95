package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govtrace.core.model.Finding;
import org.govtrace.core.query.Comparison;
import org.govtrace.core.query.ConceptChange;
import org.govtrace.core.query.GoalChange;
import org.govtrace.core.query.ResponsibilityChange;
import org.govtrace.core.query.ReusedPassage;
import org.govtrace.core.query.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code govtrace compare A B}: what changed from one version of a document to the next. */
@Command(
    name = "compare",
    header = "Compare two documents: concepts, responsibilities, goals and reused passages.",
    description = {
      "Compares document A (earlier) with B (later), each named by file name, title words or id:"
          + " concepts kept, added and dropped; responsibilities kept, added, dropped and moved to another actor;"
          + " goals kept, reworded (with a word diff), split, merged, dropped and new; passages of B that reuse A."
    })
public final class CompareCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Parameters(index = "0", paramLabel = "A", description = "The earlier document.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The later document.")
  String b;

  @Option(names = "--json", description = "Print the comparison as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, out) -> {
      Comparison comparison = govtrace.compare(a, b);
      if (json) {
        CorpusViewOptions.printJson(out, comparison);
      } else {
        print(out, comparison);
      }
    });
  }

  private static void print(PrintWriter out, Comparison c) {
    out.printf("A: %s (%s)%nB: %s (%s)%n%n", name(c.a().title(), c.a().source()), c.a().year(), name(c.b().title(), c.b().source()), c.b().year());
    out.println("Concepts");
    CorpusViewOptions.Table concepts = new CorpusViewOptions.Table(60, "change", "concept", "kind", "A", "B", "related");
    for (ConceptChange change : c.concepts()) {
      concepts.add(change.change().code(), change.label(), change.kind().name().toLowerCase(java.util.Locale.ROOT), change.countBefore(), change.countAfter(),
          change.related().stream().map(r -> r.from() + " —" + r.relation() + "→ " + r.to()).collect(Collectors.joining("; ")));
    }
    concepts.print(out);
    out.println();
    out.println("Responsibilities");
    CorpusViewOptions.Table duties = new CorpusViewOptions.Table(60, "change", "actor in A", "actor in B", "duty");
    for (ResponsibilityChange change : c.responsibilities()) {
      Finding f = change.after() != null ? change.after() : change.before();
      duties.add(change.change().code(), change.actorBefore(), change.actorAfter(), f.text());
    }
    duties.print(out);
    out.println();
    out.println("Goals");
    for (GoalChange change : c.goals()) {
      out.printf("%-9s %s%n", change.change().code(), describe(change));
    }
    out.println();
    out.println("Reused passages");
    CorpusViewOptions.Table reuse = new CorpusViewOptions.Table(70, "similarity", "A page", "B page", "words", "passage in B");
    for (ReusedPassage p : c.reuse()) {
      reuse.add(String.format(java.util.Locale.ROOT, "%.2f", p.similarity()), p.pageA(), p.pageB(), p.matchedWords(), p.textB());
    }
    reuse.print(out);
  }

  private static String describe(GoalChange change) {
    if (!change.diff().isEmpty()) {
      return change.diff().stream().map(CompareCommand::mark).collect(Collectors.joining(" "));
    }
    List<Finding> side = change.after().isEmpty() ? change.before() : change.after();
    String arrow = change.before().size() > 1 || change.after().size() > 1
        ? texts(change.before()) + "  =>  " + texts(change.after())
        : texts(side);
    return arrow;
  }

  private static String texts(List<Finding> findings) {
    return findings.stream().map(f -> f.text().replaceAll("\\s+", " ")).collect(Collectors.joining(" | "));
  }

  private static String mark(WordDiff d) {
    return switch (d.op()) {
      case EQUAL -> d.text();
      case DELETE -> "[-" + d.text() + "-]";
      case INSERT -> "{+" + d.text() + "+}";
    };
  }

  private static String name(String title, String source) {
    return title != null ? title : source;
  }
}
