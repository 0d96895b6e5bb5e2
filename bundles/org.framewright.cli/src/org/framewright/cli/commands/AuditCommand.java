package org.framewright.cli.commands;

import java.util.List;
import java.util.Locale;

import org.framewright.audit.AuditReport;
import org.framewright.audit.StatisticalAudit;
import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.DataImport;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringException;

/**
 * {@code framewright audit MODEL --data FILE [--period P] [--format table|html|json] [--out FILE]}: the statistical
 * audit of the model's scoring scheme (its first, when it has several) on the councils' data (issue 16).
 */
public final class AuditCommand implements Command {

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data: native CSV, NHS England ASCOF open-data CSV or XLSX")
            .required(),
        Option.value("period", "P", "the period audited (required when the data has several)"),
        Option.choice("format", List.of("table", "html", "json"), "the output (default table)"),
        Option.value("out", "FILE", "write the output to FILE (atomically) instead of standard output"));

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
        String period = arguments.option("period");
        Framework framework = Inputs.framework(context, arguments.positionals().get(0));
        if (framework.getSchemes().isEmpty()) {
            throw new CommandException("framework " + framework.getId() + " has no scoring scheme to audit",
                ExitCode.ERROR, null);
        }
        ScoringScheme scheme = framework.getSchemes().get(0);
        DataImport data = Inputs.data(context, dataFile, framework, period);
        if (data == null) {
            return ExitCode.FAILURE;
        }
        AuditReport report;
        try {
            report = StatisticalAudit.run(framework, scheme, data.dataSet(), period);
        } catch (ScoringException e) {
            throw new CommandException(e.getMessage(), ExitCode.ERROR, e);
        }
        if (report.indicators().isEmpty()) {
            throw new CommandException(dataFile + ": no indicator of framework " + framework.getId()
                + " has a value in " + (report.period() == null ? "the data" : "period " + report.period())
                + "; nothing to audit", ExitCode.FAILURE, null);
        }
        String text = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> AuditJson.render(report);
            case "html" -> AuditHtml.render(report);
            default -> AuditTable.render(report);
        };
        Output.write(context, arguments.option("out"), text);
        return ExitCode.OK;
    }
}
