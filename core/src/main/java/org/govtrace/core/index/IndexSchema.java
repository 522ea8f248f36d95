package org.govtrace.core.index;

import java.util.List;
import java.util.Locale;
import org.govtrace.core.model.FindingKind;

/**
 * The field names of a govtrace index and the version of their layout. The names map one to one onto an
 * OpenSearch or Solr mapping: keyword fields, Swedish text fields, integers, and one stored JSON blob.
 */
final class IndexSchema {

  /** Bumped whenever a field changes meaning, so an old index is rebuilt rather than misread. */
  static final String VERSION = "2";

  // Commit user data.
  static final String COMMIT_SCHEMA = "govtrace.schema";
  static final String COMMIT_FINGERPRINT = "govtrace.pipeline";
  static final String COMMIT_TIME = "govtrace.indexed_at";

  // Both entries.
  static final String ENTRY = "entry";
  static final String ENTRY_DOCUMENT = "document";
  static final String ENTRY_SENTENCE = "sentence";
  /** The indexed file's path: the term that replaces all of a file's entries at once. */
  static final String SOURCE = "source";
  static final String DOC_ID = "doc_id";
  static final String TYPE = "type";
  static final String BODY = "body";
  static final String BODY_KEY = "body_key";
  static final String YEAR = "year";
  static final String TITLE = "title";
  /** Full text on document entries, the sentence on sentence entries; Swedish analysis. */
  static final String TEXT = "text";

  // Document entries.
  static final String FINGERPRINT = "fingerprint";
  static final String FILE_NAME = "file_name";
  static final String OFFICE = "office";
  static final String OWN_DNR = "own_dnr";
  static final String DNR = "dnr";
  static final String RESPONDS_TO = "responds_to";
  /** "yes" on referral responses and on any document that answers another. */
  static final String RESPONSE = "response";
  static final String DATE = "date";
  static final String SENTENCE_COUNT = "sentence_count";
  static final String FINDING_COUNT = "finding_count";
  static final String JSON = "json";

  // Sentence entries.
  static final String LEMMA = "lemma";
  /** The sentence's words lower-cased but neither stemmed nor split: where prefix and wildcard queries look. */
  static final String FORM = "form";
  /** Each token's offsets relative to its sentence ("0-4 5-7 …"), in the order of the lemma field's tokens. */
  static final String TOKEN_SPANS = "token_spans";
  static final String SENTENCE = "sentence";
  static final String PAGE = "page";
  static final String SECTION = "section";
  /** Marks a sentence entry that is only its section's heading ("Resurser"): a pointer, not citable evidence. */
  static final String HEADING = "heading";
  static final String KIND = "kind";
  static final String LABEL = "label";
  static final String ACTOR = "actor";
  static final String ACTOR_KEY = "actor_key";
  static final String FINDINGS = "findings";

  /** The facets a search counts. */
  static final List<String> SEARCH_FACETS = List.of(TYPE, BODY, YEAR, KIND, ACTOR);

  private IndexSchema() {}

  /** The numeric doc-values field counting a document's findings of one kind. */
  static String findingCount(FindingKind kind) {
    return FINDING_COUNT + "_" + kind.name().toLowerCase(Locale.ROOT);
  }

  /** The keyword value of a finding kind, as stored in {@link #KIND}. */
  static String kindCode(FindingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
