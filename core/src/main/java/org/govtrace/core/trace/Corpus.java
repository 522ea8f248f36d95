package org.govtrace.core.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.query.Lineage;
import org.govtrace.core.query.LineageNode;
import org.govtrace.core.query.NoSuchDocumentException;

/**
 * The analysed documents of a corpus, read once from the index, with their lineage: what every view (trace,
 * compare, responses, keyness, KWIC, report) works on. Immutable.
 */
public final class Corpus {

  private final List<AnalyzedDocument> documents;
  private final Lineage lineage;
  private final Map<String, AnalyzedDocument> byId = new LinkedHashMap<>();

  /**
   * The documents put in the order of their graph.
   *
   * @param documents the documents, in any order: they are put in lineage order
   * @param lineage their document graph
   */
  public Corpus(List<AnalyzedDocument> documents, Lineage lineage) {
    this.lineage = lineage;
    documents.forEach(d -> byId.put(d.id().value(), d));
    Map<String, AnalyzedDocument> rest = new LinkedHashMap<>(byId);
    List<AnalyzedDocument> ordered = new ArrayList<>();
    for (LineageNode node : lineage.nodes()) {
      AnalyzedDocument d = rest.remove(node.id());
      if (d != null) {
        ordered.add(d);
      }
    }
    ordered.addAll(rest.values());
    this.documents = List.copyOf(ordered);
  }

  /**
   * The documents, in lineage order.
   *
   * @return the documents
   */
  public List<AnalyzedDocument> documents() {
    return documents;
  }

  /**
   * Their document graph.
   *
   * @return the lineage
   */
  public Lineage lineage() {
    return lineage;
  }

  /**
   * The document with the given id.
   *
   * @param id a full document id
   * @return the document, or empty when the corpus has none with that id
   */
  public Optional<AnalyzedDocument> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The one document a person means by {@code reference}: its id or an id prefix of at least six digits, its
   * file name or path, its title, or words of its title (a strategy or plan before the responses that quote it).
   *
   * @param reference the id, id prefix, file name or title words
   * @return the document
   * @throws NoSuchDocumentException when no document or more than one matches
   */
  public AnalyzedDocument find(String reference) {
    String ref = reference.trim();
    String lower = ref.toLowerCase(Locale.ROOT);
    List<List<AnalyzedDocument>> tiers =
        List.of(
            documents.stream().filter(d -> d.id().value().equals(ref)).toList(),
            documents.stream().filter(d -> ref.length() >= 6 && d.id().value().startsWith(lower)).toList(),
            documents.stream().filter(d -> d.source() != null && (d.source().equals(ref) || fileName(d.source()).equals(ref))).toList(),
            documents.stream().filter(d -> d.source() != null && fileName(d.source()).toLowerCase(Locale.ROOT).contains(lower)).toList(),
            documents.stream()
                .filter(d -> d.profile().title() != null && d.profile().title().strip().equalsIgnoreCase(ref))
                .toList(),
            // A response's title quotes the title it answers, so title words name the plan before its responses.
            documents.stream()
                .filter(d -> d.profile().type() != DocumentType.REFERRAL_RESPONSE && titleContains(d, lower))
                .toList(),
            documents.stream().filter(d -> titleContains(d, lower)).toList());
    for (List<AnalyzedDocument> tier : tiers) {
      if (tier.size() == 1) {
        return tier.get(0);
      }
      if (tier.size() > 1) {
        throw new NoSuchDocumentException(
            "'" + reference + "' matches " + tier.size() + " documents ("
                + String.join(", ", tier.stream().limit(4).map(d -> fileName(d.source())).toList())
                + "); name one by its file name or id (see govtrace lineage).");
      }
    }
    throw new NoSuchDocumentException(
        "No indexed document matches '" + reference + "'; run govtrace lineage to see the documents and their ids.");
  }

  private static boolean titleContains(AnalyzedDocument doc, String lowerCaseWords) {
    return doc.profile().title() != null && doc.profile().title().toLowerCase(Locale.ROOT).contains(lowerCaseWords);
  }

  /**
   * A short name for a document: the board and year for a response, else the title, else the file name.
   *
   * @param doc a document of this corpus
   * @return the name
   */

  public String displayName(AnalyzedDocument doc) {
    return lineage.node(doc.id().value()).map(LineageNode::displayName).orElse(fileName(doc.source()));
  }

  static String fileName(String source) {
    if (source == null) {
      return "";
    }
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
