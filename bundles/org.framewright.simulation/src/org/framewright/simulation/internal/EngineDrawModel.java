package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.RankingOrder;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringMonitor;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;
import org.framewright.scoring.Scenarios;
import org.framewright.simulation.WeightPerturbation;

/**
 * The general path: every draw re-scores the data with the scoring engine on the worker's own copy of the
 * framework, its weights, methods, normalisations, band thresholds, RAG tolerances and missing-data policies set
 * for the draw. Slower than the fast path, but it handles
 * everything the engine does (matrices, levels, rounding, limiters) under the same results contract and draws the
 * same random streams in the same order ({@link SchemeInputs}).
 */
public final class EngineDrawModel implements DrawModel {

    private final ScoringScheme scheme;
    private final ScoringResult baseline;
    private final DataSet data;
    private final String period;
    private final SchemeInputs inputs;
    private final WeightPerturbation perturbation;
    private final double amount;
    private final int councils;

    /** The general path around {@code baseline}'s scheme (its framework is copied per worker, never changed). */
    public EngineDrawModel(ScoringResult baseline, DataSet data, String period, SchemeInputs inputs,
            WeightPerturbation perturbation, double amount) {
        this.scheme = baseline.scheme();
        this.baseline = baseline;
        this.data = data;
        this.period = period;
        this.inputs = inputs;
        this.perturbation = perturbation;
        this.amount = amount;
        this.councils = baseline.councils().size();
    }

    @Override
    public int councils() {
        return councils;
    }

    @Override
    public List<String> inputNames() {
        return inputs.names();
    }

    @Override
    public int levelCount() {
        return scheme.getRatingScale() == null ? 0 : scheme.getRatingScale().getLevels().size();
    }

    @Override
    public DrawWorker newWorker() {
        return new Worker();
    }

    /** Writes ranks and level indices of {@code result}; ranks by the overall score when the scheme ranks none. */
    static void read(ScoringResult result, Scale ratingScale, RankSorter sorter, double[] keys, int[] ranks,
            int[] levels) {
        List<CouncilResult> results = result.councils();
        boolean ranked = result.scheme().getRanking() != RankingOrder.NONE;
        for (int c = 0; c < results.size(); c++) {
            CouncilResult council = results.get(c);
            Double score = council.overall() == null ? null : council.overall().score();
            keys[c] = score == null ? Double.NaN : -score;
            ranks[c] = council.rank() == null ? 0 : council.rank();
            ScaleLevel level = council.overall() == null ? null : council.overall().level();
            levels[c] = level == null || ratingScale == null ? -1 : indexOf(ratingScale, level);
        }
        if (!ranked) {
            sorter.rank(keys, ranks);
        }
    }

    private static int indexOf(Scale scale, ScaleLevel level) {
        for (int i = 0; i < scale.getLevels().size(); i++) {
            if (scale.getLevels().get(i).getId().equals(level.getId())) {
                return i;
            }
        }
        return -1;
    }

    private final class Worker implements DrawWorker {
        private final ScoringScheme copy = Scenarios.apply(scheme, FrameworkFactory.eINSTANCE.createScenario());
        private final List<List<Weight>> groupWeights = new ArrayList<>();
        private final List<AggregationRule> methodRules = new ArrayList<>();
        private final List<IndicatorRule> normalisingRules = new ArrayList<>();
        private final List<List<Band>> bands = new ArrayList<>();
        private final List<IndicatorRule> ragRules = new ArrayList<>();
        private final List<AggregationRule> policyRules = new ArrayList<>();
        private final ThresholdDraw thresholds = new ThresholdDraw(inputs.thresholds, inputs.ragThresholds, false);
        private final DrawRandom random = new DrawRandom(0);
        private final RankSorter sorter = new RankSorter(councils);
        private final double[] keys = new double[councils];

