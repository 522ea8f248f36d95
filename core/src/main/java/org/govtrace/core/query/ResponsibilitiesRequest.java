package org.govtrace.core.query;

/**
 * Which responsibility assignments (ansvarsfördelning) to list.
 *
 * @param actor only actors whose name contains this text, ignoring case; null for all
 * @param document only this document: an id prefix, a file name or words of its title; null for all
 */
public record ResponsibilitiesRequest(String actor, String document) {

  /**
   * Every responsibility in the index.
   *
   * @return the request
   */
  public static ResponsibilitiesRequest all() {
    return new ResponsibilitiesRequest(null, null);
  }
}
