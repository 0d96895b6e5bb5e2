package org.framewright.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoringException;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.PerturbedInputs;
import org.framewright.simulation.SensitivityResult;
import org.framewright.simulation.UncertainScheme;

/**
 * {@code framewright simulate MODEL --data FILE [--scheme ID] [--period P] [--groups FILE] --samples N --seed S
 * [--perturb weights:P|dirichlet:C] [--sensitivity] [--sensitivity-by rule|input] [--threads T] [--format table|csv|json]
 * [--perturb-thresholds K] [--threshold-rules RULE|BANDING,...] [--missing-policies RULE=POLICY|POLICY,...]}: Monte
 * Carlo uncertainty of every council's rank and rating under perturbed weights (and, optionally, method choices,
 * band thresholds and missing-data policies), and
 * the sensitivity of the ranking to each uncertain input. The contract is in this bundle's README.
 */
public final class SimulateCommand implements Command {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "Monte Carlo uncertainty of ranks and ratings under perturbed weights; sensitivity";
    }

    @Override
    public CommandLine commandLine() {
        return SimulateOptions.LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        SimulateOptions options = SimulateOptions.parse(args);
        Path modelFile = context.resolve(options.model());
        Framework framework;
        try {
            framework = FrameworkFiles.loadFramework(modelFile);
        } catch (ModelLoadException e) {
            throw new CommandException("simulate: cannot read " + modelFile + ": " + String.join("; ", e.problems()));
        }
        ModelFiles.checkScorable(context, options.model(), framework);
        ScoringScheme scheme = scheme(framework, options.scheme(), modelFile);
        Path dataFile = context.resolve(options.data());
        DataImport data;
        try {
            data = CouncilDataReader.read(dataFile, ImportOptions.forScoring(framework, scheme, options.period()));
        } catch (DataFileException e) {
            throw new CommandException("simulate: " + e.getMessage());
        }
        if (data.hasErrors()) {
            ProblemLines.print(context.err(), data.errors(), DataProblem::kind);
            context.err().println("simulate: " + data.errors().size() + " errors in " + dataFile + "; nothing simulated");
            return ExitCode.FAILURE;
        }
        ComparatorGroups.addGiven(context, options.groups(), data.dataSet());
        RuleUncertaintyOptions.check("simulate", scheme, options.uncertainty());
        UncertainScheme prepared;
        try {
            prepared = UncertainScheme.prepare(framework, scheme, data.dataSet(), options.period(),
                options.uncertainty());
        } catch (ScoringException e) {
            throw Inputs.refusal("simulate: ", e);
        } catch (IllegalArgumentException e) {
            throw new CommandException("simulate: " + e.getMessage());
        }
        long started = System.nanoTime();
        MonteCarloResult result = prepared.monteCarlo(options.samples(), options.seed(), options.threads(),
            ProgressOnStderr.of(context.err(), "simulate: draws"));
        double seconds = (System.nanoTime() - started) / 1e9;
        SensitivityResult sensitivity = null;
        if (options.sensitivity() || options.sensitivityOut() != null) {
            try {
                int inputs = prepared.inputs(options.sensitivityPerWeight()).size();
                int base = options.sensitivitySamples() > 0 ? options.sensitivitySamples()
                    : (int) Math.max(100, options.samples() / (inputs + 2));
                sensitivity = prepared.sensitivity(base, options.seed(), options.threads(), 200, 0.95,
                    options.sensitivityPerWeight(), ProgressOnStderr.of(context.err(),
                        "simulate: sensitivity model evaluations"));
            } catch (IllegalArgumentException e) {
                throw new CommandException("simulate: " + e.getMessage());
            }
        }
        context.err().printf("simulate: %s, %d draws on %d threads in %.2f s (%s)%n", scheme.getId(),
            options.samples(), options.threads(), seconds, path(prepared));
        List<String> perturbed = PerturbedInputs.describe(result, prepared.baseline(), options.uncertainty());
        context.err().println("simulate: perturbed: " + (perturbed.isEmpty() ? "nothing" : String.join("; ", perturbed)));
        if (options.uncertainty().thresholdShift() > 0 && result.inputs().stream().noneMatch(i -> i.startsWith(
                "thresholds of ") || i.startsWith("RAG thresholds of "))) {
            // said, so that a run that asked for shifted thresholds is not read as if they had moved
            context.err().println("simulate: --perturb-thresholds: scheme " + scheme.getId() + " has no banding of "
                + "two or more bands to shift" + (options.uncertainty().thresholdTargets().isEmpty() ? ""
                    : " among " + String.join(", ", options.uncertainty().thresholdTargets())) + "; no threshold perturbed");
        }
        new SimulationReport(result, sensitivity, perturbed).write(context, options.format(),
            options.sensitivityOut() == null ? null : context.resolve(options.sensitivityOut()));
        return ExitCode.OK;
    }

    /**
     * The summary line's word on the path: {@code fast path}, {@code fast path; plugin methods on their primitives:
     * geometric-mean (org.framewright.examples)}, or {@code general path: REASON} (e.g. a plugin's method without a
     * primitive implementation).
     */
    static String path(UncertainScheme prepared) {
        if (!prepared.fastPath()) {
            return "general path: " + prepared.generalPathReason();
        }
        return prepared.contributedPrimitives().isEmpty() ? "fast path"
            : "fast path; plugin methods on their primitives: " + String.join(", ", prepared.contributedPrimitives());
    }

    private static ScoringScheme scheme(Framework framework, String id, Path file) throws CommandException {
        List<ScoringScheme> schemes = framework.getSchemes();
        if (id != null) {
            return schemes.stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow(() -> new CommandException(
                "simulate: " + file + " has no scheme '" + id + "'; its schemes are " + ids(schemes)));
        }
        if (schemes.size() != 1) {
            throw new CommandException("simulate: " + file + " has " + (schemes.isEmpty() ? "no schemes"
                : "several schemes (" + ids(schemes) + "); choose one with --scheme"));
        }
        return schemes.get(0);
    }

    private static String ids(List<ScoringScheme> schemes) {
        return schemes.stream().map(ScoringScheme::getId).collect(Collectors.joining(", "));
    }
}
