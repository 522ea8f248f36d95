package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govtrace.core.GovTrace;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govtrace show}: one analysed document, whole, as it was indexed. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows one indexed document: profile, sections, every sentence with its page and tokens (offsets, UPOS, lemma), and findings.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Parameters(paramLabel = "DOC", description = "An id prefix (4+ hex digits), a file name, or words of the title.")
  String document;

  @Option(names = "--json", description = "Print the analysed document as JSON.")
  boolean json;

  @Override
  public Integer call() {
    AnalyzedDocument analyzed;
    try (GovTrace govtrace = options.open()) {
      analyzed = govtrace.show(document);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new JsonOutput().write(out, analyzed);
      return ExitCodes.OK;
    }
    DocumentProfile profile = analyzed.profile();
    out.println("Document " + analyzed.id().value());
    out.println("  Source:        " + analyzed.source() + " (" + analyzed.mediaType() + ")" + (analyzed.truncated() ? ", truncated" : ""));
    out.println("  Type:          " + profile.type().code());
    out.println("  Title:         " + Text.orDash(profile.title()));
    out.println("  Issuing body:  " + Text.orDash(profile.issuingBody()));
    out.println("  Office:        " + Text.orDash(profile.authoringOffice()));
    out.println("  Diary number:  " + Text.orDash(profile.ownDnr()));
    out.println("  Cites:         " + (profile.referencedDnrs().isEmpty() ? "–" : String.join(", ", profile.referencedDnrs())));
    out.println("  Dates:         " + (profile.dates().isEmpty() ? "–" : profile.dates().stream().map(Object::toString).collect(Collectors.joining(", "))));
    out.println("  Responds to:   " + Text.orDash(profile.respondsTo()));
    out.println("  Stance:        " + (analyzed.stance() == null ? "–" : analyzed.stance().code()));
    out.println("  Pages:         " + analyzed.text().pages().size());
    Map<String, String> letterhead = analyzed.text().letterheadFields();
    if (!letterhead.isEmpty()) {
      out.println("  Letterhead:    " + letterhead.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
    }
    out.println();
    out.println("Sections (" + analyzed.text().sections().size() + ")");
    for (Section section : analyzed.text().sections()) {
      out.printf("  %s%s  [%d–%d] p. %d%n", "  ".repeat(Math.max(0, section.level() - 1)), section.heading(),
          section.span().start(), section.span().end(), analyzed.text().pageAt(section.span().start()));
    }
    out.println();
    out.println("Sentences (" + analyzed.sentences().size() + ")");
    for (Sentence sentence : analyzed.sentences()) {
      out.printf("  [%d] p. %d  %s%n", sentence.index(), sentence.page(), sentence.text());
      out.println("      " + sentence.tokens().stream().map(ShowCommand::token).collect(Collectors.joining(" | ")));
    }
    out.println();
    out.println("Findings (" + analyzed.findings().size() + ")");
    for (Finding finding : analyzed.findings()) {
      out.printf("  %s %s%s%s p. %d: %s  (rule %s)%n", finding.kind().name().toLowerCase(java.util.Locale.ROOT),
          Text.orDash(finding.label()),
          finding.actor() == null ? "" : " · " + finding.actor(),
          finding.modality() == null ? "" : " · " + finding.modality(),
          finding.evidence() == null ? 0 : finding.evidence().page(), Text.orDash(finding.text()), finding.rule());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String token(Token token) {
    return token.text() + " " + token.span().start() + "–" + token.span().end() + " " + token.upos() + " " + token.lemma();
  }
}
