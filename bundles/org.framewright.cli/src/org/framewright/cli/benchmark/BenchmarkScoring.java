package org.framewright.cli.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.InputSelection;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.AtomicFile;
import org.framewright.model.resource.AtomicFiles;

/**
 * What the benchmark scores a replicated framework with when its source has no scoring scheme (ADASS Option Two
 * has none): a scheme normalising every indicator (min-max), averaging each area's indicators and the areas into
 * the overall result, and seeded council data with a value for every indicator.
 */
public final class BenchmarkScoring {

    /** The id of the scheme {@link #addScheme} adds. */
    public static final String SCHEME_ID = "benchmark";

    /** The period of the data {@link #writeData} writes. */
    public static final String PERIOD = "2024-25";

    private BenchmarkScoring() {
    }

    /** Adds the benchmark scheme to {@code framework}; returns it. */
    public static ScoringScheme addScheme(Framework framework) {
        FrameworkFactory factory = FrameworkFactory.eINSTANCE;
        ScoringScheme scheme = factory.createScoringScheme();
        scheme.setId(SCHEME_ID);
        scheme.setName("Benchmark: min-max indicators, mean of areas");
        IndicatorRule normalise = factory.createIndicatorRule();
        normalise.setId(SCHEME_ID + "-indicators");
        normalise.setMethod(IndicatorScoringMethod.NORMALISE.id());
        normalise.setNormalisation(NormalisationMethod.MIN_MAX.id());
        normalise.setMissingData(MissingDataPolicy.EXCLUDE_AND_REWEIGHT);
        scheme.getIndicatorRules().add(normalise);
        // every top-level area has a rule, so the overall rule's inputs all exist (FW-REF-05); an area without
        // indicators (ADASS Option Two's area 7) is then unscored and the overall mean re-weights, as its policy says
        AggregationRule areas = aggregation(SCHEME_ID + "-areas", InputSelection.INDICATORS);
        areas.getAreas().addAll(framework.getAreas());
        AggregationRule overall = aggregation(SCHEME_ID + "-overall", InputSelection.CHILDREN);
        overall.setOverall(true);
        scheme.getAggregations().add(areas);
        scheme.getAggregations().add(overall);
        framework.getSchemes().add(scheme);
        return scheme;
    }

    /**
     * Writes native long CSV with one value per council and indicator of {@code framework} for {@link #PERIOD},
     * drawn from a fixed seed: the same framework gives the same file.
     */
    public static void writeData(Framework framework, int councils, Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(20);
        try (AtomicFile target = AtomicFiles.open(file)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
            out.write("council,council_name,period,id,group,category,value\n");
            for (int council = 1; council <= councils; council++) {
                String code = String.format(Locale.ROOT, "E0%07d", council);
                for (TreeIterator<EObject> i = framework.eAllContents(); i.hasNext();) {
                    if (i.next() instanceof Indicator indicator) {
                        out.write(String.format(Locale.ROOT, "%s,Council %d,%s,%s,,,%.1f%n", code, council, PERIOD,
                            indicator.getId(), random.nextDouble(0, 100)));
                    }
                }
            }
            out.flush();
            target.commit();
        }
    }

    private static AggregationRule aggregation(String id, InputSelection inputs) {
        AggregationRule rule = FrameworkFactory.eINSTANCE.createAggregationRule();
        rule.setId(id);
        rule.setInputs(inputs);
        rule.setMethod(AggregationMethod.MEAN.id());
        rule.setMissingData(MissingDataPolicy.EXCLUDE_AND_REWEIGHT);
        return rule;
    }
}
