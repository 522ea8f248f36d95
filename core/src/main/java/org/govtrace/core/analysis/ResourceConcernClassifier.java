package org.govtrace.core.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Token;

/**
 * Finds resource concerns (DOMAIN.md "Resource language"): the author says money, staff, competence or time is
 * lacking or needed, asks for financing, or objects that new tasks must fit an existing frame. Resource words in
 * the retold plan, resources as an asset, grants handed out and money welcomed are no concern.
 */
final class ResourceConcernClassifier {

  /** The rule of a need or lack word near a money, staff or time word: the weakest, so the model must confirm it. */
  static final String NEED_NEAR_RESOURCE = "concern:behov+resurs";

  private final Pattern concern;
  private final Pattern notConcern;
  private final Pattern need;
  private final Pattern resource;
  private final Pattern asked;
  private final SpeakerCues speaker;

  ResourceConcernClassifier(Lexicon lexicon, SpeakerCues speaker) {
    this.concern = lexicon.anyOf("concern.re");
    this.notConcern = lexicon.anyOf("concern.not.re");
    this.need = lexicon.anyOf("concern.need.re");
    this.resource = lexicon.anyOf("concern.resource.re");
    this.asked = lexicon.anyOf("concern.request.re");
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
      // "ser inte att uppdraget kan hanteras utan ett tillskott": a negated clause before "utan" makes the
      // sufficiency wording ("kan hanteras utan") the need itself; so does a cue that opens with a negated judgement
      // ("[ser] inte att uppdraget kan rymmas inom befintlig budget", "inte troligt att …"), but not "inte bara".
      boolean ownNegation = NEGATED_JUDGEMENT.matcher(cue.group()).lookingAt();
      boolean excluded = coveredByExclusion(body, cue.start(), cue.end()) && !ownNegation
          && !(withoutClause && NEGATION.matcher(body.substring(0, cue.start())).find());
      if (!excluded && (withoutClause || !negatedBefore(body, cue.start()))) {
        String phrase = cue.group().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return List.of(new Hit(FindingKind.RESOURCE_CONCERN, "resources", null, null, phrase, "concern:" + phrase));
      }
    }
    return needNearResource(sentence);
  }

  /**
   * A need or lack word within {@link #WINDOW} words of a money, staff or time word, in either order, with no
   * negation between them or just before: "kräver en förstärkning av bemanningen", "tidplanen är mycket snäv".
   */
  private List<Hit> needNearResource(PlacedSentence sentence) {
    String body = sentence.body();
    Matcher n = need.matcher(body);
    while (n.find()) {
      if (negatedBefore(body, n.start()) || coveredByExclusion(body, n.start(), n.end())
          || n.group().equalsIgnoreCase("utan") && conjunction(sentence, n.end())) {
        continue;
      }
      Matcher r = resource.matcher(body);
      while (r.find()) {
        int from = Math.min(n.start(), r.start());
        int to = Math.max(n.end(), r.end());
        // The need and the resource phrase may overlap ("ekonomiska förutsättningar som krävs"): nothing between.
        int gapStart = Math.min(n.end(), r.end());
        int gapEnd = Math.max(n.start(), r.start());
        String between = gapStart < gapEnd ? body.substring(gapStart, gapEnd) : "";
        if (r.start() != n.start() && words(between) <= WINDOW && !NEGATION.matcher(between).find() && !coveredByExclusion(body, r.start(), r.end())
            && !negatedNoun(body, r.start()) && !contrastBetween(sentence, gapStart, between)) {
          String phrase = body.substring(from, to).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
          return List.of(new Hit(FindingKind.RESOURCE_CONCERN, "resources", null, null, phrase, NEED_NEAR_RESOURCE));
        }
      }
    }
    return List.of();
  }

  /**
   * Whether the need word is the conjunction "utan" ("inte X utan Y": not X but Y) rather than the preposition
   * "without": a verb follows it ("ska inte medföra ökade kostnader utan finansieras genom omprioriteringar").
   */
  private static boolean conjunction(PlacedSentence sentence, int end) {
    int after = sentence.sentence().span().start() + sentence.bodyStart() + end;
    boolean tagged = sentence.tagged();
    int adverbs = 0;
    for (Token token : sentence.sentence().tokens()) {
      if (token.span().start() < after) {
        continue;
      }
      String form = token.text().toLowerCase(java.util.Locale.ROOT);
      // "utan också följas upp", "utan i stället genomföras": a short adverb may stand before the verb.
      if (CONTRAST_ADVERBS.contains(form) && adverbs++ < 2) {
        continue;
      }
      if (tagged) {
        return "VERB".equals(token.upos()) || "AUX".equals(token.upos());
      }
      // Untagged: a passive infinitive ("finansieras"), not a genitive plural ("medarbetarnas"), or a finite auxiliary.
      return form.endsWith("as") && !form.endsWith("nas") || AUXILIARIES.contains(form);
    }
    return false;
  }

  private static final Pattern UTAN = Pattern.compile("(?iu)(?<!\\p{L})utan(?!\\p{L})");

  // "inga ökade kostnader utan finansieras genom omprioriteringar": the need and the resource stand on either side
  // of a contrast ("inte X utan Y"), in different clauses.
  private static boolean contrastBetween(PlacedSentence sentence, int from, String between) {
    Matcher utan = UTAN.matcher(between);
    while (utan.find()) {
      if (conjunction(sentence, from + utan.end())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> CONTRAST_ADVERBS = java.util.Set.of("också", "även", "snarare", "istället", "i", "stället", "dessutom", "främst");

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("ska", "skall", "kan", "bör", "måste", "är", "blir", "har");

  private static final Pattern NEGATED_JUDGEMENT = Pattern.compile("(?iu)(?:\\p{L}+\\s+){0,2}?(?:inte|ej)\\s+(?:\\p{L}+\\s+)?att\\s");

  private static final int WINDOW = 6;
  private static final Pattern NEGATION = Pattern.compile("(?iu)(?<!\\p{L})(?:inte|inga|inget|ingen|ej)(?!\\p{L})");

  private static int words(String s) {
    String trimmed = s.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /**
   * A request that asks for money, staff or time ("efterfrågar att kommunstyrelsen avsätter särskilda medel",
   * "önskar ytterligare personal"); the caller has found the request. The resource must be what is asked for: the
   * object of the request or of an allocation verb, or carrying an amount word. A request whose object merely
   * mentions staff ("kartlägga språkkunskaperna bland personalen") asks for none.
   */
  List<Hit> requested(PlacedSentence sentence) {
    Matcher r = asked.matcher(sentence.body());
    while (r.find()) {
      if (!coveredByExclusion(sentence.body(), r.start(), r.end()) && !negatedBefore(sentence.body(), r.start())) {
        String phrase = r.group().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return List.of(new Hit(FindingKind.RESOURCE_CONCERN, "resources", null, null, phrase, "concern:begäran+resurs"));
      }
    }
    return List.of();
  }

  // "inga nya medel ska tillföras": a negation on the resource noun itself denies the need.
  private static boolean negatedNoun(String body, int start) {
    String[] words = body.substring(0, start).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
      if (NEGATIONS.contains(words[i]) && !"varken".equals(words[i])) {
        return true;
      }
    }
    return false;
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

  // "Det framgår inte vem som bär kostnaden", "det är inte klart hur …": the negation says it is unclear, a lack in itself.
  private static final java.util.Set<String> UNCLEAR_VERBS = java.util.Set.of("framgår", "anges", "beskrivs", "redovisas", "preciseras", "klargörs", "tydliggörs", "vet", "känner");
  private static final java.util.Set<String> UNCLEAR_WORDS = java.util.Set.of("klart", "tydligt", "känt", "utrett", "beskrivet");

  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("inte", "inga", "inget", "ingen", "ej", "varken", "aldrig");

  /**
   * Whether any of the lexicon's "no concern" phrases stands in the text ("en viktig resurs", "ryms inom befintlig
   * ram", grants received, money welcomed): the rules' exclusions keep the final say over the model too.
   */
  private boolean excludes(String text) {
    return notConcern.matcher(text).find();
  }

  /**
   * Whether the text denies a need outright: a need word with a negation just before it ("det finns inte behov av
   * resurser", "kräver inte") or no new money, staff or cost to come ("inga nya medel ska tillföras", "inga
   * ytterligare kostnader uppstår"). A negated provision ("har inte kompenserats", "inte lyckats rekrytera") or a
   * negated past allocation ("inga medel har avsatts") is a lack, not a denial. The rules' denials keep the final
   * say over the model, which weighs words, not their scope.
   */
  private boolean denies(String text) {
    Matcher n = need.matcher(text);
    while (n.find()) {
      if (NEEDS.matcher(n.group()).lookingAt() && negatedBefore(text, n.start())) {
        return true;
      }
    }
    return NOTHING_TO_COME.matcher(text).find();
  }

  /**
   * Whether the rules keep the model from adding a concern to the text: one of their exclusions stands in it, or it
   * denies a need outright.
   */
  boolean vetoesModel(String text) {
    return excludes(text) || denies(text);
  }

  private static final Pattern NEEDS = Pattern.compile("(?iu)(?:behov|behöv|kräv|förutsätt|sakna|brist)");
  private static final Pattern NOTHING_TO_COME = Pattern.compile("(?iu)(?<!\\p{L})(?:inga|ingen|inget)\\s+(?:\\p{L}+\\s+)?"
      + "(?:\\p{L}*kostnad\\p{L}*|\\p{L}*resurser|medel|personal|tjänster|pengar)\\s+(?:\\p{L}+\\s+){0,2}?"
      + "(?:ska|skall|kommer|tillförs|tillföras|krävs|behövs|tillkommer|uppstår|beräknas|bedöms)(?!\\p{L})");

  private boolean coveredByExclusion(String body, int start, int end) {
    Matcher not = notConcern.matcher(body);
    while (not.find()) {
      if (not.start() < end && start < not.end()) {
        return true;
      }
    }
    return false;
  }
}
