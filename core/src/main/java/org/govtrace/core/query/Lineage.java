package org.govtrace.core.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The document graph of a corpus: nodes in lineage order (each family's steering documents by date, then the
 * responses grouped by what they answer) and the inferred and declared links between them. Immutable; lookups
 * by id take constant time, so views over thousands of documents stay linear.
 */
public final class Lineage {

  private final List<LineageNode> nodes;
  private final List<LineageLink> links;
  private final Map<String, LineageNode> byId = new HashMap<>();
  private final Map<String, List<LineageLink>> from = new HashMap<>();
  private final Map<String, String> answered = new HashMap<>();
  private final Map<String, List<String>> responses = new HashMap<>();

  /**
   * A graph of the given documents and links.
   *
   * @param nodes the documents in lineage order, external documents placed before their responses
   * @param links every inferred and declared link
   */
  public Lineage(List<LineageNode> nodes, List<LineageLink> links) {
    this.nodes = List.copyOf(nodes);
    this.links = List.copyOf(links);
    this.nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
    for (LineageLink l : this.links) {
      from.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
    }
    // Declared links first: a manifest's word outweighs an inference.
    from.values().forEach(list -> list.sort(Comparator.comparing(LineageLink::origin).reversed()));
    for (Map.Entry<String, List<LineageLink>> e : from.entrySet()) {
      e.getValue().stream().filter(l -> l.kind() == LinkKind.RESPONDS_TO).findFirst().ifPresent(l -> answered.put(e.getKey(), l.to()));
    }
    for (LineageNode n : this.nodes) {
      String target = answered.get(n.id());
      if (target != null) {
        responses.computeIfAbsent(target, k -> new ArrayList<>()).add(n.id());
      }
    }
  }

  /**
   * The documents in lineage order.
   *
   * @return the nodes
   */
  @JsonProperty("nodes")
  public List<LineageNode> nodes() {
    return nodes;
  }

  /**
   * Every inferred and declared link.
   *
   * @return the links
   */
  @JsonProperty("links")
  public List<LineageLink> links() {
    return links;
  }

  /**
   * The node with the given id.
   *
   * @param id a document id
   * @return the node, or empty when the graph has none with that id
   */
  public Optional<LineageNode> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The links that leave the given document, declared ones first.
   *
   * @param id a document id
   * @return the links, empty when there are none
   */
  public List<LineageLink> linksFrom(String id) {
    return List.copyOf(from.getOrDefault(id, List.of()));
  }

  /**
   * The document the given one answers: the declared answer when the manifest states one, else the inferred
   * one.
   *
   * @param id the answering document's id
   * @return the id of the document answered, or empty when it answers none
   */
  public Optional<String> answered(String id) {
    return Optional.ofNullable(answered.get(id));
  }

  /**
   * The documents that answer the given one (its remissvar), in lineage order.
   *
   * @param id the answered document's id
   * @return the ids of the responses, empty when there are none
   */
  public List<String> responsesTo(String id) {
    return List.copyOf(responses.getOrDefault(id, List.of()));
  }

  /**
   * The documents of the named family (strategy line), in lineage order.
   *
   * @param name a case-insensitive substring of the family name
   * @return the documents, empty when none matches
   */
  public List<LineageNode> family(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return nodes.stream()
        .filter(n -> n.family() != null && n.family().toLowerCase(Locale.ROOT).contains(wanted))
        .toList();
  }

  /**
   * Pairs of steering documents where the later replaces, builds on or is a version of the earlier, as
   * {@code [earlier, later]} ids: the pairs a comparison of versions is made for.
   *
   * @return the pairs, each a list of two ids
   */

  public List<List<String>> versionPairs() {
    Map<List<String>, Boolean> pairs = new LinkedHashMap<>();
    for (LineageLink l : links) {
      if (l.kind() != LinkKind.RESPONDS_TO && node(l.to()).map(n -> !n.external()).orElse(false)) {
        pairs.put(List.of(l.to(), l.from()), true);
      }
    }
    return List.copyOf(pairs.keySet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lineage other && nodes.equals(other.nodes) && links.equals(other.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodes, links);
  }

  @Override
  public String toString() {
    return "Lineage[" + nodes.size() + " nodes, " + links.size() + " links]";
  }
}
