package org.govtrace.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.Thesaurus;
import org.govtrace.core.model.AnalyzedDocument;
import org.govtrace.core.model.Sentence;

/**
 * The keyword baseline the analysis is measured against, sentence by sentence on the same sentences:
 * <ul>
 *   <li>resource concern: a sentence with resurs*, finansier*, budget*, medel or kostnad*;
 *   <li>responsibility: a sentence with ansvar*, one item whose actor is the sentence's first word ending in
 *       -nämnd(en/erna), -styrelsen, -förvaltning(en/arna) or -kontoret and whose duty is the whole sentence;
 *   <li>goal: a sentence with a word starting with mål (mål, målet, målsättning …);
 *   <li>proposal: a sentence with föreslå* or förslag*;
 *   <li>stance: per sentence critique for dock/saknar/brist…, risk…, proposal for föreslå*, support for
 *       positiv…, välkomna…, bakom, else neutral; a document takes its most frequent non-neutral sentence stance;
 *   <li>rights and focus areas: a thesaurus label written out verbatim.
 * </ul>
 * Profile fields (type, body, diary numbers, dates, responds-to) have no baseline of their own.
 */
final class KeywordBaseline {

  private static final Pattern CONCERN = Pattern.compile("(?iu)(?<!\\p{L})(?:resurs\\p{L}*|finansier\\p{L}*|budget\\p{L}*|medel|kostnad\\p{L}*)(?!\\p{L})");
  private static final Pattern RESPONSIBILITY = Pattern.compile("(?iu)(?<!\\p{L})ansvar\\p{L}*");
  private static final Pattern ACTOR = Pattern.compile("(?iu)(?<!\\p{L})\\p{L}+(?:nämnd|nämnden|nämnderna|styrelsen|förvaltning|förvaltningen|förvaltningarna|kontoret)(?!\\p{L})");
  private static final Pattern GOAL = Pattern.compile("(?iu)(?<!\\p{L})mål\\p{L}*");
  private static final Pattern PROPOSAL = Pattern.compile("(?iu)(?<!\\p{L})(?:föreslå\\p{L}*|förslag\\p{L}*)");
  private static final Pattern CRITIQUE = Pattern.compile("(?iu)(?<!\\p{L})(?:dock|saknar|brist\\p{L}*|risk\\p{L}*)(?!\\p{L})");
  private static final Pattern SUPPORT = Pattern.compile("(?iu)(?<!\\p{L})(?:positiv\\p{L}*|välkomna\\p{L}*|bakom)(?!\\p{L})");

  private final Thesaurus thesaurus;

  KeywordBaseline(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  Prediction predict(AnalyzedDocument document) {
    List<String> evidence = new ArrayList<>();
    List<Prediction.Duty> duties = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    List<String> proposals = new ArrayList<>();
    int[] stanceCounts = new int[3];
    for (Sentence sentence : document.sentences()) {
      String text = TextMatch.normalize(sentence.text());
      if (CONCERN.matcher(text).find()) {
        evidence.add(text);
      }
      if (RESPONSIBILITY.matcher(text).find()) {
        Matcher actor = ACTOR.matcher(text);
        duties.add(new Prediction.Duty(actor.find() ? actor.group() : null, "other", text));
      }
      if (GOAL.matcher(text).find()) {
        goals.add(text);
      }
      if (PROPOSAL.matcher(text).find()) {
        proposals.add(text);
      }
      if (CRITIQUE.matcher(text).find()) {
        stanceCounts[0]++;
      } else if (PROPOSAL.matcher(text).find() && text.toLowerCase(Locale.ROOT).contains("föreslå")) {
        stanceCounts[1]++;
      } else if (SUPPORT.matcher(text).find()) {
        stanceCounts[2]++;
      }
    }
    String lower = TextMatch.normalize(document.text().text()).toLowerCase(Locale.ROOT);
    List<String> focus = new ArrayList<>();
    List<String> rights = new ArrayList<>();
    for (Thesaurus.Concept concept : thesaurus.concepts()) {
      if (lower.contains(concept.label().toLowerCase(Locale.ROOT))) {
        (concept.kind().equals("focus_area") ? focus : concept.kind().equals("rights_area") ? rights : new ArrayList<String>()).add(concept.label());
      }
    }
    return new Prediction(!evidence.isEmpty(), evidence, duties, goals, proposals, focus, rights, stance(stanceCounts));
  }

  private static String stance(int[] counts) {
    String[] names = {"critique", "proposal", "support"};
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
        best = i;
      }
    }
    return best < 0 ? "neutral" : names[best];
  }
}
