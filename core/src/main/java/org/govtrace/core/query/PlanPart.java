package org.govtrace.core.query;

import java.util.Locale;
import org.govtrace.core.model.Evidence;

/**
 * A part of a plan or strategy a response can comment on: a section, a goal or an area.
 *
 * @param id a stable id within the plan, such as {@code goal-3} or {@code section-2}
 * @param kind what the part is
 * @param label what a person calls it: the heading, the goal's number and opening words, the area's name
 * @param text the text it is matched against
 * @param evidence where it is in the plan
 */
public record PlanPart(String id, Kind kind, String label, String text, Evidence evidence) {

  /** What a plan part is. */
  public enum Kind {
    /** A section under a heading. */
    SECTION,
    /** A goal (mål, resultatmål). */
    GOAL,
    /** A rights or focus area (rättighetsområde, fokusområde). */
    AREA;

    /**
     * The lower-case name used in JSON and CSV.
     *
     * @return the code, such as {@code goal}
     */

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
