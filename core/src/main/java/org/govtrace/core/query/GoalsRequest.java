package org.govtrace.core.query;

/**
 * Which goals (mål, resultatmål, delmål) to list.
 *
 * @param document only this document: an id prefix, a file name or words of its title; null for all
 */
public record GoalsRequest(String document) {

  /**
   * Every goal in the index.
   *
   * @return the request
   */
  public static GoalsRequest all() {
    return new GoalsRequest(null);
  }
}
