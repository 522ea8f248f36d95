package org.govtrace.core.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageLink;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.LinkKind;
import org.govtrace.core.query.LinkOrigin;

/**
 * Puts the graph in lineage order: families of steering documents joined by replaces/builds-on/version links,
 * oldest family first; inside a family its steering documents by date, each followed by its responses.
 */
final class LineageOrder {

  private final List<AnalyzedDocument> docs;
  private final Map<String, LineageInference.Facts> facts;
  private final Map<String, LineageNode> externals;
  private final List<LineageLink> links;
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();

  LineageOrder(
      List<AnalyzedDocument> docs,
      Map<String, LineageInference.Facts> facts,
      Map<String, LineageNode> externals,
      List<LineageLink> links) {
    this.docs = docs;
    this.facts = facts;
    this.externals = externals;
    this.links = links;
    docs.forEach(d -> sources.put(d.id().value(), d.source()));
  }

  Lineage lineage() {
    Map<String, String> answered = new HashMap<>();
    // Declared answers win over inferred ones.
    for (LinkOrigin origin : List.of(LinkOrigin.INFERRED, LinkOrigin.DECLARED)) {
      links.stream()
          .filter(l -> l.kind() == LinkKind.RESPONDS_TO && l.origin() == origin)
          .forEach(l -> answered.put(l.from(), l.to()));
    }
    List<String> steering = new ArrayList<>();
    docs.stream().map(d -> d.id().value()).filter(id -> !answered.containsKey(id)).forEach(steering::add);
    steering.addAll(externals.keySet());
    steering.forEach(id -> parent.put(id, id));
    links.stream()
        .filter(l -> l.kind() != LinkKind.RESPONDS_TO && parent.containsKey(l.from()) && parent.containsKey(l.to()))
        .forEach(l -> union(l.from(), l.to()));

    Map<String, List<String>> answers = new HashMap<>();
    answered.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, String> e) -> responseKey(e.getKey())))
        .forEach(e -> answers.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
    Map<String, List<String>> families = new LinkedHashMap<>();
    steering.stream()
        .sorted(Comparator.comparing(this::sortKey))
        .forEach(id -> families.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id));

    List<LineageNode> nodes = new ArrayList<>();
    List<List<String>> ordered = new ArrayList<>(families.values());
    ordered.sort(Comparator.comparing((List<String> f) -> sortKey(f.get(0))));
    for (List<String> family : ordered) {
      String name = familyName(family);
      for (String id : family) {
        nodes.add(node(id, name));
        answers.getOrDefault(id, List.of()).forEach(r -> nodes.add(node(r, name)));
      }
    }
    // Responses whose answer is another response are rare but possible: keep every document in the output.
    java.util.Set<String> placed = new java.util.HashSet<>();
    nodes.forEach(n -> placed.add(n.id()));
    docs.stream()
        .map(d -> d.id().value())
        .filter(id -> !placed.contains(id))
        .forEach(id -> nodes.add(node(id, null)));
    return new Lineage(nodes, links);
  }

  private String familyName(List<String> family) {
    for (String id : family) {
      LineageInference.Facts f = facts.get(id);
      if (f != null && f.family != null) {
        return f.family;
      }
    }
    String first = family.get(0);
    LineageInference.Facts f = facts.get(first);
    if (f == null) {
      return externals.get(first).family();
    }
    return f.title != null ? f.title : fileName(source(first));
  }

  private LineageNode node(String id, String family) {
    LineageNode external = externals.get(id);
    if (external != null) {
      return new LineageNode(id, null, external.role(), external.year(), external.title(), null, external.dnr(), family, true);
    }
    LineageInference.Facts f = facts.get(id);
    return new LineageNode(id, source(id), f.role, f.year, f.title, f.body, f.dnr, family, false);
  }

  private String source(String id) {
    return sources.getOrDefault(id, id);
  }

  private String sortKey(String id) {
    LineageInference.Facts f = facts.get(id);
    if (f == null) {
      return "9998-99-99 " + id; // documents outside the corpus come after the corpus' own families
    }
    LocalDate date = f.firstDate;
    String when = f.year > 0 ? String.format("%04d", f.year) + (date != null && date.getYear() == f.year ? date.toString().substring(4) : "-99-99") : "9999-99-99";
    return when + " " + Objects.requireNonNullElse(f.title, "") + " " + id;
  }

  private String responseKey(String id) {
    LineageInference.Facts f = facts.get(id);
    return Objects.requireNonNullElse(f.body, "~") + " " + source(id);
  }

  private String find(String id) {
    String p = parent.get(id);
    if (p.equals(id)) {
      return id;
    }
    String root = find(p);
    parent.put(id, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      // The earlier document stays the root, so the family takes its name.
      if (sortKey(ra).compareTo(sortKey(rb)) <= 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** The file name of a source path, whichever separator the path was written with. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
