package org.framewright.io.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framewright.io.DataFileException;

/**
 * Reads a CSV text into a {@link RawTable} with commons-csv (RFC 4180 quoting). The delimiter is a comma, or a
 * semicolon or tab when the header line has more of those. A quoting error ends the table with an error at its
 * line; the rows before it are kept.
 */
public final class CsvTables {

    /** commons-csv ends its messages with the place; we give the place ourselves. */
    private static final Pattern PLACE = Pattern.compile("\\s*(\\(startline \\d+\\)|at line: \\d+, position: \\d+)\\s*");

    private static final Pattern LINE = Pattern.compile("(?:at line: |\\(startline )(\\d+)");

    private CsvTables() {
    }

    /** The table in {@code source}'s text; problems go to {@code problems}. */
    public static RawTable read(SourceFile source, Problems problems) throws DataFileException {
        String text = source.text();
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            try {
                for (CSVRecord record : parser) {
                    long line = lines.lineOf(start(text, record.getCharacterPosition()));
                    RawRow row = new RawRow(line, record.toList());
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            } catch (UncheckedIOException e) {
                long line = errorLine(e, parser.getCurrentLineNumber());
                if (rows.isEmpty()) {
                    // malformed before any row: bad content (exit 1), not an empty file
                    problems.error(line, 1, "", Messages.malformedBeforeHeader(reason(e)));
                    return new RawTable(new RawRow(line, List.of()), List.of());
                }
                problems.error(line, 1, "", Messages.malformedCsv(reason(e)));
            }
        } catch (IOException e) {
            throw new DataFileException(source.path(), Messages.cannotRead(reason(e)), e);
        }
        if (rows.isEmpty()) {
            throw new DataFileException(source.path(), Messages.emptyFile());
        }
        return new RawTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
    }

    /** Where a record really starts: commons-csv gives the position before the empty lines it skipped. */
    private static long start(String text, long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return start;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The line commons-csv names in its message ("at line: N" or "(startline N)"), else the parser's line. */
    private static long errorLine(UncheckedIOException e, long parserLine) {
        Matcher matcher = LINE.matcher(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : Math.max(parserLine, 1);
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return PLACE.matcher(message).replaceAll(" ").strip();
    }
}
