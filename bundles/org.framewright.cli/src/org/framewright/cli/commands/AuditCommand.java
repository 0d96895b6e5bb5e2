package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framewright.audit.AuditReport;
import org.framewright.audit.AuditTables;
import org.framewright.audit.WeightReport;
import org.framewright.audit.WeightScenarios;
import org.framewright.audit.WeightSunburst;
import org.framewright.audit.StatisticalAudit;
import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.CsvTableWriter;
import org.framewright.io.DataImport;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringException;

/**
 * {@code framewright audit MODEL --data FILE [--period P] [--groups FILE] [--format table|html|json] [--out FILE] [--weights FILE]
 * [--keep effective|pca|optimised]}: the statistical audit of the model's scoring scheme (its first, when it has
 * several) on the councils' data (issue 16); {@code --weights} also writes the weights of its inputs as CSV
 * ({@link WeightScenarios}), {@code --keep} the scheme with one set of them as a framework file beside the model.
 */
public final class AuditCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data: native CSV, NHS England ASCOF open-data CSV or XLSX")
            .required(),
        Option.value("period", "P", "the period audited (required when the data has several)"),
        ComparatorGroups.OPTION,
        Option.choice("format", List.of("table", "html", "json"), "the output (default table)"),
        Option.value("out", "FILE", "write the output to FILE (atomically) instead of standard output"),
        Option.value("weights", "FILE", "also write the weights (current, effective, PCA, optimised) as CSV to FILE"),
        Option.choice("keep", List.of("effective", "pca", "optimised"),
            "also write the scheme with these weights beside MODEL as MODEL-<weights>.framework"));

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "Statistical audit of a composite: indicator statistics, correlations, alpha, PCA, leave-one-out";
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
        String dataFile = arguments.required("data");
        String format = arguments.choice("format", "table");
        String weightsFile = arguments.option("weights");
        String keep = arguments.choice("keep", null);
        String period = arguments.option("period");
        Framework framework = Inputs.framework(context, arguments.positionals().get(0));
        if (framework.getSchemes().isEmpty()) {
            throw new CommandException("framework " + framework.getId() + " has no scoring scheme to audit",
                ExitCode.ERROR, null);
        }
        ScoringScheme scheme = framework.getSchemes().get(0);
        DataImport data = Inputs.scoringData(context, dataFile, framework, scheme, period);
        if (data == null) {
            return ExitCode.FAILURE;
        }
        ComparatorGroups.addGiven(context, arguments.option("groups"), data.dataSet());
        AuditReport report;
        try {
            report = StatisticalAudit.run(framework, scheme, data.dataSet(), period);
        } catch (ScoringException e) {
            throw Inputs.refusal("", e);
        }
        if (report.indicators().isEmpty()) {
            throw new CommandException(dataFile + ": no indicator of framework " + framework.getId()
                + " has a value in " + (report.period() == null ? "the data" : "period " + report.period())
                + "; nothing to audit", ExitCode.FAILURE, null);
        }
        String text = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> AuditJson.render(report);
            case "html" -> AuditHtml.render(report, sunburst(framework, scheme, data, period));
            default -> AuditTable.render(report);
        };
        WeightReport weights = null;
        if (weightsFile != null || keep != null) {
            try {
                weights = WeightScenarios.analyse(framework, scheme, data.dataSet(), period);
            } catch (ScoringException e) {
                throw Inputs.refusal("", e);
            }
            if (keep != null && weights.rows().isEmpty()) {
                throw new CommandException(arguments.positionals().get(0) + ": scheme " + scheme.getId()
                    + " has no mean or weighted-mean rule over scored nodes: no weights to keep", ExitCode.FAILURE,
                    null);
            }
        }
        Output.write(context, arguments.option("out"), text);
        if (weightsFile != null) {
            Output.write(context, weightsFile, csv(weights));
            weights.notes().forEach(note -> context.err().println("weights: " + note));
        }
        if (keep != null) {
            WeightScenarios.Kind kind = WeightScenarios.Kind.of(keep);
            WeightScenarios.Scenario scenario = WeightScenarios.scenario(scheme, weights, kind);
            Path model = context.resolve(arguments.positionals().get(0));
            try {
                Path file = WeightScenarios.keep(scenario, model, kind);
                scenario.notes().forEach(note -> context.err().println("keep: " + note));
                context.err().println("kept the " + kind.id() + " weights as " + file);
            } catch (IOException e) {
                throw new CommandException(WeightScenarios.fileFor(model, kind) + ": cannot write: " + e.getMessage(),
                    ExitCode.ERROR, e);
            }
        }
        return ExitCode.OK;
    }

    /** The sunburst of the scheme's weights, for the HTML page. */
    private static WeightSunburst sunburst(Framework framework, ScoringScheme scheme, DataImport data, String period)
            throws CommandException {
        try {
            return WeightSunburst.of(framework, WeightScenarios.analyse(framework, scheme, data.dataSet(), period));
        } catch (ScoringException e) {
            throw Inputs.refusal("", e);
        }
    }

    private static String csv(WeightReport report) throws CommandException {
        List<List<String>> rows = AuditTables.weights(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.toStream(out, rows.get(0))) {
            for (List<String> row : rows.subList(1, rows.size())) {
                csv.row(row);
            }
            csv.commit();
        } catch (IOException e) {
            throw new CommandException("cannot write the weights: " + e.getMessage(), ExitCode.ERROR, e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
