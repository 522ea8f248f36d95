package org.govtrace.core.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;

/**
 * Finds goal statements: "målet är att …", "med målet att …", "Resultatmål 2: …", and the items of a list that a
 * line such as "följande delmål:" introduces. A mere mention of goals ("nå målen", "antalet mål") is none.
 * Goals are found in every voice: a response that retells a plan's goal still states it.
 */
final class GoalExtractor {

  private static final Pattern CONTINUATION = Pattern.compile("^\\p{Ll}");
  // "Resultatmål 4.1" alone: a numbered goal label the sentence splitter cut from the goal it names.
  private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^\\s*(?:övergripande\\s+mål|\\p{L}*mål)\\s*\\d+(?:\\.\\d+)*\\s*[a-z]?\\s*[:.–-]?\\s*$");

  private final Pattern statement;
  private final Pattern listIntro;
  private boolean inGoalList;
  private boolean labelled;
  private boolean bulleted;
  private static final Pattern INLINE_LIST = Pattern.compile(":\\s*(?:[a-z]\\)|\\d{1,2}[.)]|[•–])");

  GoalExtractor(Lexicon lexicon) {
    this.statement = lexicon.anyOf("goal.re");
    this.listIntro = lexicon.anyOf("goal.list.re");
  }

  /** A fresh extractor state for one document: goal lists do not run across documents. */
  GoalExtractor(GoalExtractor rules) {
    this.statement = rules.statement;
    this.listIntro = rules.listIntro;
  }

  /** The goal in the sentence; remembers whether a goal list is open for the sentences that follow. */
  List<Hit> extract(PlacedSentence sentence) {
    String body = sentence.body();
    String text = body.replaceAll("\\s+", " ").strip();
    if (body.isBlank()) {
      inGoalList = false;
      return List.of();
    }
    if (LABEL_ONLY.matcher(sentence.sentence().text()).matches()) {
      labelled = true;
      return List.of();
    }
    if (labelled) {
      labelled = false;
      return List.of(new Hit(FindingKind.GOAL, "statement", null, null, text, "goal:numrerat-mål"));
    }
    if (inGoalList) {
      // Once the items carry bullets or letters, a line without one is the prose after the list.
      if (sentence.listItem() && (sentence.marked() || !bulleted)) {
        bulleted |= sentence.marked();
        return List.of(new Hit(FindingKind.GOAL, "list", null, null, text, "goal:målista"));
      }
      if (CONTINUATION.matcher(body).find()) {
        return List.of();
      }
      inGoalList = false;
    }
    // A line such as "finns två resultatmål: a) …" both states a goal and opens a list of further ones.
    inGoalList = listIntro.matcher(body).find();
    bulleted = INLINE_LIST.matcher(body).find();
    Matcher m = statement.matcher(body);
    // "Resultatmål 4.1 Stadens bibliotek erbjuder …": a numbered goal label reads as a heading glued to the sentence,
    // and the body starts after it; the label still says the sentence is a goal.
    boolean found = m.find();
    if (!found && sentence.bodyStart() > 0) {
      m = statement.matcher(sentence.sentence().text());
      found = m.find() && m.start() < sentence.bodyStart();
    }
    if (found) {
      return List.of(new Hit(FindingKind.GOAL, "statement", null, null, text, "goal:" + m.group().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)));
    }
    return List.of();
  }
}
