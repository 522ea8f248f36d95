package org.govtrace.core.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;

/**
 * Finds resource concerns (DOMAIN.md "Resource language"): the author says money, staff, competence or time is
 * lacking or needed, asks for financing, or objects that new tasks must fit an existing frame. Resource words in
 * the retold plan, resources as an asset, grants handed out and money welcomed are no concern.
 */
final class ResourceConcernClassifier {

  private final Pattern concern;
  private final Pattern notConcern;
  private final Pattern need;
  private final Pattern resource;
  private final Pattern provide;
  private final SpeakerCues speaker;

  ResourceConcernClassifier(Lexicon lexicon, SpeakerCues speaker) {
    this.concern = lexicon.anyOf("concern.re");
    this.notConcern = lexicon.anyOf("concern.not.re");
    this.need = lexicon.anyOf("concern.need.re");
    this.resource = lexicon.anyOf("concern.resource.re");
    this.provide = lexicon.anyOf("concern.provide.re");
    this.speaker = speaker;
  }

  /** The concern in the sentence, if it raises one. */
  List<Hit> classify(PlacedSentence sentence) {
    String body = sentence.body();
    if (!speaker.ownWords(sentence)) {
      return List.of();
    }
    Matcher cue = concern.matcher(body);
    while (cue.find()) {
      // "kan inte genomföras utan ytterligare personal": a negation before "utan" states the need, not denies it.
      boolean withoutClause = cue.group().regionMatches(true, 0, "utan", 0, 4);
      // "kräver inga ytterligare medel", "behövs inte mer personal": a need verb whose object is negated denies the need.
      boolean deniedNeed = NEED_VERB.matcher(cue.group()).lookingAt() && NEGATION.matcher(cue.group()).find();
      if (!deniedNeed && !coveredByExclusion(body, cue.start(), cue.end()) && (withoutClause || !negatedBefore(body, cue.start()))) {
        String phrase = cue.group().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return List.of(new Hit(FindingKind.RESOURCE_CONCERN, "resources", null, null, phrase, "concern:" + phrase));
      }
    }
    return needNearResource(body);
  }

  /**
   * A need or lack word within {@link #WINDOW} words of a money, staff or time word, in either order, with no
   * negation between them or just before: "kräver en förstärkning av bemanningen", "tidplanen är mycket snäv".
   */
  private List<Hit> needNearResource(String body) {
    Matcher n = need.matcher(body);
    while (n.find()) {
      if (negatedBefore(body, n.start()) || coveredByExclusion(body, n.start(), n.end())) {
        continue;
      }
      // After a negation "utan" is the conjunction "but" ("inte … kostnader utan genomföras …"), not "without":
      // its resource must then follow it.
      boolean without = n.group().equalsIgnoreCase("utan") && NEGATION.matcher(lastWords(body, n.start(), 8)).find();
      Matcher r = resource.matcher(body);
      while (r.find()) {
        if (without && r.start() < n.end() || resourceNegated(body, r.start(), n)) {
          continue;
        }
        int from = Math.min(n.start(), r.start());
        int to = Math.max(n.end(), r.end());
        String between = body.substring(Math.min(n.end(), r.end()), Math.max(n.start(), r.start()));
        if (r.start() != n.start() && words(between) <= WINDOW && !NEGATION.matcher(between).find() && !coveredByExclusion(body, r.start(), r.end())) {
          String phrase = body.substring(from, to).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
          return List.of(new Hit(FindingKind.RESOURCE_CONCERN, "resources", null, null, phrase, "concern:behov+resurs"));
        }
      }
    }
    return List.of();
  }

  /**
   * Whether the resource is what the request provides: a provision verb or a "more" word stands at most three words
   * before it ("avsätter särskilda medel", "anställer fler skolsköterskor"); a request that merely mentions staff
   * ("ett utbildningspaket för all personal") asks for no resources.
   */
  private boolean provided(String body, int resourceStart) {
    Matcher p = provide.matcher(body);
    while (p.find() && p.end() <= resourceStart) {
      String between = body.substring(p.end(), resourceStart);
      if (words(between) <= 3 && !NEGATION.matcher(between).find() && !between.contains(",")) {
        return true;
      }
    }
    return false;
  }

  // "ska inte medföra några ökade kostnader": a negation shortly before the resource, with the need word elsewhere, denies it.
  private static boolean resourceNegated(String body, int resourceStart, Matcher need) {
    int from = need.end() <= resourceStart ? need.end() : 0;
    String[] words = body.substring(from, resourceStart).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
      if (NEGATIONS.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  private static String lastWords(String body, int end, int count) {
    String[] words = body.substring(0, end).split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - count), words.length));
  }

  private static final Pattern NEED_VERB = Pattern.compile("(?iu)(?:kräv|behöv|behov|medför)\\p{L}*\\s");

  private static final int WINDOW = 6;
  private static final Pattern NEGATION = Pattern.compile("(?iu)(?<!\\p{L})(?:inte|inga|inget|ingen|ej)(?!\\p{L})");

  private static int words(String s) {
    String trimmed = s.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /**
   * A request that names money, staff or time asks for resources ("efterfrågar att kommunstyrelsen avsätter
   * särskilda medel"); the caller has found the request.
   */
  List<Hit> requested(PlacedSentence sentence) {
    Matcher r = resource.matcher(sentence.body());
    while (r.find()) {
      if (!coveredByExclusion(sentence.body(), r.start(), r.end()) && provided(sentence.body(), r.start())) {
        return List.of(new Hit(FindingKind.RESOURCE_CONCERN, "resources", null, null, r.group().toLowerCase(java.util.Locale.ROOT), "concern:begäran+resurs"));
      }
    }
    return List.of();
  }

  // "medför inga ökade kostnader", "det finns inte behov av resurser": a negation just before the cue denies it.
  private static boolean negatedBefore(String body, int start) {
    String[] words = body.substring(0, start).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
      if (NEGATIONS.contains(words[i]) && !(i > 0 && UNCLEAR_VERBS.contains(words[i - 1]))
          && !(i + 1 < words.length && UNCLEAR_WORDS.contains(words[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  // "Bolaget ser inte att åtagandena kan hanteras utan ett tillskott": the author denies the exclusion's claim.
  private static final Pattern DENYING_MATRIX =
      Pattern.compile("(?iu)(?<!\\p{L})(?:ser|bedömer|tror|anser|menar|tycker|delar)\\s+(?:\\p{L}+\\s+)?(?:inte|ej)\\s+(?:bedömningen\\s+)?att\\s+(?:\\S+\\s+){0,14}$");

  private static boolean deniedByMatrix(String body, int exclusionStart) {
    return DENYING_MATRIX.matcher(body.substring(0, exclusionStart)).find();
  }

  // "Det framgår inte vem som bär kostnaden", "det är inte klart hur …": the negation says it is unclear, a lack in itself.
  private static final java.util.Set<String> UNCLEAR_VERBS = java.util.Set.of("framgår", "anges", "beskrivs", "redovisas", "preciseras", "klargörs", "tydliggörs", "vet", "känner");
  private static final java.util.Set<String> UNCLEAR_WORDS = java.util.Set.of("klart", "tydligt", "känt", "utrett", "beskrivet");

  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("inte", "inga", "inget", "ingen", "ej", "varken", "aldrig");

  private boolean coveredByExclusion(String body, int start, int end) {
    Matcher not = notConcern.matcher(body);
    while (not.find()) {
      if (not.start() < end && start < not.end() && !deniedByMatrix(body, not.start())) {
        return true;
      }
    }
    return false;
  }
}
