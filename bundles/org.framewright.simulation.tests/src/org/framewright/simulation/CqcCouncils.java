package org.framewright.simulation;

import java.io.IOException;
import java.util.SplittableRandom;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.EvidenceCategory;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Observation;
import org.framewright.model.Rounding;
import org.framewright.model.RoundingMode;
import org.framewright.model.Scale;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;

/**
 * The CQC local authority sample with generated evidence: councils scored 1-4 per quality statement and evidence
 * category, reproducibly from a seed, and the sample's scheme with weighted categories (CQC states no weights; the
 * variant gives the uncertain input "weights of agg-statements" that the benchmark and the property test perturb).
 */
final class CqcCouncils {

    static final String[] CATEGORIES = {"people", "staff", "partners", "observation", "processes", "outcomes"};
    private static final double[] CATEGORY_PERCENTS = {25, 15, 15, 15, 15, 15};
    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    private CqcCouncils() {
    }

    static Framework framework() throws IOException {
        return FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
    }

    static ScoringScheme rating(Framework framework) {
        return framework.getSchemes().get(0);
    }

    /**
     * {@code councils} councils from {@code seed}: each has a tendency 1-4 and scores each statement's categories at
     * its tendency +-1 (within 1-4); a category is left unscored one time in six, and one statement in ten is
     * scored directly (the sample's statements take a direct score first).
     */
    static DataSet generated(int councils, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DataSet data = F.createDataSet();
        for (int c = 0; c < councils; c++) {
            Council council = F.createCouncil();
            council.setId(String.format("E0%07d", 9000000 + c));
            council.setName("Generated council " + (c + 1));
            data.getCouncils().add(council);
            int tendency = 1 + random.nextInt(4);
            for (int s = 1; s <= 9; s++) {
                String statement = "QS" + s;
                if (random.nextInt(10) == 0) {
                    observe(data, council, statement, null, 1 + random.nextInt(4));
                }
                for (String category : CATEGORIES) {
                    if (random.nextInt(6) != 0) {
                        observe(data, council, statement, category,
                            Math.max(1, Math.min(4, tendency + random.nextInt(3) - 1)));
                    }
                }
            }
        }
        return data;
    }

    /**
     * Makes the statements' rule a weighted mean of the category scores (people's experience 25 %, the other five
     * 15 % each), rounded half up to two decimals and banded on the sample's percent bands divided by 25 (1.00-1.55,
     * 1.56-2.51, 2.52-3.51, 3.52-4.00 to scores 1-4).
     */
    static void weighCategories(Framework framework, ScoringScheme scheme) {
        AggregationRule statements = rule(scheme, "agg-statements");
        statements.setMethod(AggregationMethod.WEIGHTED_MEAN.id());
        for (int i = 0; i < CATEGORIES.length; i++) {
            Weight weight = F.createWeight();
            weight.setPart(category(framework, CATEGORIES[i]));
            weight.setPercent(CATEGORY_PERCENTS[i]);
            statements.getWeights().add(weight);
        }
        Rounding rounding = F.createRounding();
        rounding.setMode(RoundingMode.HALF_UP);
        rounding.setDecimals(2);
        statements.setRounding(rounding);
        Scale scores = statements.getBanding().getScale();
        Banding banding = F.createBanding();
        banding.setId("statement-mean-bands");
        banding.setScale(scores);
        banding.setStep(0.01);
        double[] lower = {1.00, 1.56, 2.52, 3.52};
        for (int b = 0; b < lower.length; b++) {
            Band band = F.createBand();
            band.setId("statement-mean-band-" + (b + 1));
            band.setLower(lower[b]);
            band.setUpper(b + 1 < lower.length ? Math.round((lower[b + 1] - 0.01) * 100) / 100.0 : 4);
            band.setLevel(scores.getLevels().get(b));
            banding.getBands().add(band);
        }
        scheme.getBandings().add(banding);
        statements.setBanding(banding);
    }

    static AggregationRule rule(ScoringScheme scheme, String id) {
        return scheme.getAggregations().stream().filter(r -> id.equals(r.getId())).findFirst().orElseThrow();
    }

    private static EvidenceCategory category(Framework framework, String id) {
        return framework.getEvidenceCategories().stream().filter(c -> id.equals(c.getId())).findFirst()
            .orElseThrow();
    }

    private static void observe(DataSet data, Council council, String node, String category, double value) {
        Observation observation = F.createObservation();
        observation.setCouncil(council);
        observation.setPeriod("2023-24");
        observation.setNodeId(node);
        observation.setCategory(category);
        observation.setValue(value);
        data.getObservations().add(observation);
    }
}
