package org.govtrace.cli;

import java.util.concurrent.Callable;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageLink;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.LinkKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code govtrace lineage}: the document graph of the indexed corpus. */
@Command(
    name = "lineage",
    header = "Show how the indexed documents relate: responses, replaced strategies, versions.",
    description = {
      "Prints each document in lineage order (each strategy line's documents by date, each followed by the responses to it)"
          + " with its role, year, what it responds to and what it replaces or builds on.",
      "Inferred links carry the sentence or field that led to them; links declared in the manifest are shown beside them."
    })
public final class LineageCommand implements Callable<Integer> {

  @Mixin CorpusViewOptions options = new CorpusViewOptions();

  @Option(names = "--json", description = "Print the graph as JSON (nodes and links) for programs.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return options.run(spec, (govtrace, out) -> {
      Lineage lineage = govtrace.lineage();
      if (json) {
        CorpusViewOptions.printJson(out, lineage);
        return;
      }
      CorpusViewOptions.Table nodes = new CorpusViewOptions.Table(48, "document", "role", "year", "responds to", "replaces / builds on", "id");
      for (LineageNode node : lineage.nodes()) {
        String answers = lineage.answered(node.id()).flatMap(lineage::node).map(LineageNode::displayName).orElse("");
        StringBuilder earlier = new StringBuilder();
        for (LineageLink link : lineage.linksFrom(node.id())) {
          if (link.kind() != LinkKind.RESPONDS_TO) {
            String target = lineage.node(link.to()).map(LineageNode::displayName).orElse(link.to());
            String entry = link.kind().code() + " " + target;
            if (earlier.indexOf(entry) < 0) {
              earlier.append(earlier.length() == 0 ? "" : "; ").append(entry);
            }
          }
        }
        nodes.add(node.external() ? "[not indexed] " + node.displayName() : node.displayName(), node.role(), node.year() == 0 ? "" : node.year(),
            answers, earlier, node.external() ? node.dnr() : node.id().substring(0, Math.min(12, node.id().length())));
      }
      nodes.print(out);
      out.println();
      CorpusViewOptions.Table links = new CorpusViewOptions.Table(70, "from", "link", "to", "origin", "evidence");
      for (LineageLink link : lineage.links()) {
        links.add(lineage.node(link.from()).map(LineageNode::displayName).orElse(link.from()), link.kind().code(),
            lineage.node(link.to()).map(LineageNode::displayName).orElse(link.to()), link.origin().code() + " (" + link.rule() + ")", link.evidence());
      }
      links.print(out);
    });
  }
}
