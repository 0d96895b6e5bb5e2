package org.framewright.compare.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringResult;
import org.framewright.scoring.series.StrengthsAndWeaknesses;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityResult;
import org.framewright.simulation.SimulationMonitor;
import org.framewright.simulation.UncertainScheme;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;

/**
 * Everything a report computes before it is written, the one place {@code framewright report} and the workbench's
 * Write Report take it from: the scores, with draws a Monte Carlo simulation of perturbed weights (seed 0) and the
 * sensitivity of the ranks to its inputs (as many model evaluations as draws, as {@code simulate --sensitivity}
 * sizes them), and a strengths-and-weaknesses section per council named.
 */
public final class ReportRun {

    /** The weight perturbation of {@code report --simulate} (each weight times a factor from 1 - p to 1 + p). */
    public static final double DEFAULT_PERTURBATION = 0.25;

    private static final int BOOTSTRAP_RESAMPLES = 200;
    private static final double CONFIDENCE = 0.95;
    private static final int MIN_SENSITIVITY_BASE = 100;

    /**
     * What to report.
     *
     * @param framework the framework
     * @param scheme its scheme reported on
     * @param data the councils' data
     * @param period the period scored, or null for the data's only one
     * @param draws the Monte Carlo draws (0: no simulation, rank-interval or sensitivity plot)
     * @param perturbation p of the weights' perturbation (each weight times a factor from 1 - p to 1 + p)
     * @param councils the ids of the councils whose strengths and weaknesses are shown, in order; each must be in
     *        {@code data} ({@link #unknownCouncil})
     * @param modelFile the framework's file, or null
     * @param sections the optional sections asked for (e.g. {@code comments})
     */
    public record Request(Framework framework, ScoringScheme scheme, DataSet data, String period, long draws,
            double perturbation, List<String> councils, Path modelFile, Set<String> sections) {

        /** Copies of the lists, never null. */
        public Request {
            councils = councils == null ? List.of() : List.copyOf(councils);
            sections = sections == null ? Set.of() : Set.copyOf(sections);
        }
    }

    /** Progress of the long parts (the draws, then the sensitivity's model evaluations), and cancelling them. */
    public interface Progress {

        /** The monitor of the draws. */
        SimulationMonitor draws();

        /** The monitor of the sensitivity's model evaluations. */
        SimulationMonitor sensitivity();

        /** Progress that reports nowhere and never cancels. */
        Progress NONE = of(SimulationMonitor.NONE, SimulationMonitor.NONE);

        /** Progress with these two monitors. */
        static Progress of(SimulationMonitor draws, SimulationMonitor sensitivity) {
            return new Progress() {
                @Override
                public SimulationMonitor draws() {
                    return draws;
                }

                @Override
                public SimulationMonitor sensitivity() {
                    return sensitivity;
                }
            };
        }
    }

    private ReportRun() {
    }

    /** The first of {@code councils} that {@code data} does not hold, or null when it holds them all. */
    public static String unknownCouncil(DataSet data, String period, List<String> councils) {
        Set<String> known = councilIds(data, period);
        return councils.stream().filter(c -> !known.contains(c)).findFirst().orElse(null);
    }

    /**
     * The ids of the councils with data in {@code period} (null: any), in the data's order; a council of other years
     * only (read for a time-series imputation) is not scored, so a report cannot be about it.
     */
    public static Set<String> councilIds(DataSet data, String period) {
        Set<String> known = new LinkedHashSet<>();
        data.getObservations().stream().filter(o -> period == null || o.getPeriod() == null
            || period.equals(o.getPeriod())).forEach(o -> known.add(o.getCouncil().getId()));
        return known;
    }

    /**
     * Scores (and simulates) {@code request} and gathers the report's input.
     *
     * @throws ScoringException when the scheme cannot be scored on the data
     * @throws IllegalArgumentException for a council the data lacks, or draws out of range
     * @throws org.framewright.simulation.SimulationCancelledException when a monitor cancels
     */
    public static ReportInput compute(Request request, Progress progress) throws ScoringException {
        String unknown = unknownCouncil(request.data(), request.period(), request.councils());
        if (unknown != null) {
            throw new IllegalArgumentException("no council with the id " + unknown + " in the data");
        }
        ScoringResult result;
        MonteCarloResult simulation = null;
        SensitivityResult sensitivity = null;
        if (request.draws() > 0) {
            UncertainScheme prepared = UncertainScheme.prepare(request.framework(), request.scheme(), request.data(),
                request.period(), Uncertainty.weights(WeightPerturbation.UNIFORM_FACTOR, request.perturbation()));
            result = prepared.baseline();
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            simulation = prepared.monteCarlo(request.draws(), 0, threads, progress.draws());
            int inputs = prepared.inputs(false).size();
            if (inputs > 0) {
                int base = (int) Math.max(MIN_SENSITIVITY_BASE, request.draws() / (inputs + 2));
                sensitivity = prepared.sensitivity(base, 0, threads, BOOTSTRAP_RESAMPLES, CONFIDENCE,
                    progress.sensitivity());
            }
        } else {
            result = ScoringEngine.score(request.framework(), request.scheme(), request.data(), request.period());
        }
        return new ReportInput(request.framework(), request.scheme(), result, simulation, request.modelFile(),
            request.sections(), sensitivity, strengths(request, result));
    }

    private static List<CouncilStrengths> strengths(Request request, ScoringResult result) {
        List<CouncilStrengths> strengths = new ArrayList<>();
        int scored = StrengthsAndWeaknesses.scored(result).size();
        for (String id : request.councils()) {
            Council council = request.data().getCouncils().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow();
            strengths.add(new CouncilStrengths(id, council.getName() == null ? id : council.getName(),
                StrengthsAndWeaknesses.of(request.framework(), request.data(), result, id), scored));
        }
        return strengths;
    }
}
