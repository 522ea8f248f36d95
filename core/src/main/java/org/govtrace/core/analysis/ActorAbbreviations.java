package org.govtrace.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms a document introduces for its boards and offices, "Äldrenämnden (ÄLN)" or "barn- och
 * ungdomsnämnden (nedan BUN)", so that a later "ÄLN ska …" is read as the board's duty. Local short forms (SCN, OSN,
 * IFN) differ from town to town and are known only from the document that defines them.
 */
final class ActorAbbreviations {

  // "(ÄLN)", "(nedan BUN)", "(nedan kallad SCN)", "(förkortat IFN)": two to six capitals, a digit or a hyphen allowed.
  private static final Pattern DEFINITION = Pattern.compile(
      "\\s*\\(\\s*(?:(?:nedan|hädanefter)(?:\\s+(?:kallad|kallat|benämnd|förkortad|förkortat))?\\s+|förkortat?\\s+)?(?<short>\\p{Lu}[\\p{Lu}\\p{N}-]{1,5})\\s*\\)");

  // Only a board's or an office's short form is spelled out: a state agency is known by its acronym (MSB, MUCF), as
  // writers and annotators name it, while "ÄLN" or "SCN" means nothing outside the document.
  private static final Pattern LOCAL_BODY = Pattern.compile("(?iu).*(?:nämnd|nämnden|styrelsen|förvaltning|förvaltningen|kontoret)");

  private final Map<String, String> fullNames;

  private ActorAbbreviations(Map<String, String> fullNames) {
    this.fullNames = Map.copyOf(fullNames);
  }

  /** The short forms the sentences define, each mapped to the canonical name of the actor written before it. */
  static ActorAbbreviations definedIn(List<PlacedSentence> sentences, ActorMatcher actors) {
    // "individ- och familjenämnden (IFN)": the short form stands for the whole elided pair.
    Pattern mention = Pattern.compile("(?:(?<![\\p{L}-])\\p{L}{2,}-\\s+och\\s+)?" + actors.actor(), Pattern.UNICODE_CASE);
    Map<String, String> fullNames = new HashMap<>();
    for (PlacedSentence sentence : sentences) {
      String body = sentence.body();
      Matcher named = mention.matcher(body);
      while (named.find()) {
        Matcher defined = DEFINITION.matcher(body).region(named.end(), body.length());
        String canonical = actors.canonical(named.group());
        if (defined.lookingAt() && LOCAL_BODY.matcher(canonical).matches()) {
          // The first definition stands: a later "(SN)" after another board is more likely a slip than a redefinition.
          fullNames.putIfAbsent(defined.group("short"), canonical);
        }
      }
    }
    return new ActorAbbreviations(fullNames);
  }

  /** The actor as the document defines it: the full name for a short form it introduced, else the actor unchanged. */
  String spelledOut(String actor) {
    return actor == null ? null : fullNames.getOrDefault(actor, actor);
  }
}
