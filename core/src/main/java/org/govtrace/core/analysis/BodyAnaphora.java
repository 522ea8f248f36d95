package org.govtrace.core.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a bare "regionen" or "kommunen" as actor to the one region or municipality named close before it: in
 * "Region Halland tillstyrker förslaget att kommunerna och regionen gemensamt inrättar …" the region is Region Halland,
 * as every annotator who met such a passage wrote it. Where the nearby text names none, or more than one, the bare
 * noun stays as written.
 */
final class BodyAnaphora {

  // "Region Halland", "Region Jämtland Härjedalen", "Region Örebro län", and the one region named otherwise,
  // "Västra Götalandsregionen" ("Göteborgsregionen" is a federation of municipalities, no region).
  private static final Pattern REGION =
      Pattern.compile("(?<![\\p{L}])(?:Region\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+län)?|Västra\\s+Götalandsregionen)(?![\\p{L}])");
  // "Laholms kommun", "Upplands-Bro kommun", "Region Gotland" aside; "kommun" after a place in the genitive or not.
  private static final Pattern MUNICIPALITY = Pattern.compile("(?<![\\p{L}-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+kommun(?![\\p{L}])");
  // Capitals in the name's second word are a following sentence, not the name ("Region Halland. Nämnden …").
  private static final Pattern SENTENCE_WORD = Pattern.compile("\\s+(?:Det|Den|De|Detta|Denna|Vi|Nämnden|Förvaltningen|Kommunen|Regionen|Staden)$");

  // "Laholms kvinnojour", "Märsta kvinnojour", "ett centralt närvaroteam": an organisation named by a compound on the
  // head a bare "Jouren" or "Teamet" takes up; a capitalised owner or place before it stays with the name.
  private static final Pattern JOUR = introducedBy("jour");
  private static final Pattern TEAM = introducedBy("team");

  /**
   * The actor, or the one region or municipality the nearby text names if the actor is the bare noun for it, or the
   * one organisation the nearby text introduced by a compound on the bare noun's head ("… ett avtal med Laholms
   * kvinnojour. Jouren ska …").
   */
  String resolve(String actor, String nearby) {
    return switch (actor.toLowerCase(java.util.Locale.ROOT)) {
      case "regionen" -> theOne(actor, nearby, REGION, BodyAnaphora::properName);
      case "kommunen" -> theOne(actor, nearby, MUNICIPALITY, BodyAnaphora::properName);
      case "jouren" -> theOne(actor, nearby, JOUR, name -> compoundName(name, "en"));
      case "teamet" -> theOne(actor, nearby, TEAM, name -> compoundName(name, "et"));
      default -> actor;
    };
  }

  /** The one name the nearby text gives, however often; the actor as written where it gives none or several. */
  private static String theOne(String actor, String nearby, Pattern names, Function<Matcher, String> spelled) {
    Set<String> found = new LinkedHashSet<>();
    Matcher name = names.matcher(nearby);
    while (name.find()) {
      found.add(spelled.apply(name));
    }
    return found.size() == 1 ? found.iterator().next() : actor;
  }

  private static String properName(Matcher name) {
    return SENTENCE_WORD.matcher(name.group().replaceAll("\\s+", " ")).replaceFirst("");
  }

  /** "Laholms kvinnojour" as written with its owner, or the compound made definite ("närvaroteam" → "Närvaroteamet"). */
  private static String compoundName(Matcher name, String definite) {
    String compound = name.group("compound");
    return name.group("owner") != null ? name.group("owner") + " " + compound
        : Character.toUpperCase(compound.charAt(0)) + compound.substring(1) + definite;
  }

  private static Pattern introducedBy(String head) {
    return Pattern.compile("(?<![\\p{L}])(?:(?!(?:Den|Det|En|Ett|Vår|Denna|Detta|Varje)\\s)(?<owner>\\p{Lu}\\p{Ll}+)\\s+)?(?<compound>\\p{L}{3,}" + head + ")(?![\\p{L}])");
  }
}
