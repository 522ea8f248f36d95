package org.govtrace.core.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govtrace.core.model.FindingKind;

/**
 * Finds responsibility assignments (DOMAIN.md "Responsibility language"): an actor or a coordinated list of
 * actors as subject of ansvarar för, har ansvaret för, ska/bör + verb, föreslås + verb, är/står som särskilt
 * ansvarig(a) för, får ett särskilt ansvar för, ges/får i uppdrag att, "Ansvarig: X" and the items of a decision
 * list. One item per actor; collaborators ("i samarbete med Y") get none, a passive without agent names no actor,
 * and a mere mention of ansvar is no assignment.
 */
final class ResponsibilityExtractor {

  private static final String ADV =
      "(?:också|även|därför|dessutom|gemensamt|tillsammans|fortsatt|vidare|primärt|främst|särskilt|aktivt|löpande|årligen|framöver|fortsättningsvis|sedan|nu)";
  private static final String ADVS = "(?:" + ADV + "\\s+)*";
  private static final String COLLAB = "(?:i\\s+samarbete|i\\s+samverkan|i\\s+samråd|tillsammans|i\\s+dialog)\\s+med\\s";
  private static final String DUTY = "(?<duty>\\S.*)";
  private static final Pattern NUMERAL =
      Pattern.compile("(?i)(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\\d+)\\W*");
  private static final Pattern FRONTED_PARTITIVE = Pattern.compile("(?is)^av\\s+(?<whole>[^,]{3,120}),");
  private static final Pattern QUESTION_WORD = Pattern.compile("(?i)(?:^|\\s)(?:hur|om|huruvida|vad|vilka|vilket|när|varför)\\s+$");

  private record Rule(String name, String modality, Pattern pattern, boolean needsVerb) {}

  private final ActorMatcher actors;
  private final List<Rule> rules;
  private final Pattern label;
  private final Pattern decisionItem;

