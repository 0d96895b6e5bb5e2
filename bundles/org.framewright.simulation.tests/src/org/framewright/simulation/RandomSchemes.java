package org.framewright.simulation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Disaggregation;
import org.framewright.model.EvidenceCategory;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.InputSelection;
import org.framewright.model.InputValue;
import org.framewright.model.Limiter;
import org.framewright.model.MatrixCell;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.ModelElement;
import org.framewright.model.Observation;
import org.framewright.model.Polarity;
import org.framewright.model.RankingOrder;
import org.framewright.model.Rounding;
import org.framewright.model.RoundingMode;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;

/**
 * Random schemes and data sets for the property test, from a {@link Spec}: a seed, sizes and the features switched
 * on. Each leaf area aggregates its client groups' values (data per group), each top area its leaves, the overall
 * result its top areas (or a matrix of the first two). Values are small decimals (whole, halves, tenths), so exact
 * decimal ties (x.5) are frequent: what the kernel must decide as the engine does. With {@link Feature#CATEGORIES}
 * the scheme is shaped like CQC's: each leaf (a quality statement) aggregates evidence-category scores instead of
 * client groups, often as a percent of the maximum banded in percent, always rounded to whole points, so a mean of
 * two or four whole scores lands on x.5 exactly and the rounding mode decides the band.
 */
final class RandomSchemes {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;
    private static final AggregationMethod[] AVERAGES = {AggregationMethod.WEIGHTED_MEAN, AggregationMethod.MEAN,
        AggregationMethod.MEDIAN, AggregationMethod.MINIMUM, AggregationMethod.MAXIMUM};

    /** A part of scheme and data the generator can switch on; the shrinker switches them off one by one. */
    enum Feature {
        MISSING, ROUNDING, BANDS, LIMITERS, MATRIX, FAIL, IMPUTE, METHOD_CHOICE, DIRECT, OTHER_METHODS,
        LEVEL_VALUES, UNWEIGHTED_PARTS, DIRICHLET, TENTHS, CATEGORIES,
        /** Band boundaries shifted per draw (all bandings or one, by a small or a wide K). */
        THRESHOLDS,
        /** Some rules' missing-data policy drawn per draw among a random subset of the five. */
        POLICY_CHOICE,
        /**
         * Each top area also has an area of indicators, each banded by a thresholds rule or rated Red/Amber/Green by
         * a target RAG rule (targets in halves, so shortfalls tie with the tolerances), read as level values.
         */
        INDICATORS
    }

    /** What to generate; {@link #smaller()} lists the one-step simplifications the shrinker tries. */
    record Spec(long seed, int councils, int groups, int tops, int leaves, EnumSet<Feature> features, int draws) {

        List<Spec> smaller() {
            List<Spec> smaller = new ArrayList<>();
            if (draws > 1) {
                smaller.add(new Spec(seed, councils, groups, tops, leaves, features, draws / 2));
            }
            if (councils > 2) {
                smaller.add(new Spec(seed, councils - 1, groups, tops, leaves, features, draws));
            }
            if (groups > 1) {
                smaller.add(new Spec(seed, councils, groups - 1, tops, leaves, features, draws));
            }
            if (tops > (features.contains(Feature.MATRIX) ? 2 : 1)) {
                smaller.add(new Spec(seed, councils, groups, tops - 1, leaves, features, draws));
            }
            if (leaves > 1) {
                smaller.add(new Spec(seed, councils, groups, tops, leaves - 1, features, draws));
            }
            for (Feature feature : features) {
                EnumSet<Feature> fewer = EnumSet.copyOf(features);
                fewer.remove(feature);
                smaller.add(new Spec(seed, councils, groups, tops, leaves, fewer, draws));
            }
            return smaller;
        }

        boolean has(Feature feature) {
            return features.contains(feature);
        }
    }

    /** A generated case: the framework (its only scheme is scored), the data and what is uncertain. */
    record Case(Framework framework, ScoringScheme scheme, DataSet data, Uncertainty uncertainty) {
    }

    private final Spec spec;
    private final SplittableRandom random;
    private final Framework framework = F.createFramework();
    private final ScoringScheme scheme = F.createScoringScheme();
    private final Scale grades = F.createScale();
    private final List<Area> tops = new ArrayList<>();
    private final List<Area> leaves = new ArrayList<>();
    private List<Indicator> indicators = List.of();

    private RandomSchemes(Spec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
    }

