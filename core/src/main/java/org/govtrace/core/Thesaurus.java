package org.govtrace.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Domain knowledge as data (tesaurus): rights areas, focus areas and target groups with their aliases and
 * relations, and the actors (nämnder, förvaltningar, collective actors) with aliases and the office→board
 * mapping. Read from JSON; a user's file extends or replaces the default with {@link #extendedBy(Thesaurus)}.
 *
 * <p>The JSON format:
 *
 * <pre>{@code
 * { "name": "…", "mode": "extend" | "replace",
 *   "concepts": [ {"id": "…", "kind": "rights_area" | "focus_area" | "target_group", "label": "…",
 *                  "aliases": ["…"], "terms": ["…"], "version": "2018", "related": ["other id"]} ],
 *   "actors":   [ {"name": "…", "kind": "board" | "office" | "collective" | "authority" | "company",
 *                  "aliases": ["…"], "board": "the board an office works for"} ],
 *   "actorPatterns": [ {"regex": "(\\p{Lu}\\p{L}+) stadsdelsnämnd(?:en)?", "kind": "board", "name": "$1 stadsdelsnämnd"} ] }
 * }</pre>
 *
 * Aliases match anywhere, case-insensitively, with a genitive -s allowed; {@code terms} are short names that
 * only match in a list introduced by the concept kind's own word (rättighetsområdena …, fokusområdena …).
 *
 * @param name a name for messages, such as the file it came from
 * @param concepts the concepts by id, in file order
 * @param actors the actors by canonical name, in file order
 * @param actorPatterns patterns for actors the list does not name
 */
