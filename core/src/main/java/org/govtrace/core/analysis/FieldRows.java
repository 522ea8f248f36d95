package org.govtrace.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of action plans and delegationsordningar flattened into one line of text, where every cell carries its
 * own label or the header names the columns: "Aktivitet: A; ansvarig: X; tidplan: T", "Ärende 3.1 | Beslut om A |
 * Delegat: X", "beslut om A – delegat: rektor; beslut om B – delegat: förvaltningschef" and "Aktivitet / Ansvarig /
 * Tidplan: A / X / T; B / Y / T". The cell that names the actor may hold an official or a unit no actor pattern knows;
 * whatever fills it is the actor, as a reader of the table takes it.
 */
final class FieldRows {

  /** One row read: the actor as the cell writes it, the modality of the column, the action of the row. */
  record Row(String actor, String modality, String duty) {}

  private static final Pattern FIELD_BREAK = Pattern.compile("\\s*[;|]\\s*");
  // "Åtgärd 2.1 … – Huvudansvar: X – Utförare: Y – Tidplan: …": cells set off by dashes, each but the first labelled.
  private static final Pattern DASHED_LABEL = Pattern.compile("\\s+[–—]\\s+(?=\\p{L}[\\p{L} ]{1,30}:\\s)");
  // The row's own number before its action: "Åtgärd 2.1", "Insats 4".
  private static final Pattern ROW_NUMBER = Pattern.compile("(?iu)^(?:åtgärd|aktivitet|insats|punkt)\\s+[\\d.]+\\s+");
  private static final Pattern LABELLED = Pattern.compile("(?iu)^(?<label>\\p{L}[\\p{L} ]{1,40}?)\\s*:\\s*(?<value>.+)$");
  // "Delegat", "Ansvarig", "Ansvarig för uppföljning": the column that names who acts, perhaps with its own task.
  private static final Pattern ACTOR_LABEL =
      Pattern.compile("(?iu)^(?:(?<delegate>delegat|beslutsfattare|utförare)|huvudansvar(?:ig)?|ansvarig[a]?|ansvar)(?:\\s+för\\s+(?<what>\\p{L}[\\p{L} -]{2,40}))?$");
  private static final Pattern ACTION_LABEL = Pattern.compile("(?iu)^(?:aktivitet|åtgärd|insats|uppdrag|uppgift|ärende|beslut)(?:er)?$");
  // "beslut om A – delegat: rektor": the action, then a dash and the labelled actor.
  private static final Pattern DASHED_ACTOR =
      Pattern.compile("(?iu)^(?<action>.{5,200}?)\\s+[–—-]\\s+(?<label>delegat|beslutsfattare|ansvarig[a]?)\\s*:\\s*(?<value>.+)$");
  // "Aktivitet / Ansvarig / Tidplan:": a header whose columns the rows after it fill in order.
  private static final Pattern SLASH_HEADER = Pattern.compile("(?iu)(?:^|:\\s*)(?<columns>\\p{L}+(?:\\s*/\\s*\\p{L}+){1,5})\\s*:\\s*(?<rows>.+)$");
  private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");
  // A cell that is only a number or a reference ("Ärende 3.1", "punkt 4") holds no action.
  private static final Pattern REFERENCE = Pattern.compile("(?iu)^(?:ärende|punkt|avsnitt|nr|§)?\\s*[\\d.:§ -]+$|^\\p{L}+\\s+[\\d.]+$");
  private static final Pattern PARTS = Pattern.compile("(?iu)\\s*,\\s*(?:och\\s+|samt\\s+)?|\\s+samt\\s+|(?<!-)\\s+och\\s+");