    /** A random spec from {@code seed}: 2-9 councils, 1-4 groups, 1-3 top areas of 1-3 leaves, random features. */
    static Spec spec(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        for (Feature feature : Feature.values()) {
            if (random.nextInt(100) < 45) {
                features.add(feature);
            }
        }
        int tops = 1 + random.nextInt(3);
        if (features.contains(Feature.MATRIX) && tops < 2) {
            tops = 2;
        }
        return new Spec(seed, 2 + random.nextInt(8), 1 + random.nextInt(4), tops, 1 + random.nextInt(3), features, 24);
    }

    /** The case {@code spec} describes. */
    static Case build(Spec spec) {
        return new RandomSchemes(spec).build();
    }

    private Case build() {
        framework.setId("random");
        scheme.setId("s");
        framework.getSchemes().add(scheme);
        grades.setId("grade");
        for (int i = 0; i <= 4; i++) {
            ScaleLevel level = F.createScaleLevel();
            level.setId("g" + i);
            level.setName(Integer.toString(i));
            level.setValue(i);
            grades.getLevels().add(level);
        }
        scheme.getScales().add(grades);
        scheme.setRatingScale(grades);
        scheme.setRanking(RankingOrder.VALUES.get(random.nextInt(3)));
        List<ModelElement> groups = new ArrayList<>();
        for (int g = 0; g < spec.groups(); g++) {
            if (spec.has(Feature.CATEGORIES)) {
                EvidenceCategory category = F.createEvidenceCategory();
                category.setId("E" + g);
                framework.getEvidenceCategories().add(category);
                groups.add(category);
            } else {
                Disaggregation group = F.createDisaggregation();
                group.setId("G" + g);
                framework.getDisaggregations().add(group);
                groups.add(group);
            }
        }
        for (int t = 0; t < spec.tops(); t++) {
            Area top = area("T" + t);
            framework.getAreas().add(top);
            tops.add(top);
            for (int l = 0; l < spec.leaves(); l++) {
                Area leaf = area("T" + t + "L" + l);
                top.getChildren().add(leaf);
                leaves.add(leaf);
            }
        }
        AggregationRule leafRule = rule("r-leaf", spec.has(Feature.CATEGORIES) ? InputSelection.EVIDENCE_CATEGORIES
            : InputSelection.GROUPS, leaves, 1, 4);
        weights(leafRule, groups);
        if (spec.has(Feature.CATEGORIES)) {
            statementScores(leafRule);
        }
        List<Area> children = new ArrayList<>(leaves);
        if (spec.has(Feature.INDICATORS)) {
            children.addAll(indicatorAreas());
        }
        AggregationRule topRule = rule("r-top", InputSelection.CHILDREN, tops, 0, 4);
        weights(topRule, children);
        if (spec.has(Feature.DIRECT)) {
            topRule.setDirectValueFirst(true);
        }
        if (spec.has(Feature.MATRIX)) {
            topRule.setBanding(null);
            topRule.setRounding(rounding(RoundingMode.HALF_UP, 0));
            topRule.setScale(grades);
            matrix();
        } else {
            AggregationRule overall = rule("r-overall", InputSelection.CHILDREN, List.of(), 0, 4);
            overall.setOverall(true);
            weights(overall, tops);
            limiters(overall);
        }
        return new Case(framework, scheme, data(groups), uncertainty(topRule));
    }

