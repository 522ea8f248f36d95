package org.govtrace.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short forms a document introduces for its boards and offices, "Äldrenämnden (ÄLN)" or "barn- och
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

  private final ActorMatcher actors;
  // The actor alternation is large: compiled once, not per document.
  private final Pattern mention;

  ActorAbbreviations(ActorMatcher actors) {
    this.actors = actors;
    // "individ- och familjenämnden (IFN)": the short form stands for the whole elided pair.
    this.mention = Pattern.compile("(?:(?<![\\p{L}-])\\p{L}{2,}-\\s+och\\s+)?" + actors.actor(), Pattern.UNICODE_CASE);
  }

  /** The short forms the sentences define, each mapped to the canonical name of the board or office before it. */
  Map<String, String> definedIn(List<PlacedSentence> sentences) {
    Map<String, String> fullNames = new HashMap<>();
    for (PlacedSentence sentence : sentences) {
      String body = sentence.body();
      if (!DEFINITION.matcher(body).find()) {
        continue;
      }
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
    return Map.copyOf(fullNames);
  }
}
