package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.framewright.io.CsvTableWriter;

/**
 * A table of text cells as the {@code scorecard}, {@code benchmark} and {@code trend} commands print it: CSV with
 * the contract's header, an aligned plain-text table, or an HTML page (cells may carry a CSS class, e.g. a RAG
 * colour).
 */
final class SeriesTable {

    /** One cell: its text and an optional CSS class for HTML. */
    record Cell(String text, String css) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null);
        }
    }

    private final List<String> header;
    private final List<List<Cell>> rows = new ArrayList<>();
    /** Marks before rows, by the index of the row they precede (tables and HTML only: CSV keeps the contract). */
    private final java.util.Map<Integer, String> marks = new java.util.HashMap<>();

    SeriesTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    void row(List<Cell> cells) {
        rows.add(List.copyOf(cells));
    }

    void row(String... cells) {
        rows.add(java.util.Arrays.stream(cells).map(Cell::of).toList());
    }

    /**
     * A mark before the next row, e.g. a change of framework: a line of its own in the table and a row across the
     * columns in HTML. CSV leaves it out, its columns being a contract.
     */
    void mark(String text) {
        marks.merge(rows.size(), text, (a, b) -> a + "; " + b);
    }

    String render(String format, String title, String htmlExtra) {
        return switch (format) {
            case "csv" -> csv();
            case "html" -> html(title, htmlExtra);
            default -> table();
        };
    }

    String csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.toStream(out, header)) {
            for (List<Cell> row : rows) {
                csv.row(row.stream().map(Cell::text).toList());
            }
            csv.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    String table() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<Cell> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).text().length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        for (int i = 0; i < rows.size(); i++) {
            if (marks.containsKey(i)) {
                out.append("--- ").append(marks.get(i)).append(" ---").append(System.lineSeparator());
            }
            line(out, rows.get(i).stream().map(Cell::text).toList(), widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(String.format("%-" + widths[i] + "s", cells.get(i)));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    String html(String title, String extra) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
            .append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                + "td,th{border:1px solid #999;padding:2px 6px;text-align:right}th{background:#eee}"
                + ".break td{text-align:left;font-weight:bold;border-top:3px double #000;background:#fff8dc}"
                + ".Green{background:#3c9a46;color:#fff}.Amber{background:#f0a830}.Red{background:#c8312b;color:#fff}"
                + "</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
        if (extra != null) {
            out.append(extra);
        }
        out.append("<table>\n<tr>");
        header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = rows.get(i);
            if (marks.containsKey(i)) {
                out.append("<tr class=\"break\"><td colspan=\"").append(header.size()).append("\">")
                    .append(escape(marks.get(i))).append("</td></tr>\n");
            }
            out.append("<tr>");
            for (Cell cell : row) {
                out.append(cell.css() == null ? "<td>" : "<td class=\"" + escape(cell.css()) + "\">")
                    .append(escape(cell.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