    /**
     * Per top area a child area of one or two indicators; each indicator is scored by the thresholds rule
     * {@code ir-bands} (a random banding, sometimes rounded) or the target RAG rule {@code ir-rag} (random amber and
     * green tolerances, the polarity random); the rule {@code r-ind} aggregates them, mostly as level values.
     */
    private List<Area> indicatorAreas() {
        IndicatorRule bands = F.createIndicatorRule();
        bands.setId("ir-bands");
        bands.setMethod(IndicatorScoringMethod.THRESHOLDS.id());
        bands.setBanding(banding("ir-bands-b", 0, 4));
        if (random.nextBoolean()) {
            bands.setRounding(rounding(RoundingMode.VALUES.get(random.nextInt(RoundingMode.VALUES.size())), 0));
        }
        IndicatorRule rag = F.createIndicatorRule();
        rag.setId("ir-rag");
        rag.setMethod(IndicatorScoringMethod.TARGET_RAG.id());
        rag.setBanding(ragBanding());
        rag.setAmberTolerance(new double[] {0, 0.05, 0.1, 0.25, 0.5}[random.nextInt(5)]);
        rag.setGreenTolerance(new double[] {0, 0, 0.05, -0.1}[random.nextInt(4)]);
        List<Area> areas = new ArrayList<>();
        List<Indicator> all = new ArrayList<>();
        for (Area top : tops) {
            Area area = area(top.getId() + "I");
            top.getChildren().add(area);
            areas.add(area);
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                Indicator indicator = F.createIndicator();
                indicator.setId("I" + top.getId() + i);
                indicator.setPolarity(random.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER);
                indicator.setTarget(1 + random.nextInt(7) / 2.0);
                framework.getIndicators().add(indicator);
                area.getIndicators().add(indicator);
                (random.nextBoolean() ? bands : rag).getIndicators().add(indicator);
                all.add(indicator);
            }
        }
        for (IndicatorRule rule : List.of(bands, rag)) {
            if (!rule.getIndicators().isEmpty()) {
                scheme.getIndicatorRules().add(rule);
            }
        }
        AggregationRule rule = rule("r-ind", InputSelection.INDICATORS, areas, 0, 4);
        if (random.nextInt(4) > 0) {
            rule.setInputValue(InputValue.LEVEL_VALUE);
        }
        weights(rule, all);
        indicators = all;
        return areas;
    }

    /** Red, Amber, Green as grades 1, 2, 3 (the bounds are the levels' values: target RAG bands no number). */
    private Banding ragBanding() {
        Banding banding = F.createBanding();
        banding.setId("ir-rag-b");
        banding.setScale(grades);
        for (int i = 0; i < 3; i++) {
            Band band = F.createBand();
            band.setId("ir-rag-b" + i);
            band.setLower(i + 1);
            band.setUpper(i + 1);
            band.setLevel(grades.getLevels().get(i + 1));
            banding.getBands().add(band);
        }
        scheme.getBandings().add(banding);
        return banding;
    }

    private static Area area(String id) {
        Area area = F.createArea();
        area.setId(id);
        area.setName(id);
        return area;
    }

    private AggregationRule rule(String id, InputSelection inputs, List<Area> areas, double low, double high) {
        AggregationRule rule = F.createAggregationRule();
        rule.setId(id);
        rule.setInputs(inputs);
        rule.getAreas().addAll(areas);
        AggregationMethod method = AVERAGES[random.nextInt(AVERAGES.length)];
        double lowest = low;
        double highest = high;
        if (spec.has(Feature.OTHER_METHODS) && random.nextBoolean()) {
            method = random.nextBoolean() ? AggregationMethod.SUM : AggregationMethod.PERCENT_OF_MAXIMUM;
            rule.setMaximum(4);
            lowest = method == AggregationMethod.SUM ? low : 0;
            highest = method == AggregationMethod.SUM ? high * 5 : 100;
        }
        rule.setMethod(method.id());
        rule.setMissingData(policy());
        if (spec.has(Feature.LEVEL_VALUES) && inputs == InputSelection.CHILDREN && random.nextBoolean()) {
            rule.setInputValue(InputValue.LEVEL_VALUE);
        }
        if (spec.has(Feature.MISSING) && random.nextInt(4) == 0) {
            rule.setMinimumInputs(2);
        }
        if (spec.has(Feature.ROUNDING)) {
            RoundingMode mode = RoundingMode.VALUES.get(random.nextInt(RoundingMode.VALUES.size()));
            rule.setRounding(rounding(mode, random.nextInt(3) - (random.nextInt(8) == 0 ? 1 : 0)));
        }
        if (spec.has(Feature.BANDS)) {
            rule.setBanding(banding(id + "-bands", lowest, highest));
        } else {
            rule.setScale(grades);
        }
        scheme.getAggregations().add(rule);
        return rule;
    }

    /**
     * A quality statement's score from its categories as CQC's sample gives it (half the time): percent of the
     * maximum 4, rounded to whole points, banded 25-38 / 39-62 / 63-87 / 88-100 or at random cuts; otherwise the
     * generated method with whole-point rounding in a random mode. Statements may be scored directly.
     */
    private void statementScores(AggregationRule rule) {
        if (random.nextBoolean()) {
            rule.setMethod(AggregationMethod.PERCENT_OF_MAXIMUM.id());
            rule.setMaximum(4);
            rule.setScale(null);
            rule.setBanding(random.nextBoolean() ? percentBands() : banding("r-leaf-percent", 0, 100));
        }
        RoundingMode mode = RoundingMode.VALUES.get(random.nextInt(RoundingMode.VALUES.size()));
        rule.setRounding(rounding(mode, 0));
        rule.setDirectValueFirst(spec.has(Feature.DIRECT));
    }

    private Banding percentBands() {
        Banding banding = F.createBanding();
        banding.setId("r-leaf-cqc");
        banding.setScale(grades);
        banding.setStep(1);
        double[][] bands = {{25, 38}, {39, 62}, {63, 87}, {88, 100}};
        for (int i = 0; i < bands.length; i++) {
            Band band = F.createBand();
            band.setId("r-leaf-cqc" + i);
            band.setLower(bands[i][0]);
            band.setUpper(bands[i][1]);
            band.setLevel(grades.getLevels().get(i + 1));
            banding.getBands().add(band);
        }
        scheme.getBandings().add(banding);
        return banding;
    }

    private MissingDataPolicy policy() {
        List<MissingDataPolicy> policies = new ArrayList<>(List.of(MissingDataPolicy.EXCLUDE_AND_REWEIGHT));
        if (spec.has(Feature.FAIL)) {
            policies.add(MissingDataPolicy.FAIL);
        }
        if (spec.has(Feature.IMPUTE)) {
            policies.addAll(List.of(MissingDataPolicy.IMPUTE_MEAN, MissingDataPolicy.IMPUTE_MEDIAN,
                MissingDataPolicy.IMPUTE_LOWEST));
        }
        return policies.get(random.nextInt(policies.size()));
    }

    private static Rounding rounding(RoundingMode mode, int decimals) {
        Rounding rounding = F.createRounding();
        rounding.setMode(mode);
        rounding.setDecimals(decimals);
        return rounding;
    }

    private void weights(AggregationRule rule, List<? extends ModelElement> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (spec.has(Feature.UNWEIGHTED_PARTS) && i == parts.size() - 1 && random.nextBoolean()) {
                continue;
            }
            Weight weight = F.createWeight();
            weight.setPart(parts.get(i));
            weight.setPercent(spec.has(Feature.TENTHS) ? 0.1 * (1 + random.nextInt(400)) : 5 * (1 + random.nextInt(10)));
            rule.getWeights().add(weight);
        }
    }

    /** Four bands over [low, high] at random cut points (whole, halves or tenths), with a random step. */
    private Banding banding(String id, double low, double high) {
        Banding banding = F.createBanding();
        banding.setId(id);
        banding.setScale(grades);
        double[] steps = {0, 1, 0.5, 0.1};
        double step = steps[random.nextInt(steps.length)];
        double[] cuts = new double[5];
        cuts[0] = low;
        cuts[4] = high;
        for (int i = 1; i < 4; i++) {
            double cut = low + (high - low) * (i + random.nextDouble() - 0.5) / 4;
            cuts[i] = random.nextBoolean() ? Math.round(cut * 2) / 2.0 : Math.round(cut * 10) / 10.0;
        }
        for (int i = 0; i < 4; i++) {
            Band band = F.createBand();
            band.setId(id + i);
            band.setLower(cuts[i]);
            band.setUpper(step > 0 && i < 3 ? Math.round((cuts[i + 1] - step) * 10) / 10.0 : cuts[i + 1]);
            band.setLevel(grades.getLevels().get(i + 1));
            banding.getBands().add(band);
        }
        scheme.getBandings().add(banding);
        banding.setStep(step);
        return banding;
    }

    private void matrix() {
        AggregationRule overall = F.createAggregationRule();
        overall.setId("r-overall");
        overall.setOverall(true);
        overall.setMethod(AggregationMethod.MATRIX.id());
        overall.setInputValue(InputValue.LEVEL_VALUE);
        overall.setMissingData(MissingDataPolicy.FAIL);
        overall.setScale(grades);
        RuleMatrix matrix = F.createRuleMatrix();
        matrix.setRowNode(tops.get(0));
        matrix.setColumnNode(tops.get(1));
        for (int r = 1; r <= 4; r++) {
            for (int c = 1; c <= 4; c++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                MatrixCell cell = F.createMatrixCell();
                cell.setRow(grades.getLevels().get(r));
                cell.setColumn(grades.getLevels().get(c));
                cell.setResult(grades.getLevels().get(Math.max(0, Math.min(4, (r + c) / 2 + random.nextInt(3) - 1))));
                matrix.getCells().add(cell);
            }
        }
        overall.setMatrix(matrix);
        scheme.getAggregations().add(overall);
        limiters(overall);
    }

    private void limiters(AggregationRule overall) {
        if (!spec.has(Feature.LIMITERS)) {
            return;
        }
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            Limiter limiter = F.createLimiter();
            limiter.setCondition(random.nextBoolean() ? tops.get(random.nextInt(tops.size()))
                : leaves.get(random.nextInt(leaves.size())));
            limiter.setAtOrBelow(grades.getLevels().get(1 + random.nextInt(3)));
            limiter.setCap(grades.getLevels().get(1 + random.nextInt(3)));
            overall.getLimiters().add(limiter);
        }
    }

    private DataSet data(List<ModelElement> groups) {
        DataSet data = F.createDataSet();
        for (int c = 0; c < spec.councils(); c++) {
            Council council = F.createCouncil();
            council.setId("C" + c);
            council.setName("Council " + c);
            data.getCouncils().add(council);
            for (Area leaf : leaves) {
                for (ModelElement group : groups) {
                    if (!spec.has(Feature.MISSING) || random.nextInt(6) != 0) {
                        observe(data, council, leaf.getId(), group, value());
                    }
                }
                if (spec.has(Feature.CATEGORIES) && spec.has(Feature.DIRECT) && random.nextInt(4) == 0) {
                    observe(data, council, leaf.getId(), null, 1 + random.nextInt(4));
                }
            }
            for (Indicator indicator : indicators) {
                if (!spec.has(Feature.MISSING) || random.nextInt(6) != 0) {
                    observe(data, council, indicator.getId(), null, value());
                }
            }
            for (Area top : tops) {
                if (spec.has(Feature.DIRECT) && random.nextInt(4) == 0) {
                    observe(data, council, top.getId(), null, 1 + random.nextInt(4));
                }
            }
        }
        return data;
    }

    private double value() {
        int whole = 1 + random.nextInt(4);
        if (spec.has(Feature.TENTHS) && random.nextBoolean()) {
            return Math.min(4, whole + random.nextInt(10) / 10.0);
        }
        return random.nextInt(4) == 0 ? Math.min(4, whole + 0.5) : whole;
    }

    /** An observation of {@code node}, per client group or evidence category {@code part} (null: the node's own). */
    private static void observe(DataSet data, Council council, String node, ModelElement part, double value) {
        Observation observation = F.createObservation();
        observation.setCouncil(council);
        observation.setPeriod("2024");
        observation.setNodeId(node);
        if (part instanceof EvidenceCategory) {
            observation.setCategory(part.getId());
        } else if (part != null) {
            observation.setGroup(part.getId());
        }
        observation.setValue(value);
        data.getObservations().add(observation);
    }

    private Uncertainty uncertainty(AggregationRule topRule) {
        WeightPerturbation perturbation = spec.has(Feature.DIRICHLET) ? WeightPerturbation.DIRICHLET
            : WeightPerturbation.UNIFORM_FACTOR;
        double amount = perturbation == WeightPerturbation.DIRICHLET ? (random.nextBoolean() ? 5 : 60)
            : new double[] {0, 0.25, 0.6, 0.95}[random.nextInt(4)];
        Map<String, List<AggregationMethod>> choices = Map.of();
        if (spec.has(Feature.METHOD_CHOICE)) {
            List<AggregationMethod> methods = new ArrayList<>();
            for (AggregationMethod method : AggregationMethod.values()) {
                if (method != AggregationMethod.MATRIX && random.nextBoolean()) {
                    methods.add(method);
                }
            }
            if (!methods.isEmpty()) {
                choices = Map.of(topRule.getId(), methods);
            }
        }
        Uncertainty uncertainty = new Uncertainty(perturbation, amount, List.of(), choices, List.of());
        if (spec.has(Feature.THRESHOLDS) && !scheme.getBandings().isEmpty()) {
            double shift = new double[] {0.3, 1, 2.5, 15}[random.nextInt(4)];
            List<String> targets = random.nextBoolean() ? List.of()
                : List.of(scheme.getBandings().get(random.nextInt(scheme.getBandings().size())).getId());
            if (!scheme.getIndicatorRules().isEmpty() && random.nextInt(4) > 0) {
                // an indicator rule's banding is perturbed only when named; target RAG rules also by default
                List<String> named = new ArrayList<>(targets);
                scheme.getIndicatorRules().stream().filter(r -> random.nextInt(4) > 0).forEach(r -> named.add(r.getId()));
                targets = named;
            }
            uncertainty = uncertainty.withThresholds(shift, targets);
        }
        if (spec.has(Feature.POLICY_CHOICE)) {
            Map<String, List<MissingDataPolicy>> policies = new java.util.LinkedHashMap<>();
            for (AggregationRule rule : scheme.getAggregations()) {
                List<MissingDataPolicy> drawn = new ArrayList<>();
                for (MissingDataPolicy policy : MissingDataPolicy.VALUES) {
                    if (policy != MissingDataPolicy.UNSPECIFIED && random.nextInt(3) == 0) {
                        drawn.add(policy);
                    }
                }
                if (!drawn.isEmpty() && random.nextBoolean()) {
                    policies.put(rule.getId(), drawn);
                }
            }
            uncertainty = uncertainty.withPolicies(policies);
        }
        return uncertainty;
    }
}
