package org.framewright.examples.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framewright.io.CouncilDataFormat;
import org.framewright.io.CouncilValues;
import org.framewright.io.CouncilValues.Cell;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;

/**
 * A council data reader for the wide CSV that spreadsheets and LG Inform exports give: one row per council, one
 * column per indicator. The header is {@code council} (the ONS code), optionally {@code council_name} and
 * {@code period}, then one column per indicator, area or statement id; an empty cell is a missing value. Told from
 * Framewright's long CSV by its header: a {@code council} column, and neither {@code id} nor {@code value}.
 */
public final class WideCsvFormat implements CouncilDataFormat {

    /** The format's name, as messages and the import wizard show it. */
    public static final String NAME = "Wide CSV (one row per council, one column per indicator)";

    private static final List<String> FIXED = List.of("council", "council_name", "period");

    @Override
    public boolean reads(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = text.indexOf('\n');
        if (end < 0) {
            return false;
        }
        List<String> header = List.of(text.substring(0, end).strip().toLowerCase(Locale.ROOT).split(","))
            .stream().map(String::strip).toList();
        return header.size() >= 2 && header.get(0).equals("council") && !header.contains("id")
            && !header.contains("value");
    }

    @Override
    public DataImport read(Path file, ImportOptions options) throws DataFileException {
        CouncilValues values = new CouncilValues(file, NAME, options);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header == null) {
                    header = new ArrayList<>(record.toList().stream().map(String::strip).toList());
                    if (!header.isEmpty()) {
                        header.set(0, header.get(0).replace("\uFEFF", ""));
                    }
                    values.headerLine(line);
                    continue;
                }
                readRow(values, header, record, line);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(file, "not a readable wide CSV: " + e.getMessage());
        }
        return values.finish();
    }

    private static void readRow(CouncilValues values, List<String> header, CSVRecord record, long line) {
        if (record.size() != header.size()) {
            values.error(line, Math.min(record.size(), header.size()) + 1, "", "the row has " + record.size()
                + " cells but the header has " + header.size() + " columns");
            return;
        }
        String name = cell(header, record, "council_name");
        String period = cell(header, record, "period");
        Cell council = new Cell(record.get(0), 1, header.get(0));
        for (int i = 1; i < header.size(); i++) {
            String id = header.get(i);
            if (FIXED.contains(id.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Cell where = new Cell(record.get(i), i + 1, id);
            values.value(line, council, name, period, new Cell(id, i + 1, id), where);
        }
    }

    private static String cell(List<String> header, CSVRecord record, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(column)) {
                return record.get(i);
            }
        }
        return "";
    }
}
