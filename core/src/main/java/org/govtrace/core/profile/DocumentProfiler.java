package org.govtrace.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govtrace.core.model.DocumentProfile;
import org.govtrace.core.model.DocumentText;
import org.govtrace.core.model.DocumentType;

/**
 * Reads a document's profile from its cleaned text: genre, issuing board and authoring office, its own diary
 * number and those it cites, every day date, its title and the title of the document it responds to. Rules
 * follow DOMAIN.md; they name no city. Stateless after construction and safe for many threads.
 */
public final class DocumentProfiler {

  // A line with these words speaks of another document: its number is cited, not the document's own.
  private static final java.util.regex.Pattern CITING =
      java.util.regex.Pattern.compile(
          "(?iu)\\b(remiss|remissen|från|svar|enligt|ersätter|bygger|se|jfr|beslut om|ärende)\\b|\\(\\s*dnr");

  private final DiaryNumberFinder diaryNumbers = new DiaryNumberFinder();
  private final DateFinder dates = new DateFinder();
  private final TitleFinder titles = new TitleFinder();
  private final TypeClassifier types = new TypeClassifier();
  private final ActorFinder actors;

  /** A profiler that maps offices to boards by Swedish naming alone ({@link BoardResolver#generic()}). */
  public DocumentProfiler() {
    this(BoardResolver.generic());
  }

  /** A profiler that asks {@code boards} which board an office works for (a thesaurus, then generic rules). */
  public DocumentProfiler(BoardResolver boards) {
    this.actors = new ActorFinder(Objects.requireNonNull(boards, "boards"));
  }

  /** Profiles the cleaned text of the document read from {@code source}; the genre is judged from the text. */
  public DocumentProfile profile(DocumentText text, String source) {
    return profile(text, source, null);
  }

  /**
   * Profiles the cleaned text of the document read from {@code source}, whose detected media type (from {@code
   * Extraction.mediaType()}, or null) marks slide decks as presentations.
   */
  public DocumentProfile profile(DocumentText text, String source, String mediaType) {
    Map<String, String> letterhead = text.letterheadFields();
    String title = titles.title(text);
    String office = actors.office(text.text(), letterhead);
    String board = actors.board(text.text(), letterhead, office);
    List<DiaryNumberFinder.Found> numbers = diaryNumbers.find(text.text());
    String own = ownNumber(text, numbers, letterhead);
    Set<String> cited = new LinkedHashSet<>();
    for (DiaryNumberFinder.Found found : numbers) {
      if (!found.number().equals(own)) {
        cited.add(found.number());
      }
    }
    List<LocalDate> days = dates.find(text.text());
    DocumentType type = types.classify(text, title, mediaType, letterhead);
    String respondsTo = type == DocumentType.REFERRAL_RESPONSE ? titles.respondsTo(text, title) : null;
    return new DocumentProfile(type, board, office, own, new ArrayList<>(cited), days, title, respondsTo);
  }

  /**
   * The document's own number: the letterhead's "Dnr", else a number labelled "Dnr" before the first section, on a
   * line that does not speak of another document ("Remiss från kommunstyrelsen, Dnr KS 2018/412"). An unlabelled
   * number ("X, KS 2025/809. Remiss") or one in the body is cited.
   */
  private static String lineAround(String text, int offset) {
    int start = text.lastIndexOf('\n', offset) + 1;
    int end = text.indexOf('\n', offset);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static boolean citesAnother(String line) {
    return line.length() > 200 || CITING.matcher(line).find();
  }

  private String ownNumber(DocumentText text, List<DiaryNumberFinder.Found> numbers, Map<String, String> letterhead) {
    String labelled = letterhead.get("Dnr");
    if (labelled != null) {
      for (DiaryNumberFinder.Found found : diaryNumbers.find("Dnr " + labelled)) {
        return found.number();
      }
      return labelled.strip();
    }
    int firstSection = text.sections().stream().mapToInt(s -> s.span().start()).min().orElse(1500);
    for (DiaryNumberFinder.Found found : numbers) {
      if (found.offset() >= firstSection) {
        break;
      }
      if (found.labelled() && !citesAnother(lineAround(text.text(), found.offset()))) {
        return found.number();
      }
    }
    return null;
  }
}
