package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.cli.Arguments;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.Option;
import org.framewright.model.AggregationMethod;
import org.framewright.model.NormalisationMethod;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;

/**
 * The parsed arguments of {@code framewright simulate}; every problem is a usage error (exit 2), but a bad value of
 * the threshold and missing-policy options (exit 1, {@link RuleUncertaintyOptions}).
 */
record SimulateOptions(String model, String data, String scheme, String period, String groups, long samples, long seed,
        Uncertainty uncertainty, boolean sensitivity, int sensitivitySamples, String sensitivityOut,
        boolean sensitivityPerWeight, int threads, String format) {

    /** The options of {@code simulate}, in usage order. */
    static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the councils' data: native CSV, NHS England ASCOF open-data CSV or XLSX")
            .required(),
        Option.value("scheme", "ID", "the scoring scheme (required when the model has several)"),
        Option.value("period", "P", "the period scored (required when the data has several)"),
        ComparatorGroups.OPTION,
        Option.value("samples", "N", "the number of Monte Carlo draws").required(),
        Option.value("seed", "S", "the random seed (the same seed gives the same results)").required(),
        Option.value("perturb", "weights:P|dirichlet:C", "how weights are perturbed (default weights:0.25)"),
        Option.value("perturb-rules", "RULE,...", "perturb only these aggregation rules' weights"),
        Option.value("methods", "RULE=METHOD,...", "draw RULE's aggregation method among these").repeatable(),
        Option.value("normalisations", "N,...", "draw the normalisation among these"),
        Option.flag("sensitivity", "also estimate which weights move the results most"),
        Option.value("sensitivity-samples", "N", "base samples of the sensitivity estimate"),
        Option.value("sensitivity-out", "FILE", "write the sensitivity indices as CSV to FILE"),
        Option.choice("sensitivity-by", List.of("rule", "input"),
            "one sensitivity input per rule's weights (default) or per weight"),
        Option.value("threads", "T", "threads drawing (default: the processors)"),
        Option.choice("format", List.of("table", "csv", "json"), "the output (default table)"),
        RuleUncertaintyOptions.PERTURB_THRESHOLDS, RuleUncertaintyOptions.THRESHOLD_RULES,
        RuleUncertaintyOptions.MISSING_POLICIES);

    static SimulateOptions parse(List<String> args) throws CommandException {
        Arguments arguments = LINE.parse("simulate", args);
        Map<String, List<String>> methods = new LinkedHashMap<>();
        for (String value : arguments.values("methods")) {
            int equals = value.indexOf('=');
            if (equals <= 0) {
                throw new CommandException("simulate: --methods takes RULE=METHOD,METHOD, not '" + value + "'");
            }
            methods.put(value.substring(0, equals), List.of(value.substring(equals + 1).split(",")));
        }
        List<String> positional = arguments.positionals();
        if (positional.size() != 1) {
            throw new CommandException("simulate: give exactly one MODEL file, not " + positional.size());
        }
        for (String required : List.of("data", "samples", "seed")) {
            arguments.required(required);
        }
        String format = arguments.option("format", "table");
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new CommandException("simulate: --format must be table, csv or json, not '" + format + "'");
        }
        String sensitivityBy = arguments.option("sensitivity-by", "rule");
        if (!List.of("rule", "input").contains(sensitivityBy)) {
            throw new CommandException("simulate: --sensitivity-by must be rule or input, not '" + sensitivityBy + "'");
        }
        long samples = number(arguments, "samples", 1, UncertainScheme.MAX_SAMPLES, 0);
        int threads = (int) number(arguments, "threads", 1, 1024, Runtime.getRuntime().availableProcessors());
        return new SimulateOptions(positional.get(0), arguments.option("data"), arguments.option("scheme"),
            arguments.option("period"), arguments.option("groups"), samples, number(arguments, "seed", Long.MIN_VALUE, Long.MAX_VALUE, 0),
            RuleUncertaintyOptions.apply("simulate", arguments, uncertainty(arguments, methods)), arguments.has("sensitivity") || arguments.has("sensitivity-by"),
            (int) number(arguments, "sensitivity-samples", 2, UncertainScheme.MAX_SAMPLES, 0),
            arguments.option("sensitivity-out"), sensitivityBy.equals("input"), threads, format);
    }

    private static Uncertainty uncertainty(Arguments arguments, Map<String, List<String>> methods)
            throws CommandException {
        String perturb = arguments.option("perturb", "weights:0.25");
        int colon = perturb.indexOf(':');
        String kind = colon < 0 ? perturb : perturb.substring(0, colon);
        WeightPerturbation perturbation = switch (kind) {
            case "weights" -> WeightPerturbation.UNIFORM_FACTOR;
            case "dirichlet" -> WeightPerturbation.DIRICHLET;
            default -> throw new CommandException("simulate: --perturb takes weights:P or dirichlet:C, not '" + perturb + "'");
        };
        double amount;
        try {
            amount = Double.parseDouble(perturb.substring(colon + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new CommandException("simulate: --perturb takes weights:P or dirichlet:C, not '" + perturb + "'");
        }
        String problem = perturbation.checkAmount(amount);
        if (colon < 0 || problem != null) {
            throw new CommandException("simulate: --perturb " + perturb + ": " + (problem == null ? "no amount" : problem));
        }
        Map<String, List<AggregationMethod>> choices = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : methods.entrySet()) {
            List<AggregationMethod> parsed = new ArrayList<>();
            for (String name : entry.getValue()) {
                AggregationMethod method = AggregationMethod.get(literal(name));
                if (method == null) {
                    throw new CommandException("simulate: --methods: unknown aggregation method '" + name + "'");
                }
                parsed.add(method);
            }
            choices.put(entry.getKey(), parsed);
        }
        List<NormalisationMethod> normalisations = new ArrayList<>();
        String listed = arguments.option("normalisations");
        for (String name : listed == null ? new String[0] : listed.split(",")) {
            NormalisationMethod method = NormalisationMethod.get(name.trim().toLowerCase(Locale.ROOT));
            if (method == null) {
                throw new CommandException("simulate: --normalisations: unknown normalisation '" + name + "'");
            }
            normalisations.add(method);
        }
        String rules = arguments.option("perturb-rules");
        return new Uncertainty(perturbation, amount, rules == null ? List.of() : List.of(rules.split(",")), choices,
            normalisations);
    }

    /** A method as the model writes it: "weighted-mean" and "weighted_mean" mean "weighted mean". */
    private static String literal(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }

    private static long number(Arguments arguments, String option, long min, long max, long fallback)
            throws CommandException {
        String text = arguments.option(option);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandException("simulate: --" + option + " must be a whole number from " + min + " to " + max
                + ", not '" + text + "'");
        }
    }
}
