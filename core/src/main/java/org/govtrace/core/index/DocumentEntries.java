package org.govtrace.core.index;

import static org.govtrace.core.index.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentType;
import org.govtrace.core.model.Finding;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Section;
import org.govtrace.core.model.Sentence;

/** Turns one analysed document into its index entries: one document entry, then one entry per sentence. */
final class DocumentEntries {

  /** The body facet value of a document whose issuing body is unknown. */
  static final String UNKNOWN = "unknown";

  private final DocumentCodec codec;

  DocumentEntries(DocumentCodec codec) {
    this.codec = codec;
  }

  List<Document> entries(AnalyzedDocument analyzed, String source, String fingerprint) {
    List<Document> entries = new ArrayList<>(analyzed.sentences().size() + 1);
    entries.add(documentEntry(analyzed, source, fingerprint));
    Map<Integer, List<Finding>> findingsBySentence = findingsBySentence(analyzed);
    for (Sentence sentence : analyzed.sentences()) {
      entries.add(sentenceEntry(analyzed, source, sentence, findingsBySentence.getOrDefault(sentence.index(), List.of())));
    }
    return entries;
  }

  private Document documentEntry(AnalyzedDocument analyzed, String source, String fingerprint) {
    DocumentProfile profile = analyzed.profile();
    Document doc = common(analyzed, source, ENTRY_DOCUMENT);
    doc.add(new StringField(FINGERPRINT, fingerprint, Field.Store.YES));
    doc.add(new StringField(FILE_NAME, fileName(source), Field.Store.YES));
    storeKeyword(doc, OFFICE, profile.authoringOffice());
    storeKeyword(doc, OWN_DNR, profile.ownDnr());
    for (String dnr : profile.referencedDnrs()) {
      doc.add(new StringField(DNR, dnr, Field.Store.YES));
    }
    if (profile.type() == DocumentType.REFERRAL_RESPONSE || profile.respondsTo() != null) {
      doc.add(new StringField(RESPONSE, "yes", Field.Store.NO));
    }
    if (profile.respondsTo() != null) {
      doc.add(new TextField(RESPONDS_TO, profile.respondsTo(), Field.Store.YES));
    }
    LocalDate date = profile.dates().isEmpty() ? null : profile.dates().get(0);
    if (date != null) {
      doc.add(new StoredField(DATE, date.toString()));
    }
    doc.add(new TextField(TEXT, analyzed.text().text(), Field.Store.NO));
    doc.add(new StoredField(SENTENCE_COUNT, analyzed.sentences().size()));
    doc.add(new StoredField(FINDING_COUNT, analyzed.findings().size()));
    Map<FindingKind, Long> perKind = new EnumMap<>(FindingKind.class);
    for (Finding finding : analyzed.findings()) {
      perKind.merge(finding.kind(), 1L, Long::sum);
    }
    for (FindingKind kind : FindingKind.values()) {
      doc.add(new NumericDocValuesField(findingCount(kind), perKind.getOrDefault(kind, 0L)));
    }
    doc.add(new StoredField(JSON, codec.write(analyzed)));
    return doc;
  }

  private Document sentenceEntry(AnalyzedDocument analyzed, String source, Sentence sentence, List<Finding> findings) {
    Document doc = common(analyzed, source, ENTRY_SENTENCE);
    doc.add(new TextField(TEXT, sentence.text(), Field.Store.YES));
    doc.add(new TextField(LEMMA, lemmas(sentence), Field.Store.YES));
    doc.add(new TextField(FORM, sentence.text(), Field.Store.NO));
    doc.add(new StoredField(TOKEN_SPANS, tokenSpans(sentence)));
    doc.add(new StoredField(SENTENCE, sentence.index()));
    doc.add(new NumericDocValuesField(SENTENCE, sentence.index()));
    doc.add(new StoredField(PAGE, sentence.page()));
    Section section = analyzed.text().sectionAt(sentence.span().start());
    if (section != null) {
      doc.add(new StoredField(SECTION, section.heading()));
      if (isHeading(sentence, section)) {
        doc.add(new StringField(HEADING, "yes", Field.Store.NO));
      }
    }
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> labels = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    for (Finding finding : findings) {
      kinds.add(kindCode(finding.kind()));
      if (finding.label() != null) {
        labels.add(finding.label());
      }
      if (finding.actor() != null) {
        actors.add(finding.actor());
      }
    }
    facet(doc, KIND, kinds);
    facet(doc, LABEL, labels);
    facet(doc, ACTOR, actors);
    for (String actor : actors) {
      doc.add(new StringField(ACTOR_KEY, actor.toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    if (!findings.isEmpty()) {
      doc.add(new StoredField(FINDINGS, codec.writeFindings(findings)));
    }
    return doc;
  }

  private static boolean isHeading(Sentence sentence, Section section) {
    String text = sentence.text().strip();
    String heading = section.heading().strip();
    return text.equalsIgnoreCase(heading) || text.equalsIgnoreCase(heading + ".") || text.equalsIgnoreCase(heading + ":");
  }

  private static Document common(AnalyzedDocument analyzed, String source, String entry) {
    DocumentProfile profile = analyzed.profile();
    Document doc = new Document();
    doc.add(new StringField(ENTRY, entry, Field.Store.NO));
    doc.add(new StringField(SOURCE, source, Field.Store.YES));
    doc.add(new StringField(DOC_ID, analyzed.id().value(), Field.Store.YES));
    doc.add(new SortedDocValuesField(DOC_ID, new BytesRef(analyzed.id().value())));
    String body = profile.issuingBody() == null ? UNKNOWN : profile.issuingBody();
    facet(doc, TYPE, List.of(profile.type().code()));
    facet(doc, BODY, List.of(body));
    facet(doc, YEAR, List.of(Integer.toString(profile.year())));
    doc.add(new StringField(BODY_KEY, body.toLowerCase(Locale.ROOT), Field.Store.NO));
    if (profile.title() != null) {
      doc.add(new TextField(TITLE, profile.title(), Field.Store.YES));
    }
    return doc;
  }

  /** A keyword that is searchable, stored, and counted as a facet through sorted-set doc values. */
  private static void facet(Document doc, String field, Iterable<String> values) {
    for (String value : values) {
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
  }

  private static void storeKeyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }

  private static String lemmas(Sentence sentence) {
    return sentence.tokens().stream()
        .map(token -> token.lemma() == null || token.lemma().isBlank() ? token.text() : token.lemma())
        .map(lemma -> lemma.replace(' ', '_'))
        .collect(Collectors.joining(" "));
  }

  private static String tokenSpans(Sentence sentence) {
    int base = sentence.span().start();
    return sentence.tokens().stream()
        .map(token -> (token.span().start() - base) + "-" + (token.span().end() - base))
        .collect(Collectors.joining(" "));
  }

  private static Map<Integer, List<Finding>> findingsBySentence(AnalyzedDocument analyzed) {
    Map<Integer, List<Finding>> bySentence = new LinkedHashMap<>();
    for (Finding finding : analyzed.findings()) {
      if (finding.evidence() == null || finding.evidence().span() == null) {
        continue;
      }
      for (Sentence sentence : analyzed.sentences()) {
        if (sentence.span().overlaps(finding.evidence().span())
            || sentence.span().start() == finding.evidence().span().start()) {
          bySentence.computeIfAbsent(sentence.index(), i -> new ArrayList<>()).add(finding);
          break;
        }
      }
    }
    return bySentence;
  }

  /** The file name of a source path, lower case, for looking a document up by name. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

}
