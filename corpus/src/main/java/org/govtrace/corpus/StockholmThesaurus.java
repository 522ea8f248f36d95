package org.govtrace.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.govtrace.core.Thesaurus;

/**
 * The bundled thesaurus of Stockholms stad: the rights areas of the 2018 strategy, the focus areas of the 2025
 * human-rights programme, target groups, and the city's boards, offices and collective actors.
 */
public final class StockholmThesaurus {

  /** The classpath resource holding the thesaurus JSON. */
  public static final String RESOURCE = "thesaurus-stockholm.json";

  private StockholmThesaurus() {}

  /**
   * Reads the bundled thesaurus; each call parses the resource again, so keep the result.
   *
   * @return the Stockholm thesaurus
   */
  public static Thesaurus load() {
    try (InputStream in = StockholmThesaurus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // The resource is part of the jar; missing means a broken build, not a user error.
        throw new UncheckedIOException(new IOException("The bundled " + RESOURCE + " is missing from the govtrace-corpus jar; rebuild it."));
      }
      return Thesaurus.load(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("The bundled " + RESOURCE + " cannot be read", e);
    }
  }
}