public record Thesaurus(String name, List<Concept> concepts, List<Actor> actors, List<ActorPattern> actorPatterns) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CONCEPT_KINDS = Set.of("rights_area", "focus_area", "target_group");
  private static final Set<String> ACTOR_KINDS = Set.of("board", "office", "collective", "authority", "company");

  /**
   * A thesaurus; the lists are copied.
   *
   * @param name a name for messages, such as the file it came from
   * @param concepts the rights areas, focus areas and target groups
   * @param actors the boards, offices, collectives, authorities and companies
   * @param actorPatterns patterns for actors the list does not name
   */
  public Thesaurus {
    concepts = List.copyOf(concepts);
    actors = List.copyOf(actors);
    actorPatterns = List.copyOf(actorPatterns);
  }

  /**
   * A concept of the thesaurus.
   *
   * @param id a stable id, such as {@code rights.utbildning}
   * @param kind {@code rights_area}, {@code focus_area} or {@code target_group}
   * @param label the name shown and scored, such as "Rätten till utbildning"
   * @param aliases other written forms (inflected forms included) that name it anywhere
   * @param terms short forms that name it only in a list after the kind's word ("rättighetsområdena …")
   * @param version the programme or strategy version it belongs to, such as "2018"; may be null
   * @param related ids of related concepts, typically of another version
   */
  public record Concept(
      String id, String kind, String label, List<String> aliases, List<String> terms, String version, List<String> related) {
    /**
     * A concept; the lists are copied.
     *
     * @param id a stable id
     * @param kind the concept kind
     * @param label the name shown and scored
     * @param aliases other written forms
     * @param terms short forms that name it in a list only
     * @param version the version it belongs to, or null
     * @param related ids of related concepts
     */
    public Concept {
      aliases = List.copyOf(aliases);
      terms = List.copyOf(terms);
      related = List.copyOf(related);
    }
  }

  /**
   * An actor: a board (nämnd), an office (förvaltning) with the board it works for, a collective actor such as
   * "stadsdelsnämnderna", an authority or a company board.
   *
   * @param name the canonical name, such as "Socialnämnden"
   * @param kind {@code board}, {@code office}, {@code collective}, {@code authority} or {@code company}
   * @param aliases other written forms, such as abbreviations and inflected forms
   * @param board for an office, the canonical name of its board; null otherwise
   */
  public record Actor(String name, String kind, List<String> aliases, String board) {
    /**
     * An actor; the aliases are copied.
     *
     * @param name the canonical name
     * @param kind the actor kind
     * @param aliases other written forms
     * @param board the office's board, or null
     */
    public Actor {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * A pattern for actors the list does not name, such as any "X stadsdelsnämnd".
   *
   * @param regex a Java regular expression, matched case-sensitively on whole words
   * @param kind the actor kind of a match
   * @param name the canonical name, with {@code $1}… for the pattern's groups
   */
  public record ActorPattern(String regex, String kind, String name) {}

  /**
   * A thesaurus that knows no concepts and no actors: the analysis then relies on the generic lexicon alone.
   *
   * @return the empty thesaurus
   */
  public static Thesaurus empty() {
    return new Thesaurus("empty", List.of(), List.of(), List.of());
  }

  /**
   * Reads and validates a thesaurus file.
   *
   * @param file a thesaurus JSON file
   * @return the thesaurus it holds
   * @throws ThesaurusException when the file cannot be read or is not a valid thesaurus; the message names the file
   *     and the entry at fault
   */
  public static Thesaurus load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new ThesaurusException(file + ": cannot be read (" + e.getMessage() + "); check the path.", e);
    }
  }

  /**
   * Reads and validates a thesaurus from a stream named {@code source}; the stream is read but not closed.
   *
   * @param in the JSON
   * @param source the name used in error messages
   * @return the thesaurus it holds
   * @throws ThesaurusException when the stream is not a valid thesaurus
   */
  public static Thesaurus load(InputStream in, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new ThesaurusException(source + ": is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); fix the syntax.", e);
    }
    return parse(root, source);
  }

  /**
   * The mode a thesaurus file asks for.
   *
   * @param file a thesaurus JSON file
   * @return {@code true} when it replaces the default thesaurus instead of extending it
   * @throws ThesaurusException when the file cannot be read
   */
  public static boolean replacesDefault(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode mode = JSON.readTree(in).path("mode");
      return "replace".equals(mode.asText("extend"));
    } catch (IOException e) {
      throw new ThesaurusException(file + ": cannot be read (" + e.getMessage() + "); check the path.", e);
    }
  }

  /**
   * This thesaurus with {@code other} laid over it: concepts with the same id and actors with the same name
   * (case-insensitive) are replaced, new ones added, patterns appended.
   *
   * @param other the thesaurus laid over this one
   * @return the merged thesaurus
   */
  public Thesaurus extendedBy(Thesaurus other) {
    Map<String, Concept> mergedConcepts = new LinkedHashMap<>();
    concepts.forEach(c -> mergedConcepts.put(c.id(), c));
    other.concepts.forEach(c -> mergedConcepts.put(c.id(), c));
    Map<String, Actor> mergedActors = new LinkedHashMap<>();
    actors.forEach(a -> mergedActors.put(fold(a.name()), a));
    other.actors.forEach(a -> mergedActors.put(fold(a.name()), a));
    List<ActorPattern> patterns = new ArrayList<>(actorPatterns);
    patterns.addAll(other.actorPatterns);
    return new Thesaurus(name + " + " + other.name, List.copyOf(mergedConcepts.values()), List.copyOf(mergedActors.values()), patterns);
  }

  /**
   * The canonical name of an actor written in any known form ("socialnämndens", "SN", "Farsta stadsdelsnämnden"),
   * or the written form without a genitive -s when the thesaurus does not know it.
   *
   * @param written the actor as written
   * @return its canonical name
   */
  public String canonicalActor(String written) {
    String clean = written.strip().replaceAll("\\s+", " ");
    Map<String, String> index = actorIndex();
    String found = index.get(fold(clean));
    if (found == null && clean.endsWith("s")) {
      found = index.get(fold(clean.substring(0, clean.length() - 1)));
    }
    if (found != null) {
      return found;
    }
    for (ActorPattern pattern : actorPatterns) {
      Matcher m = Pattern.compile(pattern.regex()).matcher(clean);
      if (m.matches()) {
        return m.replaceFirst(pattern.name());
      }
    }
    return officialTitle(stripGenitive(clean));
  }

  // The short titles of the officials health law names, as writers use them for the full title.
  private static final Map<String, String> SHORT_TITLES =
      Map.of("MAS", "Medicinskt ansvarig sjuksköterska", "MAR", "Medicinskt ansvarig för rehabilitering");
  private static final Pattern HEALTH_LAW_TITLE = Pattern.compile("(?iu)(?:den\\s+)?medicinskt\\s+ansvariga?\\s+sjuksköterska(?:n)?");
  private static final Pattern SCHOOL_OFFICIAL_DEFINITE = Pattern.compile("(?iu)(\\p{L}*(?:rektor|mentor))n");
  // "förvaltningschef", "enhetschef för elevhälsan": the title, then perhaps the unit it heads.
  private static final Pattern OFFICIAL = Pattern.compile(
      "(?iu)(?<title>\\p{L}{3,}(?:(?<en>chef|direktör|strateg)|(?<n>samordnare|handläggare)|(?<et>ombud)))(?<article>en|n|et)?(?<unit>\\s+(?:för|på|vid|inom)\\s+.+)?");

  /**
   * One form for an official's title, with or without its article: "förvaltningschef" and "förvaltningschefen" are
   * one actor, written in the definite form most documents give it; the school law's "rektor" and "mentor" go
   * without it, as the law writes them; "MAS" is the medicinskt ansvarig sjuksköterska.
   */
  private static String officialTitle(String name) {
    String full = SHORT_TITLES.get(name);
    if (full != null) {
      return full;
    }
    if (HEALTH_LAW_TITLE.matcher(name).matches()) {
      return SHORT_TITLES.get("MAS");
    }
    Matcher school = SCHOOL_OFFICIAL_DEFINITE.matcher(name);
    if (school.matches()) {
      return school.group(1);
    }
    Matcher official = OFFICIAL.matcher(name);
    if (!official.matches()) {
      return name;
    }
    String article = official.group("en") != null ? "en" : official.group("n") != null ? "n" : "et";
    String unit = official.group("unit") == null ? "" : official.group("unit");
    return official.group("title") + article + unit;
  }

  /**
   * The board an office works for.
   *
   * @param actor an actor as written
   * @return the office's board, or the actor's canonical name when it is not a known office
   */
  public String boardOf(String actor) {
    String canonical = canonicalActor(actor);
    return actors.stream()
        .filter(a -> a.name().equals(canonical) && a.board() != null)
        .map(Actor::board)
        .findFirst()
        .orElse(canonical);
  }

  /**
   * Every written form of every known actor mapped to its canonical name.
   *
   * @return lower-cased written forms to canonical names, in the order of the actors
   */
  public Map<String, String> actorIndex() {
    Map<String, String> index = new LinkedHashMap<>();
    for (Actor actor : actors) {
      index.put(fold(actor.name()), actor.name());
      actor.aliases().forEach(alias -> index.putIfAbsent(fold(alias), actor.name()));
    }
    return index;
  }

  static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  // Swedish definite forms take a genitive -s: nämndens, förvaltningens, styrelsernas, regeringens.
  static String stripGenitive(String s) {
    return s.matches("(?s).*(?:ens|ans|arnas|ernas|nas|ets)") ? s.substring(0, s.length() - 1) : s;
  }

  private static Thesaurus parse(JsonNode root, String source) {
    if (!root.isObject()) {
      throw new ThesaurusException(source + ": the top level must be a JSON object with concepts and actors.");
    }
    String mode = root.path("mode").asText("extend");
    if (!mode.equals("extend") && !mode.equals("replace")) {
      throw new ThesaurusException(source + ": mode '" + mode + "' must be 'extend' or 'replace'.");
    }
    List<Concept> concepts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonNode conceptNodes = root.path("concepts");
    for (int i = 0; i < conceptNodes.size(); i++) {
      JsonNode node = conceptNodes.get(i);
      String where = source + ": concepts[" + i + "]";
      String id = required(node, "id", where);
      where += " (" + id + ")";
      String kind = required(node, "kind", where);
      if (!CONCEPT_KINDS.contains(kind)) {
        throw new ThesaurusException(where + ": kind '" + kind + "' must be one of " + new java.util.TreeSet<>(CONCEPT_KINDS) + ".");
      }
      if (!ids.add(id)) {
        throw new ThesaurusException(where + ": the id is used twice; give each concept its own id.");
      }
      concepts.add(new Concept(id, kind, required(node, "label", where), strings(node, "aliases", where),
          strings(node, "terms", where), node.path("version").isMissingNode() ? null : node.path("version").asText(),
          strings(node, "related", where)));
    }
    for (Concept concept : concepts) {
      for (String related : concept.related()) {
        if (!ids.contains(related)) {
          throw new ThesaurusException(source + ": concept " + concept.id() + " is related to unknown id '" + related + "'; add that concept or fix the id.");
        }
      }
    }
    List<Actor> actors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    JsonNode actorNodes = root.path("actors");
    for (int i = 0; i < actorNodes.size(); i++) {
      JsonNode node = actorNodes.get(i);
      String where = source + ": actors[" + i + "]";
      String name = required(node, "name", where);
      where += " (" + name + ")";
      String kind = required(node, "kind", where);
      if (!ACTOR_KINDS.contains(kind)) {
        throw new ThesaurusException(where + ": kind '" + kind + "' must be one of " + new java.util.TreeSet<>(ACTOR_KINDS) + ".");
      }
      if (!names.add(fold(name))) {
        throw new ThesaurusException(where + ": the actor is listed twice; merge the two entries.");
      }
      String board = node.hasNonNull("board") ? node.get("board").asText() : null;
      if (board != null && !kind.equals("office")) {
        throw new ThesaurusException(where + ": only an office names a board; remove 'board' or make the kind 'office'.");
      }
      actors.add(new Actor(name, kind, strings(node, "aliases", where), board));
    }
    List<ActorPattern> patterns = new ArrayList<>();
    JsonNode patternNodes = root.path("actorPatterns");
    for (int i = 0; i < patternNodes.size(); i++) {
      JsonNode node = patternNodes.get(i);
      String where = source + ": actorPatterns[" + i + "]";
      String regex = required(node, "regex", where);
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new ThesaurusException(where + ": regex '" + regex + "' does not compile (" + e.getDescription() + ").", e);
      }
      String kind = required(node, "kind", where);
      if (!ACTOR_KINDS.contains(kind)) {
        throw new ThesaurusException(where + ": kind '" + kind + "' must be one of " + new java.util.TreeSet<>(ACTOR_KINDS) + ".");
      }
      patterns.add(new ActorPattern(regex, kind, required(node, "name", where)));
    }
    return new Thesaurus(root.path("name").asText(source), concepts, actors, patterns);
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ThesaurusException(where + ": '" + field + "' is missing or not a non-empty string.");
    }
    return value.asText().strip();
  }

  private static List<String> strings(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ThesaurusException(where + ": '" + field + "' must be a list of strings.");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new ThesaurusException(where + ": '" + field + "' holds an empty or non-string entry.");
      }
      out.add(item.asText().strip());
    }
    return out;
  }
}
