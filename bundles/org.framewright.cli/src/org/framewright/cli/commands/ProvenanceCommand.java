package org.framewright.cli.commands;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.CsvTableWriter;
import org.framewright.model.Framework;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.query.ProvenanceQuery;

/**
 * {@code framewright provenance MODEL [--status inferred|invented|stated|derived] [--format table|csv]}: every
 * provenance record of a framework in model order (issue 19), optionally only those of one status. CSV columns
 * exactly {@code element,attribute,status,source,location,reason} (attribute empty for a record about the whole
 * element). Exit 0, or 2 when the file cannot be read or an option is wrong.
 */
public final class ProvenanceCommand implements Command {

    /** The CSV header, the command's contract. */
    public static final List<String> COLUMNS = List.of("element", "attribute", "status", "source", "location", "reason");

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.choice("status", List.of("inferred", "invented", "stated", "derived"), "only the records of this status"),
        Option.choice("format", List.of("table", "csv"), "the output (default table)"));

    @Override
    public String name() {
        return "provenance";
    }

    @Override
    public String summary() {
        return "List where each modelled fact comes from: element, attribute, status, source, location, reason";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        Arguments parsed = LINE.parse(name(), args);
        if (parsed.positionals().size() != 1) {
            throw new CommandException("provenance: expected one framework file; usage: framewright provenance "
                + usage());
        }
        String status = parsed.choice("status", null);
        String format = parsed.choice("format", "table");
        Framework framework = ModelFiles.require(context, parsed.positionals().get(0));
        ProvenanceQuery query = new ProvenanceQuery(framework);
        List<ProvenanceQuery.Entry> entries = status == null ? query.entries()
            : query.entries(ProvenanceStatus.get(status.toLowerCase(Locale.ROOT)));
        List<List<String>> rows = new ArrayList<>();
        for (ProvenanceQuery.Entry entry : entries) {
            Provenance p = entry.provenance();
            rows.add(List.of(text(entry.element().getId()), entry.attribute(), p.getStatus().getLiteral(),
                text(p.getSource()), text(p.getLocation()), text(p.getReason())));
        }
        if (format.equals("csv")) {
            CsvTableWriter.write(context.out(), COLUMNS, rows);
        } else {
            table(context, rows);
        }
        context.out().flush();
        return ExitCode.OK;
    }

    private static void table(CommandContext context, List<List<String>> rows) {
        int[] widths = new int[COLUMNS.size() - 1];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = COLUMNS.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(COLUMNS);
        all.addAll(rows);
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                line.append(String.format("%-" + widths[c] + "s  ", row.get(c)));
            }
            line.append(row.get(widths.length));
            context.out().println(line.toString().stripTrailing());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\n', ' ');
    }
}
