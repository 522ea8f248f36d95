package org.govtrace.core.lineage;

import java.util.List;
import java.util.Optional;

/**
 * The document graph of a corpus: nodes in lineage order (each family's steering documents by date, then the
 * responses grouped by what they answer) and the inferred and declared links between them.
 *
 * @param nodes the documents in lineage order, external documents placed before their responses
 * @param links every inferred and declared link
 */
public record Lineage(List<LineageNode> nodes, List<LineageLink> links) {

  public Lineage {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /** The node with the given id, if any. */
  public Optional<LineageNode> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /** The links that leave the given document, declared ones first. */
  public List<LineageLink> linksFrom(String id) {
    return links.stream()
        .filter(l -> l.from().equals(id))
        .sorted((x, y) -> x.origin().compareTo(y.origin()) * -1)
        .toList();
  }

  /**
   * The document the given one answers: the declared answer when the manifest states one, else the inferred
   * one; empty when the document answers none.
   */
  public Optional<String> answered(String id) {
    return links.stream()
        .filter(l -> l.from().equals(id) && l.kind() == LinkKind.RESPONDS_TO)
        .sorted((x, y) -> y.origin().compareTo(x.origin()))
        .map(LineageLink::to)
        .findFirst();
  }

  /** The ids of the documents that answer the given one, in lineage order. */
  public List<String> responsesTo(String id) {
    return nodes.stream()
        .map(LineageNode::id)
        .filter(n -> answered(n).map(id::equals).orElse(false))
        .toList();
  }

  /** The documents of the named family (case-insensitive substring of the family name), in lineage order. */
  public List<LineageNode> family(String name) {
    String wanted = name.toLowerCase(java.util.Locale.ROOT);
    return nodes.stream()
        .filter(n -> n.family() != null && n.family().toLowerCase(java.util.Locale.ROOT).contains(wanted))
        .toList();
  }

  /**
   * Pairs of steering documents where the later replaces, builds on or is a version of the earlier, as
   * {@code [earlier, later]} ids: the pairs a comparison of versions is made for.
   */
  public List<List<String>> versionPairs() {
    return links.stream()
        .filter(l -> l.kind() != LinkKind.RESPONDS_TO)
        .map(l -> List.of(l.to(), l.from()))
        .distinct()
        .filter(pair -> node(pair.get(0)).map(n -> !n.external()).orElse(false))
        .toList();
  }
}
