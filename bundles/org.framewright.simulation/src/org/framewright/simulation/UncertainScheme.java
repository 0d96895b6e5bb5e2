package org.framewright.simulation;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.internal.CompositeKernel;
import org.framewright.simulation.internal.DrawModel;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.MonteCarloRun;
import org.framewright.simulation.internal.Preparation;
import org.framewright.simulation.internal.RankCounts;
import org.framewright.simulation.internal.RankShiftModel;
import org.framewright.simulation.internal.SaltelliJansen;

/**
 * A scheme, its data and what is uncertain about it, prepared once for many draws: the entry point for Monte
 * Carlo ({@link #monteCarlo}) and sensitivity ({@link #sensitivity}). Preparing scores the baseline (and each
 * normalisation choice) with the engine; draws then run on a primitive fast path: the composite kernel (means,
 * medians, minima and maxima over scores, no levels) or the rating kernel (levels, matrices, rounding, limiters,
 * every missing-data policy, tie-exact with the engine). A plugin's aggregation method runs on the composite
 * kernel through its primitive implementation ({@link #contributedPrimitives}); one without a primitive, or in a
 * scheme with levels (or a method choice of or from a matrix), leaves each draw to re-score with the engine.
 */
public final class UncertainScheme {

    private final ScoringResult baseline;
    private final DrawModel draws;
    private final boolean fastPath;
    private final String generalPathReason;
    private final List<String> primitives;

    private UncertainScheme(ScoringResult baseline, DrawModel draws, boolean fastPath, String generalPathReason,
            List<String> primitives) {
        this.baseline = baseline;
        this.draws = draws;
        this.fastPath = fastPath;
        this.generalPathReason = generalPathReason;
        this.primitives = List.copyOf(primitives);
    }

    /** Prepares {@code scheme} of {@code framework} on {@code data} for {@code period} (null: the only period). */
    public static UncertainScheme prepare(Framework framework, ScoringScheme scheme, DataSet data, String period,
            Uncertainty uncertainty) {
        Preparation preparation = new Preparation(framework, scheme, data, period, uncertainty);
        if (preparation.composite() != null) {
            return new UncertainScheme(preparation.baseline(), new CompositeKernel(preparation.composite(),
                uncertainty.perturbation(), uncertainty.amount()), true, null, preparation.primitives());
        }
        DrawModel ratings = preparation.ratingDraws(uncertainty.perturbation(), uncertainty.amount());
        if (ratings != null) {
            return new UncertainScheme(preparation.baseline(), ratings, true, null, List.of());
        }
        return new UncertainScheme(preparation.baseline(), new EngineDrawModel(preparation.baseline(), data, period,
            preparation.inputs(), uncertainty.perturbation(), uncertainty.amount()), false, preparation.reason(),
            List.of());
    }

    /** The baseline results. */
    public ScoringResult baseline() {
        return baseline;
    }

    /** The uncertain inputs, in sensitivity order. */
    public List<String> inputs() {
        return draws.inputNames();
    }

    /** True when draws run on the primitive fast path. */
    public boolean fastPath() {
        return fastPath;
    }

    /**
     * The plugins' methods the fast path computes on their primitive implementations, e.g.
     * {@code geometric-mean (org.framewright.examples)}; empty when it computes built-ins only or the general path runs.
     */
    public List<String> contributedPrimitives() {
        return primitives;
    }

    /**
     * Why the general path is used (e.g. {@code "node overall: method my-mean of plugin com.example has no primitive
     * implementation"}), or null.
     */
    public String generalPathReason() {
        return generalPathReason;
    }

    /**
     * The most draws one simulation (or sensitivity base sample) runs: the one cap every entry point (CLI
     * {@code simulate --samples}, {@code report --simulate}, the workbench) applies. Ten million draws take
     * minutes on the general path; more would run for hours with no gain in precision worth having.
     */
    public static final long MAX_SAMPLES = 10_000_000;

