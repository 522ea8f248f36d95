package org.govtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NlpEvalCommandTest {

  private static final Path UD = Path.of("../../shared/ud-sv");

  @Test
  void printsTheIssueFiguresAsJsonForDevAndTheMunicipalGoldSet() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(UD), "UD Swedish data not present");
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new GovTraceCommand()).setOut(new PrintWriter(out));
    int exit = command.execute("nlp-eval", "--ud", UD.toString(), "--json", "--no-speed");
    assertEquals(0, exit);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    for (String field : new String[] {"upos_accuracy", "lemma_accuracy", "sentence_f1", "token_accuracy", "tokens_per_second",
        "tokens_per_second_2_threads", "data_checksum", "model_fingerprint"}) {
      assertTrue(json.has(field), field + " missing in " + json);
      assertTrue(json.get("municipal_gold").has(field), field + " missing for the gold set");
    }
    assertEquals(504, json.get("sentences").asInt());
  }

  @Test
  void failsWithOneClearSentenceWhenTheDirectoryHoldsNoDevData(@org.junit.jupiter.api.io.TempDir Path empty) {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new GovTraceCommand()).setErr(new PrintWriter(err));
    int exit = command.execute("nlp-eval", "--ud", empty.toString(), "--no-speed");
    assertTrue(exit != 0);
    assertTrue(err.toString().contains("-dev.conllu"), err.toString());
  }
}
