package org.govtrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DehyphenatorTest {

  private final Dehyphenator dehyphenator = new Dehyphenator();

  /** A word split by a line-end hyphen is rejoined; a hyphen Swedish writes anyway is kept. */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Det gäller utvecklings- | arbete i staden | Det gäller utvecklingsarbete i staden",
        "stärka social- | tjänstens arbete | stärka socialtjänstens arbete",
        "inom ramen för MR- | programmet | inom ramen för MR-programmet",
        "EU- | kommissionens ramverk | EU-kommissionens ramverk",
        "de nya 2030- | målen | de nya 2030-målen",
        "fler e- | tjänster | fler e-tjänster",
        "Arbetsmarknads- | och socialnämnden | Arbetsmarknads- och socialnämnden",
        "några miljö- | eller klimatkonsekvenser | några miljö- eller klimatkonsekvenser",
        "styr- | samt ledningssystem | styr- samt ledningssystem",
        "Nord- | Sverige | Nord-Sverige",
        "stöd till | nämnderna | stöd till nämnderna",
        "finns 40 – | av totalt 44 | finns 40 – av totalt 44",
      })
  void joinsTwoWrappedLines(String left, String right, String joined) {
    assertEquals(joined, dehyphenator.join(left, right));
  }
}
