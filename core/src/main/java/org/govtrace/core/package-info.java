/**
 * The API of govtrace for programs that embed it: {@link org.govtrace.core.GovTrace}, built once with its
 * builder, analyses Swedish governance documents (strategier, handlingsplaner, remissvar), indexes them and
 * answers questions of the index; {@link org.govtrace.core.SwedishModels} trains and scores the Swedish language
 * models. Every failure is a {@link org.govtrace.core.GovTraceException} or one of its subclasses, with a message
 * a user can act on. The library never prints and logs through SLF4J only.
 */
package org.govtrace.core;