  ResponsibilityExtractor(ActorMatcher actors) {
    this.actors = actors;
    String list = "(?<list>" + actors.list() + ")";
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    this.rules =
        List.of(
            new Rule("särskilt-ansvarig", "särskilt ansvarig",
                Pattern.compile(list + "\\s+(?:är|blir|utses\\s+till|står\\s+som|anges\\s+som)\\s+särskilt\\s+ansvarig[a]?\\s+för\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("särskilt-ansvarig-inverterad", "särskilt ansvarig",
                Pattern.compile("(?:står|är)\\s+" + list + "\\s+som\\s+särskilt\\s+ansvarig[a]?\\s+för\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("får-särskilt-ansvar", "särskilt ansvarig",
                Pattern.compile(list + "\\s+(?:får|ges|har|tilldelas)\\s+" + ADVS + "(?:ett\\s+)?särskilt\\s+ansvar\\s+för\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("med-särskilt-ansvar", "särskilt ansvarig",
                Pattern.compile(list + ",?\\s+med\\s+särskilt\\s+ansvar\\s+för\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("föreslås", "föreslås",
                Pattern.compile(list + "\\s+föreslås\\s+" + ADVS + "(?:att\\s+)?" + DUTY, flags), true),
            new Rule("föreslås-inverterad", "föreslås",
                Pattern.compile("föreslås\\s+" + list + "\\s+" + ADVS + DUTY, flags), true),
            new Rule("ansvarar-för", "ansvarar",
                Pattern.compile(list + "\\s+" + ADVS + "ansvara[r]?\\s+(?:(?:tillsammans|gemensamt)\\s+med\\s+[^.]{1,80}?\\s+)?" + ADVS + "för\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("har-ansvaret", "ansvarar",
                Pattern.compile(list + "\\s+har\\s+" + ADVS + "(?:huvudansvaret|huvudansvar|ansvaret|det\\s+(?:övergripande|samlade|yttersta)\\s+ansvaret)\\s+för\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("i-uppdrag", "other",
                Pattern.compile(list + "\\s+(?:ges|får|tilldelas)\\s+" + ADVS + "(?:i\\s+)?uppdrag(?:et)?\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("i-uppdrag-inverterad", "other",
                Pattern.compile("(?:ges|får)\\s+" + list + "\\s+" + ADVS + "(?:i\\s+)?uppdrag(?:et)?\\s+(?:att\\s+)?" + DUTY, flags), false),
            new Rule("modalt-verb", null,
                Pattern.compile(list + "\\s+(?<modal>ska|skall|bör)\\s+" + ADVS + "(?!kunna\\b|inte\\b|ej\\b|heller\\b)" + DUTY, flags), true),
            new Rule("modalt-verb-inverterat", null,
                Pattern.compile("(?<![\\p{L}])(?<modal>ska|skall|bör)\\s+" + list + "\\s+" + ADVS + "(?!kunna\\b|inte\\b|ej\\b)" + DUTY, flags), true));
    this.label = Pattern.compile("(?<![\\p{L}])ansvarig[a]?(?:\\s+(?:nämnd(?:er)?|part|parter|aktör(?:er)?|för\\s+genomförande))?\\s*:\\s*" + list, flags);
    this.decisionItem = Pattern.compile("^" + list + "\\s+(?<duty>\\p{Ll}+r\\b.*)", Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** The responsibilities in one sentence; {@code previous} is the sentence before it, for table rows. */
  List<Hit> extract(PlacedSentence sentence, PlacedSentence previous) {
    String text = sentence.sentence().text();
    String body = sentence.body();
    int offset = sentence.bodyStart();
    List<Hit> hits = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(body);
      int from = 0;
      while (from < body.length() && m.find(from)) {
        from = m.start("list") + 1;
        if (QUESTION_WORD.matcher(body.substring(0, m.start())).find() || purposeClause(body, m.start("list"))) {
          continue;
        }
        String duty = m.group("duty");
        int dutyStart = m.start("duty");
        // Skip a collaboration phrase or adverbs before checking that a verb carries the duty.
        if (rule.needsVerb() && !Pattern.compile("(?i)^" + COLLAB).matcher(duty).find() && !sentence.verbAfter(offset + dutyStart)) {
          continue;
        }
        String modality = rule.modality() != null ? rule.modality() : modalityOf(m.group("modal"));
        duty = completeDuty(clean(duty), body, m.start());
        for (String actor : actors.expand(m.group("list"))) {
          if (seen.add(actor.toLowerCase(java.util.Locale.ROOT))) {
            hits.add(new Hit(FindingKind.RESPONSIBILITY, shortLabel(duty), actor, modality, duty, "responsibility:" + rule.name()));
          }
        }
      }
    }
    Matcher tableRow = label.matcher(body);
    while (tableRow.find()) {
      String duty = clean(body.substring(0, tableRow.start()));
      if (duty.isEmpty() && previous != null) {
        duty = clean(previous.body());
      }
      for (String actor : actors.expand(tableRow.group("list"))) {
        if (!duty.isEmpty() && seen.add(actor.toLowerCase(java.util.Locale.ROOT))) {
          hits.add(new Hit(FindingKind.RESPONSIBILITY, shortLabel(duty), actor, "ansvarar", duty, "responsibility:ansvarig-etikett"));
        }
      }
    }
    if (sentence.voice() == Voice.DECISION && hits.isEmpty()) {
      Matcher item = decisionItem.matcher(body);
      if (item.find() && sentence.verbAfter(offset + item.start("duty"))) {
        String duty = clean(item.group("duty"));
        for (String actor : actors.expand(item.group("list"))) {
          hits.add(new Hit(FindingKind.RESPONSIBILITY, shortLabel(duty), actor, "föreslås", duty, "responsibility:beslutspunkt"));
        }
      }
    }
    return hits;
  }

  private static String modalityOf(String modal) {
    return modal.equalsIgnoreCase("bör") ? "bör" : "ska";
  }

  // "för att stadens nämnder ska …" states a purpose, not an assignment.
  private static boolean purposeClause(String body, int listStart) {
    String before = body.substring(0, listStart).stripTrailing().toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("för att") || before.endsWith("så att");
  }

  private static String clean(String duty) {
    String flat = duty.replaceAll("\\s+", " ").strip();
    int stop = flat.indexOf(". ");
    if (stop > 0) {
      flat = flat.substring(0, stop);
    }
    return flat.replaceAll("[\\s.;:,”\"»]+$", "").strip();
  }

  /**
   * Completes an elliptic duty from its context: a bare numeral takes the fronted partitive ("Av elva mål …, står
   * X som ansvarig för tio" → "tio av elva mål …"), and a short duty in a relative clause takes its antecedent
   * ("den rapport som X föreslås ta fram" → "ta fram den rapport").
   */
  private static String completeDuty(String duty, String body, int matchStart) {
    if (NUMERAL.matcher(duty).matches()) {
      Matcher fronted = FRONTED_PARTITIVE.matcher(body.strip());
      if (fronted.find()) {
        return duty + " av " + fronted.group("whole").replaceAll("\\s+", " ").strip();
      }
    }
    String before = body.substring(0, matchStart);
    Matcher antecedent = Pattern.compile("(?i)((?:den|det|de|en|ett|denna|detta)\\s+)?(\\p{L}+)\\s+som\\s+$").matcher(before);
    if (duty.split(" ").length <= 3 && antecedent.find()) {
      return duty + " " + antecedent.group().replaceAll("(?i)\\s+som\\s+$", "").replaceAll("\\s+", " ").strip();
    }
    return duty;
  }

  private static String shortLabel(String duty) {
    return duty.length() <= 60 ? duty : duty.substring(0, duty.lastIndexOf(' ', 60) > 0 ? duty.lastIndexOf(' ', 60) : 60) + " …";
  }
}
