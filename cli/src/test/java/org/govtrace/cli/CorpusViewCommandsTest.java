package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus-view commands, run black-box on a corpus in memory: exit code and what a user sees. */
class CorpusViewCommandsTest {

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  /** lineage prints each document with role, year, what it answers and what it replaces. */
  @Test
  void lineagePrintsTheGraphAsATable() {
    LineageCommand command = new LineageCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Farsta stadsdelsnämnd (2025)"), run.out());
    assertTrue(run.out().contains("replaces Strategi för romsk inkludering (2018)"), run.out());
    assertTrue(run.out().contains("Handlingsplanen ersätter strategin från 2018."), run.out());
  }

  /** lineage --json gives nodes and links, kinds named as in the README. */
  @Test
  void lineagePrintsJson() throws Exception {
    LineageCommand command = new LineageCommand();
    JsonNode root = json(CliCorpus.run(command, command.options, "--json").out());
    assertEquals(4, root.get("nodes").size());
    assertEquals("strategy", root.get("nodes").get(0).get("role").asText());
    assertTrue(root.get("links").findValuesAsText("kind").contains("responds_to"));
  }

  /** trace --csv gives one line per cell and evidence, with the page, as Swedish Excel reads it (BOM, semicolons). */
  @Test
  void tracePrintsCsvWithPages() {
    TraceCommand command = new TraceCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "--concept", "välfärd och service", "--csv");
    assertEquals(0, run.code(), run.err());
    String[] lines = run.out().strip().split("\r\n");
    assertEquals("\uFEFFlabel;kind;document_id;document;role;count;page;sentence;detail", lines[0]);
    assertEquals(3, lines.length, run.out());
    List<String> fields = Arrays.stream(lines[2].split(";")).map(f -> f.replaceAll("^\"|\"$", "")).toList();
    assertEquals(List.of("valfard-och-service", "focus_area"), fields.subList(0, 2), lines[2]);
    assertEquals(List.of("1", "2"), fields.subList(5, 7), lines[2]);
  }

  /** A concept no document names gets one line that says what exists, and the usage exit code. */
  @Test
  void traceOfAConceptNoDocumentNamesExitsWithAUsageError() {
    TraceCommand command = new TraceCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "--concept", "rätten till bostad");
    assertEquals(2, run.code(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("No concept in the indexed documents matches 'rätten till bostad'"), run.err());
  }

  /** An actor trace shows who held the library duty in 2018 and who holds it in 2025. */
  @Test
  void tracesActorsAsATable() {
    TraceCommand command = new TraceCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "--actors");
    assertTrue(run.out().contains("Kulturnämnden"), run.out());
    assertTrue(run.out().contains("Stadsdelsnämnderna"), run.out());
    assertTrue(run.out().contains("D1  Strategi för romsk inkludering (2018) [strategy]"), run.out());
  }

  /** compare shows the moved duty, the reworded goal with its diff, and the concept relation. */
  @Test
  void comparePrintsChanges() {
    CompareCommand command = new CompareCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "strategi-2018.txt", "handlingsplan-2025.txt");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("moved"), run.out());
    assertTrue(run.out().contains("[-samma-] {+likvärdiga+}"), run.out());
    assertTrue(run.out().contains("ratten-till-social-omsorg —continued_by→ valfard-och-service"), run.out());
  }

  /** compare --json carries the change codes. */
  @Test
  void compareJsonHasChangeCodes() throws Exception {
    CompareCommand command = new CompareCommand();
    JsonNode root = json(CliCorpus.run(command, command.options, "strategi", "handlingsplan", "--json").out());
    assertEquals("reworded", root.get("goals").get(0).get("change").asText());
    assertEquals("moved", root.get("responsibilities").get(0).get("change").asText());
  }

  /** An unknown document is one sentence on stderr and the usage exit code, no stack trace. */
  @Test
  void compareNamesAnUnknownDocumentInOneSentence() {
    CompareCommand command = new CompareCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "strategi", "budget-2030");
    assertEquals(ExitCodes.USAGE, run.code());
    assertEquals("govtrace: No indexed document matches 'budget-2030'; run govtrace lineage to see the documents and their ids.", run.err().strip());
  }

  /** Without an index the views say so and exit with the missing-index code. */
  @Test
  void lineageWithoutAnIndexSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    LineageCommand command = new LineageCommand();
    command.options.opener = d -> org.govtrace.core.GovTrace.builder().indexDirectory(d).build();
    java.io.StringWriter err = new java.io.StringWriter();
    ErrorHandler errors = new ErrorHandler();
    int code = new picocli.CommandLine(command).setExecutionExceptionHandler(errors).setExitCodeExceptionMapper(errors)
        .setErr(new java.io.PrintWriter(err)).execute("--index", dir.resolve("none").toString());
    assertEquals(ExitCodes.NO_INDEX, code, err.toString());
    assertTrue(err.toString().startsWith("govtrace: "), err.toString());
  }

  /** The root command lists the view commands. */
  @Test
  void rootCommandListsTheViews() {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine root = GovTraceCommand.commandLine();
    root.setOut(new java.io.PrintWriter(out));
    root.execute("--help");
    for (String name : new String[] {"lineage", "trace", "compare", "responses", "keyness", "kwic", "report"}) {
      assertTrue(out.toString().contains(name), name);
    }
  }

  /** responses prints the board × part table and each sentence; --csv one line per sentence. */
  @Test
  void responsesPrintsTheBoardTable() {
    ResponsesCommand command = new ResponsesCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "handlingsplan");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("goal-1"), run.out());
    assertTrue(run.out().contains("1 support"), run.out());
    ResponsesCommand csvCommand = new ResponsesCommand();
    String csv = CliCorpus.run(csvCommand, csvCommand.options, "handlingsplan", "--csv").out();
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("Kulturnämnden;") && l.contains("area-valfard-och-service") && l.matches(".*;\"?explicit\"?;.*")), csv);
  }

  /** kwic shows the word in its context with document and page. */
  @Test
  void kwicShowsContext() {
    KwicCommand command = new KwicCommand();
    CliCorpus.Run run = CliCorpus.run(command, command.options, "resurser", "--window", "2");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("behovet av [resurser] för att"), run.out());
    assertTrue(run.out().contains("Kulturnämnden (2025), p.1"), run.out());
  }

  /** keyness lists the target's words with G² and raw counts. */
  @Test
  void keynessListsTermsWithCounts() throws Exception {
    KeynessCommand command = new KeynessCommand();
    JsonNode rows = json(CliCorpus.run(command, command.options, "--board", "Farsta", "--min-count", "1", "--json").out());
    assertEquals("förvaltningen", rows.get(0).get("term").asText());
    assertEquals(2, rows.get(0).get("targetCount").asInt());
  }
}
