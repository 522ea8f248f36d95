package org.govtrace.core.analysis;

import org.govtrace.core.Thesaurus;
import org.govtrace.core.ThesaurusException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading, validating, merging and resolving names with a {@link Thesaurus}. */
class ThesaurusTest {

  private static Thesaurus parse(String json) {
    return Thesaurus.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  /**
   * Inflected and abbreviated forms resolve to the canonical name; unknown genitives lose their -s; an official's title
   * is one actor with or without its article, and the health law's short titles are spelled out.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "socialnämndens, Socialnämnden",
    "BUN, Barn- och utbildningsnämnden",
    "Samtliga stadsdelsnämnder, stadsdelsnämnderna",
    "Norrby stadsdelsnämnden, Norrby stadsdelsnämnd",
    "Miljönämndens, Miljönämnden",
    "Förvaltningschef, Förvaltningschefen",
    "förvaltningschefen, förvaltningschefen",
    "Kommundirektörens, Kommundirektören",
    "Säkerhetssamordnare, Säkerhetssamordnaren",
    "Dataskyddsombud, Dataskyddsombudet",
    "Enhetschef för hemtjänsten, Enhetschefen för hemtjänsten",
    "Rektorn, Rektor",
    "mentorn, mentor",
    "MAS, Medicinskt ansvarig sjuksköterska",
    "den medicinskt ansvariga sjuksköterskan, Medicinskt ansvarig sjuksköterska",
    "Socialchefer, Socialchefer"
  })
  void resolvesWrittenFormsToCanonicalNames(String written, String canonical) {
    assertEquals(canonical, FindingsTableTest.testThesaurus().canonicalActor(written));
  }

  /** An office maps to the board it works for. */
  @Test
  void mapsOfficeToItsBoard() {
    assertEquals("Socialnämnden", FindingsTableTest.testThesaurus().boardOf("socialförvaltningen"));
    assertEquals("Kommunstyrelsen", FindingsTableTest.testThesaurus().boardOf("Kommunledningskontoret"));
  }

  /** A user's file replaces entries with the same id or name and adds new ones. */
  @Test
  void userFileExtendsTheDefault() {
    Thesaurus user = parse("""
        {"concepts": [{"id": "rights.bostad", "kind": "rights_area", "label": "Rätten till en bostad"}],
         "actors": [{"name": "Valnämnden", "kind": "board", "aliases": ["VN"]}]}""");
    Thesaurus merged = FindingsTableTest.testThesaurus().extendedBy(user);
    assertEquals("Rätten till en bostad", merged.concepts().stream().filter(c -> c.id().equals("rights.bostad")).findFirst().orElseThrow().label());
    assertEquals("Valnämnden", merged.canonicalActor("VN"));
    assertEquals("Socialnämnden", merged.canonicalActor("socialnämnden"));
  }

  /** The mode field says whether a file replaces the default. */
  @Test
  void readsReplaceMode(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("egen.json"), "{\"mode\": \"replace\", \"actors\": []}");
    assertTrue(Thesaurus.replacesDefault(file));
    assertEquals(0, Thesaurus.load(file).actors().size());
  }

  /** Invalid files fail with a message that names the file, the entry and what is wrong. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"concepts\": [{\"id\": \"a\", \"kind\": \"area\", \"label\": \"A\"}]}|test.json: concepts[0] (a): kind 'area' must be one of",
        "{\"concepts\": [{\"id\": \"a\", \"kind\": \"focus_area\"}]}|test.json: concepts[0] (a): 'label' is missing",
        "{\"concepts\": [{\"id\": \"a\", \"kind\": \"focus_area\", \"label\": \"A\", \"related\": [\"b\"]}]}|related to unknown id 'b'",
        "{\"actors\": [{\"name\": \"X\", \"kind\": \"board\", \"board\": \"Y\"}]}|only an office names a board",
        "{\"actors\": [{\"name\": \"X\", \"kind\": \"board\"}, {\"name\": \"x\", \"kind\": \"board\"}]}|listed twice",
        "{\"actorPatterns\": [{\"regex\": \"(\", \"kind\": \"board\", \"name\": \"$1\"}]}|does not compile",
        "{\"mode\": \"merge\"}|mode 'merge' must be 'extend' or 'replace'",
        "[1, 2]|the top level must be a JSON object",
        "{\"concepts\": [|is not valid JSON"
      })
  void rejectsInvalidFilesWithClearMessages(String json, String message) {
    ThesaurusException e = assertThrows(ThesaurusException.class, () -> parse(json));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith("test.json"), e.getMessage());
  }

  /** A missing file is named in the message. */
  @Test
  void namesAMissingFile(@TempDir Path dir) {
    ThesaurusException e = assertThrows(ThesaurusException.class, () -> Thesaurus.load(dir.resolve("saknas.json")));
    assertTrue(e.getMessage().contains("saknas.json"), e.getMessage());
  }
}
