package org.govtrace.cli;

import static org.govtrace.core.testdocs.TestDocuments.document;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.govtrace.core.GovTrace;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.ConceptRelation;
import picocli.CommandLine;

/** A corpus in memory for the command tests, and a way to run a command on it. */
final class CliCorpus {

  private CliCorpus() {}

  static List<AnalyzedDocument> documents() {
    AnalyzedDocument strategy = document("strategi-2018.txt").type(DocumentType.STRATEGY).title("Strategi för romsk inkludering").dnr("KS 2018/123").dates("2018-03-15")
        .text("Strategi för romsk inkludering\n\nRätten till social omsorg och trygghet ska säkras.\n\n"
            + "Romska barn och unga ska ha samma möjligheter till utbildning som andra barn och unga i staden.\n\n"
            + "Kulturnämnden ska erbjuda romsk kultur och läsfrämjande insatser på biblioteken.")
        .goal("samma möjligheter")
        .finding(FindingKind.RIGHTS_AREA, "ratten-till-social-omsorg", "Rätten till social omsorg och trygghet")
        .responsibility("Kulturnämnden", "ska", "erbjuda romsk kultur och läsfrämjande insatser på biblioteken")
        .build();
    AnalyzedDocument plan = document("handlingsplan-2025.txt").type(DocumentType.ACTION_PLAN).title("Handlingsplan för romsk inkludering").dnr("KS 2025/809").dates("2025-05-01")
        .text("Handlingsplan för romsk inkludering\n\nHandlingsplanen ersätter strategin från 2018.\n\n"
            + "Resultatmål 1: Romska barn och unga ska ha likvärdiga möjligheter till en god utbildning som andra barn i staden.\f"
            + "Fokusområdet välfärd och service omfattar <script>alert('x')</script> omsorgen.\n\n"
            + "Stadsdelsnämnderna ska erbjuda romsk kultur och läsfrämjande insatser på biblioteken.")
        .goal("Resultatmål 1")
        .finding(FindingKind.FOCUS_AREA, "valfard-och-service", "välfärd och service")
        .responsibility("Stadsdelsnämnderna", "ska", "erbjuda romsk kultur och läsfrämjande insatser på biblioteken")
        .build();
    AnalyzedDocument farsta = document("farsta-2025.txt").type(DocumentType.REFERRAL_RESPONSE).body("Farsta stadsdelsnämnd").cites("KS 2025/809").dates("2025-11-20")
        .text("Farsta stadsdelsnämnd\n\nFörvaltningen ser positivt på resultatmål 1 men saknar konkreta insatser. "
            + "Förvaltningen vill lyfta fram behovet av resurser för att genomföra uppdragen.")
        .finding(FindingKind.STANCE, "support", "ser positivt på resultatmål 1")
        .finding(FindingKind.RESOURCE_CONCERN, "resources", "behovet av resurser")
        .build();
    AnalyzedDocument kultur = document("kultur-2025.txt").type(DocumentType.REFERRAL_RESPONSE).body("Kulturnämnden").cites("KS 2025/809").dates("2025-11-02")
        .text("Kulturnämnden\n\nNämnden efterfrågar en tydligare beskrivning av fokusområdet välfärd och service. Biblioteken behöver resurser.")
        .finding(FindingKind.PROPOSAL, "proposal", "efterfrågar en tydligare beskrivning")
        .build();
    return List.of(strategy, plan, farsta, kultur);
  }

  static GovTrace govtrace() {
    return GovTrace.builder()
        .corpus(CliCorpus::documents)
        .conceptRelations(List.of(new ConceptRelation("ratten-till-social-omsorg", "valfard-och-service", "continued_by")))
        .build();
  }

  /** The exit code, stdout and stderr of a command run on the in-memory corpus. */
  record Run(int code, String out, String err) {}

  static Run run(Object command, CorpusViewOptions options, String... args) {
    options.opener = dir -> govtrace();
    return execute(command, args);
  }

  static Run execute(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ErrorHandler errors = new ErrorHandler();
    CommandLine cli = new CommandLine(command).setExecutionExceptionHandler(errors).setExitCodeExceptionMapper(errors);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