        Worker() {
            for (SchemeInputs.WeightGroup group : inputs.weightGroups) {
                groupWeights.add(ExplicitWeights.of(same(group.rule()), group.parts()));
            }
            inputs.methodChoices.keySet().forEach(rule -> methodRules.add(same(rule)));
            for (IndicatorRule rule : inputs.normalisingRules) {
                copy.getIndicatorRules().stream().filter(r -> r.getId().equals(rule.getId())).forEach(normalisingRules::add);
            }
            for (BandShifts banding : inputs.thresholds) {
                bands.add(copy.getBandings().stream().filter(b -> b.getId().equals(banding.banding().getId()))
                    .findFirst().orElseThrow().getBands());
            }
            for (RagShifts rag : inputs.ragThresholds) {
                ragRules.add(copy.getIndicatorRules().stream().filter(r -> r.getId().equals(rag.rule().getId()))
                    .findFirst().orElseThrow());
            }
            inputs.policyChoices.keySet().forEach(rule -> policyRules.add(same(rule)));
        }

        private AggregationRule same(AggregationRule original) {
            return copy.getAggregations().stream().filter(r -> r.getId().equals(original.getId())).findFirst()
                .orElseThrow();
        }

        @Override
        public void baseline(int[] ranks, int[] levels) {
            read(baseline, scheme.getRatingScale(), sorter, keys, ranks, levels);
        }

        @Override
        public void evaluate(long[] inputSeeds, int[] ranks, int[] levels) {
            int input = 0;
            for (int g = 0; g < groupWeights.size(); g++) {
                SchemeInputs.WeightGroup group = inputs.weightGroups.get(g);
                double[] drawn = new double[group.base().length];
                random.reseed(inputSeeds[input++]);
                perturbation.perturb(group.base(), 0, drawn.length, amount, random, drawn);
                ExplicitWeights.set(groupWeights.get(g), drawn, AggregationMethod.get(group.rule().getMethod()));
            }
            for (AggregationRule rule : methodRules) {
                random.reseed(inputSeeds[input++]);
                AggregationMethod[] options = inputs.methodChoices.get(original(rule));
                AggregationMethod method = options[random.nextInt(options.length)];
                rule.setMethod((method == AggregationMethod.MEAN && !rule.getWeights().isEmpty()
                    ? AggregationMethod.WEIGHTED_MEAN : method).id());
            }
            if (inputs.normalisations.length > 0) {
                random.reseed(inputSeeds[input++]);
                var normalisation = inputs.normalisations[random.nextInt(inputs.normalisations.length)];
                normalisingRules.forEach(rule -> rule.setNormalisation(normalisation.id()));
            }
            input = thresholds.draw(inputSeeds, input, random);
            for (int t = 0; t < bands.size(); t++) {
                for (int b = 0; b < bands.get(t).size(); b++) {
                    bands.get(t).get(b).setLower(thresholds.lower[t][b]);
                    bands.get(t).get(b).setUpper(thresholds.upper[t][b]);
                }
            }
            for (int r = 0; r < ragRules.size(); r++) {
                ragRules.get(r).setGreenTolerance(thresholds.ragTolerance[r][0]);
                ragRules.get(r).setAmberTolerance(thresholds.ragTolerance[r][1]);
            }
            for (AggregationRule rule : policyRules) {
                random.reseed(inputSeeds[input++]);
                MissingDataPolicy[] options = inputs.policyChoices.entrySet().stream()
                    .filter(e -> e.getKey().getId().equals(rule.getId())).findFirst().orElseThrow().getValue();
                rule.setMissingData(options[random.nextInt(options.length)]);
            }
            ScoringResult result = ScoringPlan.compile(null, copy).score(data, period, ScoringMonitor.NONE);
            read(result, copy.getRatingScale(), sorter, keys, ranks, levels);
        }

        private AggregationRule original(AggregationRule rule) {
            return inputs.methodChoices.keySet().stream().filter(r -> r.getId().equals(rule.getId())).findFirst()
                .orElseThrow();
        }
    }
}
