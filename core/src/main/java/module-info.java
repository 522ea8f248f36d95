/**
 * govtrace core: analyse, index and query Swedish governance documents. The facade {@code GovTrace} and the
 * records it returns are the API; the stage packages (extract, text, nlp, profile, analysis, index, …) are not
 * exported. The module is open so that Jackson can read and write its records reflectively.
 *
 * <p>A new dependency used from main code needs its {@code requires} line here, or the build fails.
 */
open module org.govtrace.core {
  requires java.xml;
  requires org.apache.tika.core;
  requires org.apache.tika.parser.pdf;
  requires org.apache.tika.parser.ocr;
  requires org.apache.opennlp.tools;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.queries;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires io.github.javadiffutils;
  requires org.slf4j;

  exports org.govtrace.core;
  exports org.govtrace.core.model;
  exports org.govtrace.core.query;
}
