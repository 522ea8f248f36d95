package org.govtrace.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsEndBeforeStart() {
    assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
  }

  @Test
  void coversTheCharactersBetweenItsOffsets() {
    assertEquals("Dnr", new Span(0, 3).of("Dnr FAR 2025/606"));
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertFalse(new Span(0, 3).overlaps(new Span(3, 6)));
    assertTrue(new Span(0, 4).overlaps(new Span(3, 6)));
  }
}
