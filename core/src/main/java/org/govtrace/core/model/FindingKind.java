package org.govtrace.core.model;

/** What a finding is about. */
public enum FindingKind {
  /** An actor is given or proposed a duty (ansvar, uppdrag). */
  RESPONSIBILITY,
  /** A goal statement (övergripande mål, resultatmål, delmål). */
  GOAL,
  /** A rights area (rättighetsområde), such as "Rätten till utbildning". */
  RIGHTS_AREA,
  /** A focus area (fokusområde), such as "Välfärd och service". */
  FOCUS_AREA,
  /** A target group (målgrupp), such as "romska kvinnor". */
  TARGET_GROUP,
  /** The author raises a need for or lack of resources, funding, staff or time. */
  RESOURCE_CONCERN,
  /** The author proposes or asks for something. */
  PROPOSAL,
  /** The author's stance in one sentence: support, critique, proposal or neutral. */
  STANCE
}
