package org.govtrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govtrace.core.GovTrace;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.query.FacetCount;
import org.govtrace.core.query.SearchRequest;
import org.govtrace.core.query.SearchResult;
import org.govtrace.core.query.SentenceHit;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govtrace search}: full-text search over the indexed sentences, with facets and pages. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the indexed sentences (Swedish stemming; compounds are found by their parts: resurser finds resursbehov).",
      "QUERY uses Lucene syntax: words are all required; OR, NOT, \"exact phrase\", prefix* and (groups) work too.",
      "Example: govtrace search --kind resource_concern  (every concern sentence, counted by board)"
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions options;

  @Parameters(paramLabel = "QUERY", arity = "0..*",
      description = "The query; several arguments are joined by spaces. May be left out when a filter is given.")
  List<String> query = new ArrayList<>();

  @Option(names = "--type", paramLabel = "T", description = "Only documents of this type: ${COMPLETION-CANDIDATES}.",
      completionCandidates = TypeCodes.class)
  String type;

  @Option(names = "--body", paramLabel = "B", description = "Only documents whose issuing body starts with B (any case).")
  String body;

  @Option(names = "--year", paramLabel = "Y", description = "Only documents of year Y.")
  Integer year;

  @Option(names = "--kind", paramLabel = "K",
      description = "Only sentences with a finding of kind K: ${COMPLETION-CANDIDATES}.", completionCandidates = KindCodes.class)
  String kind;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N sentences (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N sentences, for the next page.")
  int offset;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  /** Output format: text (default), JSON or CSV. */
  static final class Format {
    @Option(names = "--json", description = "Print the result as JSON.") boolean json;
    @Option(names = "--csv", description = "Print the hits as CSV (UTF-8 with BOM, semicolons) for Excel.") boolean csv;
  }

  /** The document type codes, for help and validation. */
  static final class TypeCodes extends ArrayList<String> {
    TypeCodes() {
      super(Arrays.stream(DocumentType.values()).map(DocumentType::code).toList());
    }
  }

  /** The finding kind codes, for help and validation. */
  static final class KindCodes extends ArrayList<String> {
    KindCodes() {
      super(Arrays.stream(FindingKind.values()).map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
  }

  @Override
  public Integer call() {
    if (kind != null && !new KindCodes().contains(kind.strip().toLowerCase(java.util.Locale.ROOT))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Unknown finding kind '" + kind + "'; use one of " + String.join(", ", new KindCodes()) + ".");
    }
    if (query.isEmpty() && type == null && body == null && year == null && kind == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give a QUERY, or a filter (--type, --body, --year, --kind).");
    }
    if (type != null && !new TypeCodes().contains(type.strip().toLowerCase(java.util.Locale.ROOT))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Unknown document type '" + type + "'; use one of " + String.join(", ", new TypeCodes()) + ".");
    }
    if (limit < 1 || offset < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1 and --offset at least 0.");
    }
    String text = query.isEmpty() ? "*:*" : String.join(" ", query);
    SearchResult result;
    try (GovTrace govtrace = options.open()) {
      result = govtrace.search(new SearchRequest(text, type, body, year, kind, offset, limit));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      new JsonOutput().write(out, result);
    } else if (format.csv) {
      List<List<String>> rows = new ArrayList<>();
      int rank = offset;
      for (SentenceHit hit : result.hits()) {
        rows.add(Arrays.asList(Integer.toString(++rank), hit.documentId(), hit.source(), hit.title(), hit.type(),
            hit.issuingBody(), Integer.toString(hit.year()), Integer.toString(hit.page()), hit.section(),
            Integer.toString(hit.sentenceIndex()), hit.snippet().text()));
      }
      new CsvOutput().write(out, List.of("rank", "document_id", "source", "title", "type", "issuing_body", "year", "page",
          "section", "sentence_index", "sentence"), rows);
    } else {
      printText(out, result);
    }
    return ExitCodes.OK;
  }

  private void printText(PrintWriter out, SearchResult result) {
    Text text = new Text(spec.commandLine().getColorScheme().ansi());
    if (result.totalHits() == 0) {
      out.println("No sentence matches " + Text.quoted(result.query()) + ".");
      out.flush();
      return;
    }
    out.printf("%d sentence%s match %s", result.totalHits(), result.totalHits() == 1 ? "" : "s", Text.quoted(result.query()));
    if (!result.hits().isEmpty()) {
      out.printf(" (showing %d–%d)", offset + 1, offset + result.hits().size());
    }
    out.println(".");
    int rank = offset;
    for (SentenceHit hit : result.hits()) {
      out.println();
      out.printf("%3d. %s · %s · p. %d · %s %s%n", ++rank, Text.orDash(hit.issuingBody()), Text.orDash(hit.title()),
          hit.page(), hit.type(), hit.year() == 0 ? "" : Integer.toString(hit.year()));
      out.println("     " + text.marked(hit.snippet()));
      out.println("     " + hit.source() + " [" + Text.shortId(hit.documentId()) + "]");
    }
    out.println();
    out.println("Matches by facet (sentences):");
    for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
      if (!facet.getValue().isEmpty()) {
        out.println("  " + facet.getKey() + ": " + facet.getValue().stream()
            .map(count -> count.value() + " " + count.sentences())
            .collect(Collectors.joining(", ")));
      }
    }
    out.flush();
  }
}
