package org.govtrace.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govtrace.core.Thesaurus;
import org.junit.jupiter.api.Test;

/** The bundled Stockholm thesaurus loads, validates and resolves the city's boards, offices and areas. */
class StockholmThesaurusTest {

  private static final Thesaurus THESAURUS = StockholmThesaurus.load();

  /** The resource is in the jar and passes validation. */
  @Test
  void resourceIsAvailableAndValid() {
    assertTrue(THESAURUS.actors().size() > 50);
    assertTrue(THESAURUS.concepts().stream().anyMatch(c -> c.kind().equals("rights_area")));
    assertTrue(THESAURUS.concepts().stream().anyMatch(c -> c.kind().equals("focus_area")));
  }

  /** District offices map to their boards, also in inflected forms. */
  @Test
  void mapsOfficesToBoards() {
    assertEquals("Farsta stadsdelsnämnd", THESAURUS.boardOf("Farsta stadsdelsförvaltningen"));
    assertEquals("Socialnämnden", THESAURUS.boardOf("Socialförvaltningen"));
    assertEquals("Kommunstyrelsen", THESAURUS.boardOf("stadsledningskontoret"));
    assertEquals("stadsdelsnämnderna", THESAURUS.canonicalActor("samtliga stadsdelsnämnder"));
  }

  /** A 2018 rights area is related to a 2025 focus area. */
  @Test
  void relatesRightsAreasToFocusAreas() {
    Thesaurus.Concept social = THESAURUS.concepts().stream().filter(c -> c.label().equals("Rätten till social omsorg och trygghet")).findFirst().orElseThrow();
    assertEquals("2018", social.version());
    assertTrue(social.related().contains("focus.valfard-och-service"));
  }
}
