package org.govtrace.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicon's entries as patterns: a space is any run of white space, on whole words, in a look-behind too. */
class LexiconTest {

  private static Pattern entry(String regex) {
    return Lexicon.parse(("[test.re]\n" + regex + "\n").getBytes(StandardCharsets.UTF_8)).anyOf("test.re");
  }

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      (?<!inte kan )finansieras          | uppdraget inte kan finansieras  | false
      (?<!inte kan )finansieras          | uppdraget kan finansieras       | true
      (?<!inte kan )finansieras          | uppdraget inte  kan   finansieras | false
      (?<!inte )(?<!inte har )frigjort   | har inte har frigjort tid        | false
      inom ramen                         | inom    ramen för budgeten       | true
      ramen                              | budgetramen                      | false
      \\d{1,2}[.)] mål                   | 3) mål                           | true
      """)
  void matchesAnEntryAsItsAuthorMeant(String regex, String text, boolean found) {
    assertEquals(found, entry(regex).matcher(text).find());
  }
}
