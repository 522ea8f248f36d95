package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

  @TempDir Path work;
  private Path corpus;
  private Path index;

  /** What one run of the command printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovTraceCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run runOnIndex(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--index", index.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = work.resolve("corpus");
    index = work.resolve("index");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("farsta.txt"),
        "Svar på remiss av handlingsplan för inkludering\n\nFörvaltningen ser ett stort resursbehov för att genomföra "
            + "åtgärderna. Nämnden efterfrågar finansiering för de nya uppdragen.", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("social.txt"),
        "Yttrande över handlingsplan för inkludering\n\nSocialförvaltningen ställer sig bakom handlingsplanen.",
        StandardCharsets.UTF_8);
  }

  private void indexCorpus() {
    Run run = runOnIndex("index", corpus.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void indexesAFolderThenSkipsItWhenNothingChanged() {
    Run first = runOnIndex("index", corpus.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("2 indexed, 0 unchanged, 0 replaced, 0 failed"), first.out());
    Run second = runOnIndex("index", corpus.toString());
    assertTrue(second.out().contains("0 indexed, 2 unchanged, 0 replaced, 0 failed"), second.out());
  }

  @Test
  void printsTheOutcomeOfEveryFileAsJson() throws IOException {
    Run run = runOnIndex("index", "--json", corpus.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.get("files").size());
    JsonNode first = json.get("files").get(0);
    assertEquals(corpus.resolve("farsta.txt").toString(), first.get("file").asText());
    assertEquals("indexed", first.get("status").asText());
    assertEquals(64, first.get("documentId").asText().length());
    assertTrue(json.get("elapsed").isNumber(), run.out());
  }

  @Test
  void namesEachFailedFileAndExitsWithOne() throws IOException {
    Files.write(corpus.resolve("trasig.pdf"), new byte[0]);
    Run run = runOnIndex("index", corpus.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().lines().anyMatch(line -> line.startsWith("failed: ") && line.contains("trasig.pdf")), run.err());
    assertTrue(run.err().lines().noneMatch(line -> line.indexOf("trasig.pdf") != line.lastIndexOf("trasig.pdf")),
        "the failure line names the file once: " + run.err());
    assertTrue(run.out().contains("2 indexed, 0 unchanged, 0 replaced, 1 failed"), run.out());
  }

  @Test
  void findsACompoundByAnInflectedPartAndMarksIt() {
    indexCorpus();
    Run run = runOnIndex("search", "resurser");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("«resursbehov»"), run.out());
    assertTrue(run.out().contains("p. 1"), run.out());
  }

  @Test
  void printsSearchResultsAsJson() throws IOException {
    indexCorpus();
    Run run = runOnIndex("search", "--json", "handlingsplanen");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("handlingsplanen", json.get("query").asText());
    assertTrue(json.get("totalHits").asLong() >= 2, run.out());
    JsonNode hit = json.get("hits").get(0);
    assertTrue(hit.get("snippet").get("marks").get(0).has("start"), run.out());
    assertTrue(json.get("facets").has("type"), run.out());
  }

  @Test
  void printsCsvThatSwedishExcelOpens() {
    indexCorpus();
    Run run = runOnIndex("search", "--csv", "resurser");
    assertTrue(run.out().startsWith("\uFEFFrank;document_id;source;title;type;issuing_body;year;page;section;sentence_index;sentence\r\n"),
        run.out());
    assertTrue(run.out().contains("resursbehov"), run.out());
  }

  @Test
  void rejectsABadQueryInOneLineWithExitTwo() {
    indexCorpus();
    Run run = runOnIndex("search", "resurser AND (budget");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("govtrace: The query 'resurser AND (budget' is not valid"), run.err());
  }

  @Test
  void saysToIndexFirstWhenThereIsNoIndex() {
    Run run = runOnIndex("search", "resurser");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("run govtrace index first"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void printsTheStackTraceOnlyWhenVerbose() {
    Run run = runOnIndex("stats", "-v");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void treatsAnUnknownOptionAsAUsageError() {
    Run run = run("search", "--colour", "resurser");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--colour"), run.err());
  }

  @Test
  void needsAQueryOrAFilter() {
    indexCorpus();
    Run run = runOnIndex("search");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Give a QUERY"), run.err());
    Run filtered = runOnIndex("search", "--kind", "stance", "--json");
    assertEquals(0, filtered.exitCode(), filtered.err());
  }

  @Test
  void rejectsAnUnknownDocumentType() {
    indexCorpus();
    Run run = runOnIndex("search", "--type", "roman", "resurser");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("referral_response"), run.err());
  }

  @Test
  void showsAWholeDocumentWithTokensAndPages() {
    indexCorpus();
    Run run = runOnIndex("show", "farsta.txt");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Sentences ("), run.out());
    assertTrue(run.out().contains("p. 1  Förvaltningen ser ett stort resursbehov"), run.out());
    assertTrue(java.util.regex.Pattern.compile("\\| resursbehov \\d+–\\d+ \\S+ \\S+ \\|").matcher(run.out()).find(), run.out());
  }

  @Test
  void showsAnUnknownDocumentAsAUsageError() {
    indexCorpus();
    Run run = runOnIndex("show", "saknas.pdf");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("saknas.pdf"), run.err());
  }

  @Test
  void countsTheIndexAsJson() throws IOException {
    indexCorpus();
    Run run = runOnIndex("stats", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.get("documents").asInt());
    assertTrue(json.get("findingsByKind").has("resource_concern"), run.out());
  }

  @Test
  void answersTheAnalysisCommandsInEveryFormat() throws IOException {
    indexCorpus();
    for (String command : List.of("concerns", "responsibilities", "goals")) {
      Run text = runOnIndex(command);
      assertEquals(0, text.exitCode(), command + ": " + text.err());
      Run json = runOnIndex(command, "--json");
      new ObjectMapper().readTree(json.out());
      Run csv = runOnIndex(command, "--csv");
      assertTrue(csv.out().startsWith("\uFEFF"), command);
    }
    Run concerns = runOnIndex("concerns", "--csv", "--responds-to", "handlingsplan för inkludering");
    assertTrue(concerns.out().startsWith("\uFEFFboard;raised;document_id;title;source;date;page;section;sentence"), concerns.out());
    assertEquals(2, runOnIndex("concerns", "--kind", "tid").exitCode());
  }

  @Test
  void indexesTheBundledSampleCorpusWhenNoPathIsGivenAndLeavesNoTemporaryFiles() throws IOException {
    Path temp = Files.createDirectories(work.resolve("tmp"));
    Run first = indexSampleCorpus(temp);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains(" 0 failed"), first.out());
    Run second = indexSampleCorpus(temp);
    assertTrue(second.out().contains("0 indexed") && second.out().contains(" 0 replaced"), second.out());
    try (var left = Files.list(temp)) {
      assertEquals(List.of(), left.toList());
    }
    assertTrue(Files.isRegularFile(index.resolve("manifest.json")), "the bundled manifest is kept for lineage");
    Run concerns = runOnIndex("concerns");
    assertEquals(0, concerns.exitCode(), concerns.err());
    assertTrue(concerns.out().startsWith("Resource concerns: raised by "), concerns.out());
  }

  /** Runs {@code govtrace index} without a path, copying the bundled corpus under {@code temp}. */
  private Run indexSampleCorpus(Path temp) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = GovTraceCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    ((IndexCommand) commandLine.getSubcommands().get("index").getCommand()).temporaryParent = temp;
    int code = commandLine.execute("index", "--index", index.toString());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsTheIndexedDocuments() {
    indexCorpus();
    Run run = runOnIndex("documents");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("2 documents"), run.out());
    assertTrue(run.out().contains("farsta.txt"), run.out());
  }
}
