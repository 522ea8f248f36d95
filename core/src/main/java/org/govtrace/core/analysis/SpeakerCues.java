package org.govtrace.core.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the author's own words from a retelling (DOMAIN.md "Who speaks"): a sentence is the author's when it
 * stands in an own-voice section or where the voice is unknown, unless it retells ("Enligt strategin …",
 * "Handlingsplanen anger att …"); under Bakgrund or Ärendet it is the author's only when the office or board
 * speaks as subject of an opinion verb ("Förvaltningen anser …", "Vidare önskar förvaltningen …").
 */
final class SpeakerCues {

  private static final String OPINION_VERBS =
      "(?:vill|anser|bedömer|ser|saknar|efterfrågar|efterlyser|önskar|föreslår|ställer|välkomnar|uppskattar|delar|instämmer|"
          + "tillstyrker|avstyrker|menar|konstaterar|noterar|understryker|betonar|lyfter|påpekar|framhåller|rekommenderar|befarar|"
          + "ifrågasätter|invänder|motsätter|tvivlar|förordar|förespråkar|stöder|stödjer|begär|hemställer|yrkar|uppmanar|"
          + "är|har|kan|behöver|skulle|vill)";
  // "något som bolaget i dag varken har mandat eller resurser för": a time or a negation between the author and its verb.
  private static final String ADVS = "(?:(?:dock|också|även|därför|särskilt|vidare|samtidigt|inte|gärna|fortsatt|i\\s+dag|idag|varken|redan|ännu|fortfarande)\\s+)*";

  private final Pattern retelling;
  private final Pattern authorClause;

  SpeakerCues(Lexicon lexicon) {
    this.retelling = lexicon.anyOf("retelling.re");
    String author = lexicon.anyOf("author.re").pattern();
    this.authorClause =
        Pattern.compile(
            author + "\\s+" + ADVS + OPINION_VERBS + "(?![\\p{L}])" + "|(?<![\\p{L}])" + OPINION_VERBS + "\\s+" + author,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether the office, board or "vi" speaks as the subject of an opinion verb. */
  boolean authorSpeaks(String body) {
    return authorClause.matcher(body).find() || OWN_JUDGEMENT.matcher(body).find();
  }

  // "och det strider enligt SKR:s mening mot finansieringsprincipen": the author's own judgement named as such.
  private static final Pattern OWN_JUDGEMENT = Pattern.compile(
      "(?u)(?<![\\p{L}])[Ee]nligt\\s+(?:vår|förvaltningens|nämndens|styrelsens|kontorets|myndighetens|verkets|regionens|kommunens|bolagets|förbundets|rådets|\\p{Lu}{2,6}:s)\\s+(?:mening|bedömning|uppfattning)(?![\\p{L}])");

  /**
   * Whether the sentence retells another document. A retelling cue inside a trailing reason or contrast clause
   * ("…, eftersom förvaltningarna enligt förslaget förväntas …") leaves the main clause the author's.
   */
  boolean retells(String body) {
    Matcher cue = retelling.matcher(body);
    if (!cue.find()) {
      return false;
    }
    if (EVALUATED.matcher(body.substring(0, cue.start())).find() || RELATIVE.matcher(body.substring(0, cue.start())).find()) {
      // "Riksförbundet välkomnar att handlingsplanen lyfter …": the author judges what the plan does; "de
      // samrådsformer som planen beskriver": the plan is named inside a relative clause of the author's sentence.
      return false;
    }
    if (DOCUMENT.matcher(cue.group()).find() && VERDICT.matcher(body).find()) {
      // "Uppdraget skulle enligt förslaget vara ofinansierat": no plan calls itself unfunded, so the verdict is the
      // author's, whatever document the sentence cites.
      return false;
    }
    Matcher clause = TRAILING_CLAUSE.matcher(body);
    return !(clause.find() && clause.start() < cue.start());
  }

  private static final Pattern DOCUMENT = Pattern.compile("(?iu)(?:handlingsplanen|strategin|programmet|förslaget|planen|remissen|riktlinjerna|policyn)");
  private static final Pattern VERDICT = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:ofinansierad|ofinansierat|ofinansierade|underfinansierad\\p{L}*|kostnadsövervältring\\p{L}*|övervältr\\p{L}*)(?!\\p{L})");

  private static final Pattern RELATIVE = Pattern.compile("(?iu)\\p{L}{2,}\\s+som\\s+$");
  private static final Pattern EVALUATED = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:välkomnar|uppskattar|ser\\s+(?:\\p{L}+\\s+)?positivt\\s+på|ser\\s+gärna|anser|bedömer|menar|beklagar|ifrågasätter|saknar)\\s+(?:\\p{L}+\\s+){0,2}?att\\s+$");

  // A relative clause too: "Tidplanen, som enligt handlingsplanen ska vara klar 2027, bedöms inte realistisk".
  private static final Pattern TRAILING_CLAUSE = Pattern.compile("(?iu),\\s*(?:eftersom|då|men|vilket|medan|samtidigt som|som)\\s");

  /**
   * Whether the sentence reports what others said ("Av remissvaren framgår att socialnämnden efterfrågar …"): a board
   * that speaks only inside the reported att-clause is one of the others, not the author.
   */
  private boolean reportsOthers(String body) {
    Matcher cue = retelling.matcher(body);
    if (!cue.find() || !REPORTING_END.matcher(cue.group()).find() || OWN_JUDGEMENT.matcher(body).find()) {
      return false;
    }
    Matcher author = authorClause.matcher(body);
    // "…, och nämnden delar den bedömningen": past a clause boundary the board speaks for itself again.
    return !author.find() || author.start() >= cue.end() && !CLAUSE_BOUNDARY.matcher(body.substring(cue.end(), author.start())).find();
  }

  private static final Pattern REPORTING_END = Pattern.compile("(?iu)(?<![\\p{L}])att$");
  private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("(?iu);|,\\s+(?:och|men|samt|medan|dock)\\s");

  /** Whether the sentence is the author's own word. */
  boolean ownWords(PlacedSentence sentence) {
    String body = sentence.body();
    if (retells(body) && (!authorSpeaks(body) || reportsOthers(body))) {
      return false;
    }
    return sentence.voice() != Voice.RETELLING || authorSpeaks(body);
  }
}
