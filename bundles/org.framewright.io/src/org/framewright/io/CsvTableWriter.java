package org.framewright.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framewright.model.resource.AtomicFile;
import org.framewright.model.resource.AtomicFiles;

/**
 * Writes a table as CSV (RFC 4180 quoting by commons-csv, UTF-8, LF line ends), either to a stream or to a file.
 * A file is written to a temporary file beside it and renamed over the target by {@link #commit()}; closing
 * without committing deletes the temporary file, so the target is never left half-written.
 * <p>
 * Cells: {@code null} is an empty cell; a {@code Double}/{@code Float} is written in plain decimal notation
 * without trailing zeros (NaN and infinities as empty cells); anything else by {@code String.valueOf}.
 *
 * <pre>{@code
 * try (CsvTableWriter csv = CsvTableWriter.toFile(out, List.of("council", "score"))) {
 *     csv.row("E09000002", 3.5);
 *     csv.commit();
 * }
 * }</pre>
 */
public final class CsvTableWriter implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final CSVPrinter printer;
    private final PrintStream stream;
    private final AtomicFile file;
    private boolean finished;

    private CsvTableWriter(Writer writer, PrintStream stream, AtomicFile file, List<String> header)
        throws IOException {
        this.printer = new CSVPrinter(writer, FORMAT);
        this.stream = stream;
        this.file = file;
        printer.printRecord(header);
    }

    /** A writer that replaces {@code target} atomically on {@link #commit()}; the header is written first. */
    public static CsvTableWriter toFile(Path target, List<String> header) throws IOException {
        AtomicFile file = AtomicFiles.open(target);
        try {
            return new CsvTableWriter(new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8)),
                null, file, header);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** A writer to {@code out} (e.g. System.out), which is flushed but never closed. */
    public static CsvTableWriter toStream(PrintStream out, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new CsvTableWriter(writer, out, null, header);
    }

    /** Writes {@code header} and {@code rows} to {@code target}, replacing it atomically. */
    public static void write(Path target, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        try (CsvTableWriter csv = toFile(target, header)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
            csv.commit();
        }
    }

    /** Writes {@code header} and {@code rows} to {@code out}. */
    public static void write(PrintStream out, List<String> header, Iterable<? extends List<?>> rows)
        throws IOException {
        try (CsvTableWriter csv = toStream(out, header)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
            csv.commit();
        }
    }

    /** Writes one row. */
    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(CsvTableWriter::cell).toList());
    }

    /** Writes one row. */
    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /** Finishes: flushes a stream, or closes the temporary file and renames it over the target. */
    public void commit() throws IOException {
        printer.flush();
        if (stream != null) {
            finished = true;
            if (stream.checkError()) {
                throw new IOException("could not write the CSV output");
            }
            return;
        }
        printer.flush();
        file.commit();
        finished = true;
    }

    /** Without a {@link #commit()}: discards a file's output (the target stays as it was). */
    @Override
    public void close() throws IOException {
        if (stream != null) {
            printer.flush();
            return;
        }
        if (!finished) {
            file.close();
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return "";
            }
            // Float.toString keeps 0.1f as 0.1 (its double value is 0.10000000149...)
            BigDecimal decimal = value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(number);
            String plain = decimal.stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }
        return String.valueOf(value);
    }
}