    /**
     * Runs {@code samples} draws seeded {@code seed} on {@code threads} threads; identical for any thread count.
     *
     * @throws IllegalArgumentException when {@code samples} is not from 1 to {@link #MAX_SAMPLES}
     */
    public MonteCarloResult monteCarlo(long samples, long seed, int threads, SimulationMonitor monitor) {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("the number of draws must be from 1 to " + MAX_SAMPLES + ", not "
                + samples);
        }
        RankCounts counts = MonteCarloRun.run(draws, samples, seed, threads, monitor);
        List<String> levels = levelNames();
        List<CouncilUncertainty> councils = new ArrayList<>();
        List<CouncilResult> results = baseline.councils();
        for (int c = 0; c < results.size(); c++) {
            CouncilResult result = results.get(c);
            List<Double> shares = new ArrayList<>();
            for (int l = 0; l < levels.size(); l++) {
                shares.add((double) counts.levelCount(c, l) / samples);
            }
            councils.add(new CouncilUncertainty(result.council().getId(), result.council().getName(),
                result.overall() == null ? "" : result.overall().rating(), rank(counts.baselineRank(c)),
                rank(counts.rankQuantile(c, 0.5)), rank(counts.rankQuantile(c, 0.05)),
                rank(counts.rankQuantile(c, 0.95)), (double) counts.flips(c) / samples, shares));
        }
        return new MonteCarloResult(councils, levels, samples, seed, inputs(), fastPath);
    }

    /**
     * Variance-based sensitivity of the mean absolute rank shift: {@code baseSamples} x (inputs + 2) draws
     * (Saltelli sampling, Jansen estimators), with percentile-bootstrap bounds from {@code resamples} resamples.
     * One input per rule (its weight group), method choice and normalisation choice.
     */
    public SensitivityResult sensitivity(int baseSamples, long seed, int threads, int resamples, double confidence,
            SimulationMonitor monitor) {
        return sensitivity(baseSamples, seed, threads, resamples, confidence, false, monitor);
    }

    /**
     * {@link #sensitivity(int, long, int, int, double, SimulationMonitor)} with, when {@code perWeight}, every
     * perturbed weight as its own input ({@code weight of PART in RULE}: which weight moves the ranking), on the
     * fast path only.
     *
     * @throws IllegalArgumentException when {@code perWeight} and the scheme runs on the general path
     */
    public SensitivityResult sensitivity(int baseSamples, long seed, int threads, int resamples, double confidence,
            boolean perWeight, SimulationMonitor monitor) {
        DrawModel model = model(perWeight);
        SaltelliJansen.Estimates estimates = SaltelliJansen.run(new RankShiftModel(model), baseSamples, seed, threads,
            resamples, confidence, monitor);
        List<SensitivityIndex> indices = new ArrayList<>();
        List<String> names = model.inputNames();
        for (int i = 0; i < names.size(); i++) {
            indices.add(new SensitivityIndex(names.get(i), estimates.first()[i], estimates.firstLow()[i],
                estimates.firstHigh()[i], estimates.total()[i], estimates.totalLow()[i], estimates.totalHigh()[i]));
        }
        return new SensitivityResult(indices, estimates.variance(), baseSamples,
            (long) baseSamples * (names.size() + 2), confidence, resamples);
    }

    /**
     * The uncertain inputs of a sensitivity analysis: per rule ({@link #inputs()}) or, with {@code perWeight}, per
     * weight.
     *
     * @throws IllegalArgumentException when {@code perWeight} and the scheme runs on the general path
     */
    public List<String> inputs(boolean perWeight) {
        return model(perWeight).inputNames();
    }

    private DrawModel model(boolean perWeight) {
        if (!perWeight) {
            return draws;
        }
        DrawModel model = draws.perWeight();
        if (model == null) {
            throw new IllegalArgumentException("sensitivity per weight needs the fast path; this scheme takes the "
                + "general path (" + generalPathReason + ")");
        }
        return model;
    }

    private List<String> levelNames() {
        List<String> names = new ArrayList<>();
        if (baseline.scheme().getRatingScale() != null) {
            for (ScaleLevel level : baseline.scheme().getRatingScale().getLevels()) {
                names.add(level.getName());
            }
        }
        return names;
    }

    private static Integer rank(int rank) {
        return rank == 0 ? null : rank;
    }
}
