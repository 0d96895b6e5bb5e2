package org.framewright.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;

/**
 * Says what a simulation perturbs in a person's words: {@code "6 area weights of agg-overall (1, 2, 3, 4, 5, 6),
 * +-20 %"} for the input {@code "weights of agg-overall"}, rather than a count of uncertain inputs. The parts are
 * the inputs the rule's nodes had in the baseline; other inputs (method choices, normalisation) keep their names.
 */
public final class PerturbedInputs {

    private static final int PARTS_LISTED = 8;

    private PerturbedInputs() {
    }

    /** One description per uncertain input of {@code result}, in its order. */
    public static List<String> describe(MonteCarloResult result, ScoringResult baseline, WeightPerturbation perturbation,
            double amount) {
        return describe(result, baseline, new Uncertainty(perturbation, amount, List.of(), Map.of(), List.of()));
    }

    /**
     * One description per uncertain input of {@code result}, in its order, band thresholds ({@code 3 band boundaries
     * of rating-bands +-2 points}), target RAG thresholds ({@code 2 RAG boundaries of rag-target +-2 points}) and
     * missing-data policies ({@code missing-data policy of agg-themes among exclude
     * and re-weight|fail}) included.
     */
    public static List<String> describe(MonteCarloResult result, ScoringResult baseline, Uncertainty uncertainty) {
        List<String> descriptions = new ArrayList<>();
        for (String input : result.inputs()) {
            AggregationRule rule = input.startsWith("weights of ") ? rule(baseline.scheme(), input.substring(11)) : null;
            if (rule != null) {
                descriptions.add(weights(rule, baseline) + ", " + spread(uncertainty.perturbation(),
                    uncertainty.amount()));
            } else if (input.startsWith(THRESHOLDS)) {
                descriptions.add(thresholds(baseline.scheme(), input.substring(THRESHOLDS.length()),
                    uncertainty.thresholdShift()));
            } else if (input.startsWith(RAG)) {
                descriptions.add("2 RAG boundaries of " + input.substring(RAG.length()) + " +-"
                    + ScoreFormat.format(uncertainty.thresholdShift()) + " points");
            } else if (input.startsWith(POLICY) && uncertainty.policyChoices().containsKey(input.substring(POLICY.length()))) {
                descriptions.add(input + " among " + uncertainty.policyChoices().get(input.substring(POLICY.length()))
                    .stream().map(MissingDataPolicy::getLiteral).collect(Collectors.joining("|")));
            } else {
                descriptions.add(input);
            }
        }
        return descriptions;
    }

    private static final String THRESHOLDS = "thresholds of ";
    private static final String POLICY = "missing-data policy of ";
    private static final String RAG = "RAG thresholds of ";

    private static String thresholds(ScoringScheme scheme, String id, double shift) {
        int boundaries = scheme.getBandings().stream().filter(b -> id.equals(b.getId()))
            .mapToInt(b -> b.getBands().size() - 1).findFirst().orElse(0);
        return boundaries + " band boundar" + (boundaries == 1 ? "y" : "ies") + " of " + id + " +-"
            + ScoreFormat.format(shift) + " points";
    }

    /** {@code "+-20 %"} for a uniform factor p = 0.2, {@code "Dirichlet, concentration 50"}. */
    public static String spread(WeightPerturbation perturbation, double amount) {
        return perturbation == WeightPerturbation.UNIFORM_FACTOR
            ? "+-" + ScoreFormat.format(amount * 100) + " %" : "Dirichlet, concentration " + ScoreFormat.format(amount);
    }

    private static String weights(AggregationRule rule, ScoringResult baseline) {
        Set<String> parts = new LinkedHashSet<>();
        List<String> nodes = new ArrayList<>();
        rule.getAreas().forEach(area -> nodes.add(area.getId()));
        if (rule.isOverall()) {
            nodes.add(ScoringPlan.OVERALL);
        }
        Set<String> areaIds = ids(baseline.scheme(), Area.class);
        Set<String> indicatorIds = ids(baseline.scheme(), Indicator.class);
        boolean areas = true;
        boolean indicators = true;
        for (CouncilResult council : baseline.councils()) {
            for (String node : nodes) {
                NodeResult result = council.nodes().get(node);
                for (Contribution input : result == null ? List.<Contribution>of() : result.inputs()) {
                    parts.add(input.sourceId());
                    areas &= areaIds.contains(input.sourceId());
                    indicators &= indicatorIds.contains(input.sourceId());
                }
            }
        }
        String kind = parts.isEmpty() ? "" : areas ? "area " : indicators ? "indicator " : "input ";
        String listed = parts.size() <= PARTS_LISTED ? " (" + String.join(", ", parts) + ")" : "";
        return parts.size() + " " + kind + "weights of " + rule.getId() + listed;
    }

    /** The ids of the framework's elements of {@code type} (areas, indicators). */
    private static Set<String> ids(ScoringScheme scheme, Class<? extends ModelElement> type) {
        Set<String> ids = new HashSet<>();
        if (scheme.eContainer() instanceof Framework framework) {
            framework.eAllContents().forEachRemaining(e -> {
                if (type.isInstance(e)) {
                    ids.add(((ModelElement) e).getId());
                }
            });
        }
        return ids;
    }

    private static AggregationRule rule(ScoringScheme scheme, String id) {
        return scheme.getAggregations().stream().filter(r -> id.equals(r.getId())).findFirst().orElse(null);
    }
}
