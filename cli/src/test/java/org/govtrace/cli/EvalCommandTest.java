package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code govtrace eval}: per-field scores for the analysis and the keyword baseline. */
class EvalCommandTest {

  private static final String PASSAGES = """
      {"id": "1", "text": "Kontoret saknar finansiering för de nya uppdragen.", "resource_concern": true, "responsibilities": [], "goal": false, "stance": "critique"}
      {"id": "2", "text": "Målet är att alla barn ska kunna simma när de lämnar grundskolan.", "resource_concern": false, "responsibilities": [], "goal": true, "stance": "neutral"}
      """;

  /** The table lists each passage field with the system's and the baseline's score. */
  @Test
  void printsATableWithTheBaseline(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("p.jsonl"), PASSAGES);
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out)).execute("eval", "--gold", gold.toString());
    assertEquals(0, exit);
    String table = out.toString();
    assertTrue(table.contains("KEYWORD BASELINE"), table);
    assertTrue(table.lines().anyMatch(l -> l.trim().startsWith("resource_concern") && l.contains("1.00/1.00/1.00")), table);
    assertTrue(table.lines().anyMatch(l -> l.trim().startsWith("goal")), table);
  }

  /** JSON output holds precision, recall, F1 and the counts for the system and the baseline. */
  @Test
  void printsJson(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("p.jsonl"), PASSAGES);
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out)).execute("eval", "--gold", gold.toString(), "--json");
    assertEquals(0, exit);
    JsonNode report = new ObjectMapper().readTree(out.toString()).get(0);
    assertEquals("passages", report.get("kind").asText());
    JsonNode goal = report.get("fields").findValues("field").stream().anyMatch(f -> f.asText().equals("goal")) ? report.get("fields").get(1) : null;
    assertEquals("goal", goal.get("field").asText());
    assertEquals(1, goal.get("system").get("tp").asInt());
    assertTrue(goal.get("baseline").has("f1"));
  }

  /** With --errors, each field the analysis got wrong follows the table, with the passage to read. */
  @Test
  void listsDisagreementsWithTheirPassages(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("p.jsonl"), PASSAGES + """
        {"id": "3", "text": "Simhallen har öppet alla dagar.", "resource_concern": true, "responsibilities": [], "goal": false, "stance": "neutral"}
        """);
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out)).execute("eval", "--gold", gold.toString(), "--errors");
    assertEquals(0, exit);
    String table = out.toString();
    assertTrue(table.contains("3  resource_concern  true -> false"), table);
    assertTrue(table.contains("Simhallen har öppet alla dagar."), table);
    assertTrue(table.lines().noneMatch(l -> l.startsWith("  1  ")), "a passage the analysis got right is not listed: " + table);
  }

  /** concern-train prints the cross-validation per held-out file and writes a model eval can use. */
  @Test
  void trainsAConcernModelAndEvaluatesWithIt(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      lines.append("{\"id\": \"c").append(i).append("\", \"text\": \"Nämnden behöver ").append(i + 2)
          .append(" nya tjänster för att klara uppdraget.\", \"resource_concern\": true}\n");
      lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"Parken har ").append(i + 2)
          .append(" nya bänkar sedan i våras.\", \"resource_concern\": false}\n");
    }
    Path a = Files.writeString(dir.resolve("a.jsonl"), lines.toString());
    Path b = Files.writeString(dir.resolve("b.jsonl"), lines.toString().replace("Parken", "Torget"));
    Path model = dir.resolve("modell");
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out))
        .execute("concern-train", "--examples", a.toString(), "--fresh", b.toString(), "--out", model.toString());
    assertEquals(0, exit, out.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.trim().startsWith("a.jsonl")), out.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.trim().startsWith("b.jsonl")), "a fresh file is an example too: " + out);
    StringWriter json = new StringWriter();
    exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(json))
        .execute("concern-train", "--examples", a.toString(), "--examples", b.toString(), "--out", dir.resolve("modell-2").toString(), "--json");
    assertEquals(0, exit, json.toString());
    JsonNode report = new ObjectMapper().readTree(json.toString());
    assertEquals(2, report.get("folds").size());
    assertTrue(report.get("combined").has("f1") && report.get("rules").has("tp"), json.toString());
    StringWriter once = new StringWriter();
    exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(once))
        .execute("concern-train", "--examples", a.toString(), "--threshold", "0.5", "--l2-cost", "0.5", "--out", dir.resolve("modell-3").toString());
    assertEquals(0, exit, once.toString());
    assertTrue(once.toString().contains("no cross-validation") && Files.exists(dir.resolve("modell-3/concern-model.bin")), once.toString());
    StringWriter half = new StringWriter();
    exit = new CommandLine(new GovTraceCommand()).setErr(new PrintWriter(half))
        .execute("concern-train", "--examples", a.toString(), "--threshold", "0.5", "--out", dir.resolve("modell-4").toString());
    assertEquals(2, exit, "a threshold without an L2 cost is a usage error");
    assertTrue(half.toString().contains("--l2-cost"), half.toString());
    StringWriter eval = new StringWriter();
    exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(eval)).execute("eval", "--gold", a.toString(), "--concern-model", model.toString());
    assertEquals(0, exit, eval.toString());
    assertTrue(eval.toString().contains("resource_concern"), eval.toString());
  }

  /** A strategy→plan alignment gold file is scored by comparing the two documents it names. */
  @Test
  void scoresAnAlignmentGoldFile() throws Exception {
    Path gold = Path.of("..", "corpus", "src", "test", "resources", "gold", "sample-alignment.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "the bundled alignment gold is not here");
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out)).execute("eval", "--gold", gold.toString(), "--json");
    assertEquals(0, exit);
    JsonNode report = new ObjectMapper().readTree(out.toString()).get(0);
    assertEquals("alignment", report.get("kind").asText());
    for (String part : List.of("goals", "areas", "responsibilities", "all")) {
      JsonNode labels = report.get("labels").get(part);
      assertTrue(labels.get("gold").asInt() > 0, part + " has gold items");
      assertTrue(labels.get("f1").asDouble() >= 0 && labels.get("f1").asDouble() <= 1, part + " F1 is a share");
    }
  }

  /** A response links gold file is scored by linking the responses it names to the plan's parts. */
  @Test
  void scoresALinksGoldFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("handlingsplan.txt"), """
        Handlingsplan för fritid

        Resultatmål 1: Fler unga ska ha en meningsfull fritid.

        Resultatmål 2: Alla barn ska lära sig simma innan de lämnar grundskolan.
        """);
    Files.writeString(dir.resolve("svar.txt"), """
        Yttrande över handlingsplan för fritid

        Nämnden ser positivt på resultatmål 2. Nämnden anser att handlingsplanen som helhet är väl genomarbetad.
        """);
    Path gold = Files.writeString(dir.resolve("links.json"), """
        {"links_version": 1, "plan": "handlingsplan.txt", "links": [
          {"response": "svar.txt", "sentence": "Nämnden ser positivt på resultatmål 2.", "target_kind": "goal",
           "target": "Resultatmål 2: Alla barn ska lära sig simma innan de lämnar grundskolan.", "stance": "support", "resource_concern": false},
          {"response": "svar.txt", "sentence": "Nämnden anser att handlingsplanen som helhet är väl genomarbetad.", "target_kind": "plan",
           "target": null, "stance": "support", "resource_concern": false}]}
        """);
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out)).execute("eval", "--gold", gold.toString(), "--json");
    assertEquals(0, exit);
    JsonNode report = new ObjectMapper().readTree(out.toString()).get(0);
    assertEquals("links", report.get("kind").asText());
    assertEquals(2, report.get("gold_sentences").asInt());
    assertEquals(1, report.get("links").get("all").get("gold").asInt());
    assertEquals(1, report.get("links").get("goal").get("gold").asInt());
    assertEquals(1, report.get("plan_level").get("sentences").asInt());
    StringWriter table = new StringWriter();
    new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(table)).execute("eval", "--gold", gold.toString());
    assertTrue(table.toString().contains("response links: 2 gold sentences"), table.toString());
  }
}