  /** The rows of the sentence; none where it is no such table. */
  List<Row> read(String body) {
    List<Row> rows = slashTable(body);
    if (!rows.isEmpty()) {
      return rows;
    }
    String row = body.strip().replaceAll("[.]+$", "");
    String[] fields = FIELD_BREAK.split(row);
    if (fields.length == 1 && DASHED_LABEL.matcher(row).results().count() >= 2) {
      fields = DASHED_LABEL.split(row);
    }
    // A dashed row names its own label ("beslut om A – delegat: enhetschef"), so it stands alone as one sentence too.
    for (String field : fields) {
      Matcher dashed = DASHED_ACTOR.matcher(field);
      if (dashed.matches()) {
        String action = dashed.group("action");
        // "Delegationsordning för nämnden, punkt 3.4: beslut om A": the row's action follows the heading's colon.
        action = action.substring(action.lastIndexOf(':') + 1);
        addRows(rows, dashed.group("value"), modalityOf(dashed.group("label")), action);
      }
    }
    if (!rows.isEmpty() || fields.length < 2) {
      return rows;
    }
    String action = null;
    for (String field : fields) {
      Matcher labelled = LABELLED.matcher(field);
      if (labelled.matches() && ACTION_LABEL.matcher(labelled.group("label").strip()).matches()) {
        action = labelled.group("value");
        break;
      }
      if (action == null && !labelled.matches() && !REFERENCE.matcher(field).matches() && field.split("\\s+").length >= 3) {
        action = ROW_NUMBER.matcher(field).replaceFirst("");
      }
    }
    for (String field : fields) {
      Matcher labelled = LABELLED.matcher(field);
      if (!labelled.matches()) {
        continue;
      }
      Matcher who = ACTOR_LABEL.matcher(labelled.group("label").strip());
      if (who.matches()) {
        String duty = who.group("what") != null ? who.group("what") : action;
        addRows(rows, labelled.group("value"), who.group("delegate") != null ? "other" : "ansvarar", duty);
      }
    }
    return rows;
  }

  private List<Row> slashTable(String body) {
    Matcher header = SLASH_HEADER.matcher(body.strip().replaceAll("[.]+$", ""));
    if (!header.find()) {
      return new ArrayList<>();
    }
    String[] columns = SLASH.split(header.group("columns").strip());
    int actor = -1;
    int action = -1;
    for (int i = 0; i < columns.length; i++) {
      String column = columns[i].strip().toLowerCase(Locale.ROOT);
      if (ACTOR_LABEL.matcher(column).matches()) {
        actor = i;
      } else if (action < 0 && ACTION_LABEL.matcher(column).matches()) {
        action = i;
      }
    }
    List<Row> rows = new ArrayList<>();
    if (actor < 0 || action < 0) {
      return rows;
    }
    for (String row : FIELD_BREAK.split(header.group("rows"))) {
      String[] cells = SLASH.split(row.strip());
      if (cells.length == columns.length) {
        addRows(rows, cells[actor], modalityOf(columns[actor]), cells[action]);
      }
    }
    return rows;
  }

  private static void addRows(List<Row> rows, String who, String modality, String action) {
    if (action == null || action.isBlank()) {
      return;
    }
    String duty = action.strip().replaceAll("[.,;:]+$", "");
    for (String part : PARTS.split(who.strip().replaceAll("[.,;:]+$", ""))) {
      // A filled cell is a name or a title, a few words at most; a longer one is prose.
      if (!part.isBlank() && part.split("\\s+").length <= 6 && !NOBODY.matcher(part.strip()).matches()) {
        rows.add(new Row(part.strip(), modality, duty));
      }
    }
  }

  // An empty cell written out: "ansvarig: ingen", "delegat: saknas", "ansvarig: –".
  private static final Pattern NOBODY = Pattern.compile("(?iu)ingen|inget|saknas|ej\\s+angiven|ej\\s+utsedd|ej\\s+fastställd|inte\\s+utsedd|oklart|[–—-]+");

  private static String modalityOf(String label) {
    return label.strip().toLowerCase(Locale.ROOT).startsWith("ansvar") ? "ansvarar" : "other";
  }
}
