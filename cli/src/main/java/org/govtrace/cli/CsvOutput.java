package org.govtrace.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a table as CSV that Swedish Excel opens as it is: UTF-8 with a byte order mark, semicolons between
 * columns (Excel's separator where the decimal mark is a comma), CRLF line ends, a header row.
 */
final class CsvOutput {

  private static final char BOM = '\uFEFF';
  private final CsvMapper mapper = new CsvMapper();

  void write(PrintWriter out, List<String> header, List<List<String>> rows) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
    // Written to a buffer first: closing Jackson's writer must not close the command's output.
    StringWriter buffer = new StringWriter();
    try (SequenceWriter writer = mapper.writer(schema).writeValues(buffer)) {
      writer.write(header.toArray(String[]::new));
      for (List<String> row : rows) {
        writer.write(row.stream().map(cell -> cell == null ? "" : cell).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV", e);
    }
    out.print(BOM);
    out.print(buffer);
    out.flush();
  }
}
