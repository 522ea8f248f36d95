package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code govtrace analyze}: findings of a text or file, as a table and as JSON. */
class AnalyzeCommandTest {

  private static int run(StringWriter out, StringWriter err, String... args) {
    return new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  /** A text with a coordinated subject prints one responsibility row per board, with the Stockholm thesaurus. */
  @Test
  void printsOneRowPerBoardForACoordinatedSubject() {
    StringWriter out = new StringWriter();
    int exit = run(out, new StringWriter(), "analyze", "--text", "Kultur- och utbildningsnämnden samt stadsdelsnämnderna ansvarar för att erbjuda sommarlovsaktiviteter.");
    assertEquals(0, exit);
    String table = out.toString();
    assertTrue(table.contains("Kulturnämnden"), table);
    assertTrue(table.contains("Utbildningsnämnden"), table);
    assertTrue(table.contains("stadsdelsnämnderna"), table);
    assertTrue(table.lines().anyMatch(line -> line.startsWith("KIND")), table);
  }

  /** JSON output carries the kind, actor, modality, rule, page and sentence of each finding. */
  @Test
  void printsFindingsAsJson() throws Exception {
    StringWriter out = new StringWriter();
    int exit = run(out, new StringWriter(), "analyze", "--json", "--text", "Förvaltningen ser ett behov av ytterligare medel för tolkning.");
    assertEquals(0, exit);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("critique", json.get("stance").asText());
    JsonNode concern = json.get("findings").get(0);
    assertEquals("resource_concern", concern.get("kind").asText());
    assertEquals(1, concern.get("page").asInt());
    assertTrue(concern.get("rule").asText().startsWith("concern:"));
  }

  /** A user's thesaurus extends the bundled one: its board is recognised by its abbreviation. */
  @Test
  void readsAUserThesaurus(@TempDir Path dir) throws Exception {
    Path thesaurus = Files.writeString(dir.resolve("egen.json"), "{\"actors\": [{\"name\": \"Tekniska nämnden\", \"kind\": \"board\", \"aliases\": [\"TN\"]}]}");
    StringWriter out = new StringWriter();
    int exit = run(out, new StringWriter(), "analyze", "--thesaurus", thesaurus.toString(), "--json", "--text", "Tekniska nämnden ska ta fram en plan för gatubelysningen.");
    assertEquals(0, exit);
    assertTrue(out.toString().contains("\"actor\" : \"Tekniska nämnden\""), out.toString());
  }

  /** A thesaurus that is not valid fails with a non-zero exit code and a message naming the file. */
  @Test
  void rejectsAnInvalidThesaurus(@TempDir Path dir) throws Exception {
    Path thesaurus = Files.writeString(dir.resolve("fel.json"), "{\"actors\": [{\"kind\": \"board\"}]}");
    StringWriter err = new StringWriter();
    int exit = run(new StringWriter(), err, "analyze", "--thesaurus", thesaurus.toString(), "--text", "Nämnden ska ta fram en plan.");
    assertTrue(exit != 0);
    assertTrue(err.toString().contains("fel.json"), err.toString());
  }

  /** CSV output starts with a byte-order mark and uses semicolons, quoting sentences that contain one. */
  @Test
  void printsCsvForSwedishExcel() {
    StringWriter out = new StringWriter();
    int exit = run(out, new StringWriter(), "analyze", "--csv", "--text", "Socialnämnden ska erbjuda stöd; även till anhöriga.");
    assertEquals(0, exit);
    String csv = out.toString();
    assertTrue(csv.startsWith("\uFEFFkind;actor;modality;label;text;rule;section;page;sentence\r\n"), csv);
    assertTrue(csv.contains("responsibility;Socialnämnden;ska;"), csv);
    assertTrue(csv.contains("\"Socialnämnden ska erbjuda stöd; även till anhöriga.\""), csv);
  }
}
