package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.DataImport;
import org.framewright.model.Framework;
import org.framewright.model.Frequency;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.series.Rag;
import org.framewright.scoring.series.ScorecardRow;
import org.framewright.scoring.series.Scorecards;

/**
 * {@code framewright scorecard MODEL --data FILE [--council CODE] [--from P] [--to P] [--format table|csv|html]}:
 * a grid of indicators x periods with each value's RAG against its target, the year-to-date value and RAG and the
 * direction of travel. The data's periods must be of the frequency the model's indicators declare.
 */
public final class ScorecardCommand implements Command {

    /** The CSV header of the contract. */
    public static final List<String> COLUMNS = List.of("council", "indicator", "period", "value", "target", "rag",
        "ytd_value", "ytd_rag", "direction");

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' values by period (native CSV or XLSX)").required(),
        Option.value("council", "CODE", "only this council (default: every council of the data)"),
        Option.value("from", "P", "the first period shown, e.g. 2023-04"),
        Option.value("to", "P", "the last period shown, e.g. 2023-11"),
        Option.choice("format", List.of("table", "csv", "html"), "the output (default table)"),
        Option.value("out", "FILE", "write the output to FILE (atomically) instead of standard output"));

    @Override
    public String name() {
        return "scorecard";
    }

    @Override
    public String summary() {
        return "Monthly scorecard: values against targets (RAG), year to date, direction of travel";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        Arguments arguments = LINE.parse(name(), args);
        if (arguments.positionals().size() != 1) {
            throw arguments.usage("give exactly one MODEL file");
        }
        String format = arguments.choice("format", "table");
        Framework framework = Inputs.framework(context, arguments.positionals().get(0));
        Frequency frequency = PeriodCalendar.declaredBy(framework);
        if (frequency == Frequency.UNSPECIFIED) {
            throw new CommandException("framework " + framework.getId()
                + " declares no frequency (monthly, quarterly or annual) for its indicators; a scorecard needs one",
                ExitCode.FAILURE, null);
        }
        DataImport data = SeriesInputs.data(context, arguments.required("data"), framework, null, frequency);
        String council = arguments.option("council");
        if (council != null && !Scorecards.councils(data.dataSet()).contains(council)) {
            throw new CommandException("--council: the data has no council " + council + "; its councils: "
                + String.join(", ", Scorecards.councils(data.dataSet())), ExitCode.FAILURE, null);
        }
        List<ScorecardRow> rows;
        try {
            rows = Scorecards.build(framework, data.dataSet(), council, arguments.option("from"), arguments.option("to"));
        } catch (IllegalArgumentException e) {
            throw arguments.usage(e.getMessage());
        }
        SeriesTable table = new SeriesTable(COLUMNS);
        for (ScorecardRow row : rows) {
            table.row(List.of(SeriesTable.Cell.of(row.council()), SeriesTable.Cell.of(row.indicator().getId()),
                SeriesTable.Cell.of(row.period()), rag(ScoreFormat.format(row.value()), row.rag()),
                SeriesTable.Cell.of(ScoreFormat.format(row.target())), rag(label(row.rag()), row.rag()),
                rag(ScoreFormat.format(row.ytdValue()), row.ytdRag()), rag(label(row.ytdRag()), row.ytdRag()),
                SeriesTable.Cell.of(row.direction() == null ? "" : row.direction().label())));
        }
        Output.write(context, arguments.option("out"), table.render(format, "Scorecard: " + framework.getName(),
            "html".equals(format) ? sparklines(rows) : null));
        return ExitCode.OK;
    }

    private static SeriesTable.Cell rag(String text, Rag rag) {
        return new SeriesTable.Cell(text, rag == null ? null : rag.label());
    }

    private static String label(Rag rag) {
        return rag == null ? "" : rag.label();
    }

    /** Per council and indicator, an inline SVG line of the values with the target as a dashed line. */
    private static String sparklines(List<ScorecardRow> rows) {
        Map<String, List<ScorecardRow>> series = new LinkedHashMap<>();
        for (ScorecardRow row : rows) {
            series.computeIfAbsent(row.council() + " " + row.indicator().getId(), k -> new ArrayList<>()).add(row);
        }
        StringBuilder out = new StringBuilder("<div class=\"sparklines\">\n");
        for (Map.Entry<String, List<ScorecardRow>> entry : series.entrySet()) {
            List<ScorecardRow> points = entry.getValue();
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (ScorecardRow p : points) {
                for (Double v : new Double[] {p.value(), p.target()}) {
                    if (v != null) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (min > max) {
                continue;
            }
            double span = max == min ? 1 : max - min;
            int width = 120;
            int height = 24;
            StringBuilder line = new StringBuilder();
            StringBuilder target = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = points.size() == 1 ? 0 : (double) i * width / (points.size() - 1);
                ScorecardRow p = points.get(i);
                if (p.value() != null) {
                    line.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, height - (p.value() - min) / span * height));
                }
                if (p.target() != null) {
                    target.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, height - (p.target() - min) / span * height));
                }
            }
            out.append("<p>").append(SeriesTable.escape(entry.getKey())).append(" <svg width=\"").append(width)
                .append("\" height=\"").append(height).append("\"><polyline fill=\"none\" stroke=\"#777\" stroke-dasharray=\"3\" points=\"")
                .append(target.toString().strip()).append("\"/><polyline fill=\"none\" stroke=\"#036\" points=\"")
                .append(line.toString().strip()).append("\"/></svg></p>\n");
        }
        return out.append("</div>\n").toString();
    }
}
