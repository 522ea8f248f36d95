package org.govtrace.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.govtrace.core.query.KwicLine;
import org.govtrace.core.query.KwicRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code govtrace kwic TERM}: keyword in context over the indexed sentences. */
@Command(
    name = "kwic",
    header = "Show a word in context across the corpus.",
    description = {"Prints every occurrence of TERM with the words around it, its document and page. A trailing * matches any ending."})
public final class KwicCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Parameters(index = "0", paramLabel = "TERM", description = "The word, such as resurser or resurs*.")
  String term;

  @Option(names = "--window", paramLabel = "<n>", defaultValue = "6", description = "Words shown on each side (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--lemma", description = "Match lemmas (resurs finds resurser, resursen) rather than word forms.")
  boolean lemma;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "200", description = "The most lines (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the lines as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, out) -> {
      List<KwicLine> lines = govtrace.kwic(new KwicRequest(term, window, lemma, limit));
      if (json) {
        CorpusViewOptions.printJson(out, lines);
        return;
      }
      int left = lines.stream().mapToInt(l -> l.left().length()).max().orElse(0);
      for (KwicLine l : lines) {
        out.printf("%" + Math.max(1, left) + "s [%s] %s    (%s, p.%d)%n", l.left(), l.match(), l.right(), l.document(), l.page());
      }
      if (lines.isEmpty()) {
        spec.commandLine().getErr().println("No occurrence of '" + term + "'" + (lemma ? " as a lemma." : "; try --lemma or a trailing *."));
      }
    });
  }
}
