package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.cli.CommandException;
import org.framewright.model.AggregationMethod;
import org.framewright.model.NormalisationMethod;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;

/** The parsed arguments of {@code framewright simulate}; every problem is a usage error (exit 2). */
record SimulateOptions(String model, String data, String scheme, String period, long samples, long seed,
        Uncertainty uncertainty, boolean sensitivity, int sensitivitySamples, String sensitivityOut, int threads,
        String format) {

    static SimulateOptions parse(List<String> args) throws CommandException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> methods = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean sensitivity = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--sensitivity")) {
                sensitivity = true;
            } else if (List.of("--data", "--scheme", "--period", "--samples", "--seed", "--perturb", "--threads",
                "--format", "--methods", "--normalisations", "--perturb-rules", "--sensitivity-samples",
                "--sensitivity-out").contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new CommandException("simulate: " + arg + " needs a value");
                }
                String value = args.get(++i);
                if (arg.equals("--methods")) {
                    int equals = value.indexOf('=');
                    if (equals <= 0) {
                        throw new CommandException("simulate: --methods takes RULE=METHOD,METHOD, not '" + value + "'");
                    }
                    methods.put(value.substring(0, equals), List.of(value.substring(equals + 1).split(",")));
                } else if (values.put(arg, value) != null) {
                    throw new CommandException("simulate: " + arg + " given twice");
                }
            } else if (arg.startsWith("-")) {
                throw new CommandException("simulate: unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 1) {
            throw new CommandException("simulate: give exactly one MODEL file, not " + positional.size());
        }
        for (String required : List.of("--data", "--samples", "--seed")) {
            if (!values.containsKey(required)) {
                throw new CommandException("simulate: " + required + " is required");
            }
        }
        String format = values.getOrDefault("--format", "table");
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new CommandException("simulate: --format must be table, csv or json, not '" + format + "'");
        }
        long samples = number(values, "--samples", 1, UncertainScheme.MAX_SAMPLES, 0);
        int threads = (int) number(values, "--threads", 1, 1024, Runtime.getRuntime().availableProcessors());
        return new SimulateOptions(positional.get(0), values.get("--data"), values.get("--scheme"),
            values.get("--period"), samples, number(values, "--seed", Long.MIN_VALUE, Long.MAX_VALUE, 0),
            uncertainty(values, methods), sensitivity,
            (int) number(values, "--sensitivity-samples", 2, UncertainScheme.MAX_SAMPLES, 0),
            values.get("--sensitivity-out"), threads, format);
    }

    private static Uncertainty uncertainty(Map<String, String> values, Map<String, List<String>> methods)
            throws CommandException {
        String perturb = values.getOrDefault("--perturb", "weights:0.25");
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
        String listed = values.get("--normalisations");
        for (String name : listed == null ? new String[0] : listed.split(",")) {
            NormalisationMethod method = NormalisationMethod.get(name.trim().toLowerCase(Locale.ROOT));
            if (method == null) {
                throw new CommandException("simulate: --normalisations: unknown normalisation '" + name + "'");
            }
            normalisations.add(method);
        }
        String rules = values.get("--perturb-rules");
        return new Uncertainty(perturbation, amount, rules == null ? List.of() : List.of(rules.split(",")), choices,
            normalisations);
    }

    /** A method as the model writes it: "weighted-mean" and "weighted_mean" mean "weighted mean". */
    private static String literal(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }

    private static long number(Map<String, String> values, String option, long min, long max, long fallback)
            throws CommandException {
        String text = values.get(option);
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
            throw new CommandException("simulate: " + option + " must be a whole number from " + min + " to " + max
                + ", not '" + text + "'");
        }
    }
}
