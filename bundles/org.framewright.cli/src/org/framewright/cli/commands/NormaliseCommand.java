package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.framewright.io.CsvTableWriter;
import org.framewright.io.DataImport;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Observation;
import org.framewright.model.Polarity;
import org.framewright.scoring.Normalisation;
import org.framewright.scoring.Normaliser.Normalised;
import org.framewright.scoring.ScoreFormat;

/**
 * {@code framewright normalise --data FILE --method minmax|zscore|robust-z|rank|percentile [--model MODEL]
 * [--period P] [--format csv]}: normalises every indicator of a data set across councils, per period, with the
 * polarity (and target) of the model's indicator when a model is given, else higher is better.
 */
public final class NormaliseCommand implements Command {

    private static final CommandLine LINE = new CommandLine("",
        Option.value("data", "FILE", "the councils' data: native CSV, NHS England ASCOF open-data CSV or XLSX")
            .required(),
        Option.choice("method", List.of("minmax", "zscore", "robust-z", "rank", "percentile"),
            "the normalisation").required(),
        Option.value("model", "MODEL", "take each indicator's polarity (and target) from this framework"),
        Option.value("period", "P", "normalise only this period"),
        Option.choice("format", List.of("csv"), "the output (default csv)"));

    @Override
    public String name() {
        return "normalise";
    }

    @Override
    public String summary() {
        return "Normalise every indicator of a data set across councils";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        Arguments arguments = LINE.parse(name(), args);
        if (!arguments.positionals().isEmpty()) {
            throw arguments.usage("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
        String dataFile = arguments.required("data");
        Normalisation method = Normalisation.fromLabel(arguments.choice("method", null));
        if (method == null) {
            throw arguments.usage("--method is required");
        }
        arguments.choice("format", "csv");
        String model = arguments.option("model");
        Framework framework = model == null ? null : Inputs.framework(context, model);
        DataImport data = Inputs.data(context, dataFile, framework, arguments.option("period"));
        if (data == null) {
            return ExitCode.FAILURE;
        }
        Map<String, List<Observation>> series = new LinkedHashMap<>();
        for (Observation observation : data.dataSet().getObservations()) {
            if (observation.getValue() != null && blank(observation.getGroup()) && blank(observation.getCategory())) {
                series.computeIfAbsent(observation.getNodeId() + '\u0000' + observation.getPeriod(), k -> new ArrayList<>())
                    .add(observation);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.toStream(out, List.of("council", "id", "period", "value", "normalised"))) {
            for (List<Observation> observations : series.values()) {
                writeSeries(context, csv, method, indicator(framework, observations.get(0).getNodeId()), observations);
            }
            csv.commit();
        }
        context.out().print(bytes.toString(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }

    private static void writeSeries(CommandContext context, CsvTableWriter csv, Normalisation method, Indicator indicator,
            List<Observation> observations) throws IOException {
        List<Double> values = observations.stream().map(Observation::getValue).toList();
        Normalised normalised = method.create().normalise(values,
            indicator == null ? Polarity.HIGHER_IS_BETTER : indicator.getPolarity(), indicator == null ? null : indicator.getTarget());
        Observation first = observations.get(0);
        if (normalised.problem() != null) {
            context.err().println("warning: " + first.getNodeId() + (first.getPeriod() == null ? "" : " " + first.getPeriod())
                + ": " + normalised.problem() + "; not normalised");
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation observation = observations.get(i);
            csv.row(observation.getCouncil().getId(), observation.getNodeId(), observation.getPeriod() == null ? "" : observation.getPeriod(),
                BigDecimal.valueOf(observation.getValue()).stripTrailingZeros().toPlainString(),
                ScoreFormat.format(normalised.values().get(i)));
        }
    }

    private static Indicator indicator(Framework framework, String id) {
        if (framework == null) {
            return null;
        }
        return framework.getIndicators().stream().filter(i -> id.equals(i.getId())).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
