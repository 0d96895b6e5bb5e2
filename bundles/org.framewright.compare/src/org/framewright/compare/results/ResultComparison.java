package org.framewright.compare.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringResult;

/**
 * Puts two scorings of the same councils side by side (two frameworks, or two schemes or scenarios of one) and
 * traces each council's move to the nodes that moved most for it: first the nodes whose level changed (by how
 * many levels), then by how far their score moved (see {@link NodeShift#magnitude()}), then the node nearer the
 * overall result.
 */
public final class ResultComparison {

    /** The number of reasons kept per council. */
    public static final int REASONS = 3;

    private static final String OVERALL = "overall";

    private final ScoringResult a;
    private final ScoringResult b;
    private final Map<String, Double> mediansA;
    private final Map<String, Double> mediansB;

    private ResultComparison(ScoringResult a, ScoringResult b) {
        this.a = a;
        this.b = b;
        this.mediansA = medians(a);
        this.mediansB = medians(b);
    }

    /** Compares result {@code a} with result {@code b}; {@code labelA}/{@code labelB} say what they are. */
    public static ResultsDiff compare(ScoringResult a, String labelA, ScoringResult b, String labelB) {
        return new ResultComparison(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"))
            .compare(labelA, labelB);
    }

    private ResultsDiff compare(String labelA, String labelB) {
        Map<String, CouncilResult> councilsB = new HashMap<>();
        b.councils().forEach(c -> councilsB.put(c.council().getId(), c));
        Set<String> seen = new LinkedHashSet<>();
        List<CouncilShift> shifts = new ArrayList<>();
        for (CouncilResult councilA : a.councils()) {
            seen.add(councilA.council().getId());
            shifts.add(shift(councilA, councilsB.get(councilA.council().getId())));
        }
        for (CouncilResult councilB : b.councils()) {
            if (!seen.contains(councilB.council().getId())) {
                shifts.add(shift(null, councilB));
            }
        }
        return new ResultsDiff(labelA, labelB, shifts);
    }

    private CouncilShift shift(CouncilResult inA, CouncilResult inB) {
        CouncilResult either = inA != null ? inA : inB;
        NodeResult overallA = inA == null ? null : inA.overall();
        NodeResult overallB = inB == null ? null : inB.overall();
        return new CouncilShift(either.council().getId(), Objects.toString(either.council().getName(), ""),
            score(overallA), score(overallB), rating(overallA), rating(overallB), inA == null ? null : inA.rank(),
            inB == null ? null : inB.rank(), reasons(inA, inB));
    }

    private List<NodeShift> reasons(CouncilResult inA, CouncilResult inB) {
        Set<String> nodes = new LinkedHashSet<>(a.nodeIds());
        nodes.addAll(b.nodeIds());
        nodes.remove(OVERALL);
        List<NodeShift> moved = new ArrayList<>();
        for (String node : nodes) {
            boolean inBothSchemes = a.nodeIds().contains(node) && b.nodeIds().contains(node);
            NodeResult nodeA = inA == null ? null : inA.nodes().get(node);
            NodeResult nodeB = inB == null ? null : inB.nodes().get(node);
            NodeShift shift = inBothSchemes ? common(node, nodeA, nodeB)
                : a.nodeIds().contains(node) ? oneSided(node, nodeA, NodeShift.Presence.ONLY_A, mediansA)
                : oneSided(node, nodeB, NodeShift.Presence.ONLY_B, mediansB);
            if (shift != null) {
                moved.add(shift);
            }
        }
        // ties (e.g. a grade and the outcome grades below it all one level down) go to the higher node first:
        // node ids list indicators, then areas children-first, so a later position is nearer the overall result
        List<String> order = new ArrayList<>(nodes);
        moved.sort(Comparator.comparingInt((NodeShift s) -> -Math.abs(s.levelChange()))
            .thenComparing(s -> -s.magnitude()).thenComparing(s -> -order.indexOf(s.nodeId())));
        return moved.subList(0, Math.min(REASONS, moved.size()));
    }

    private static NodeShift common(String node, NodeResult nodeA, NodeResult nodeB) {
        Double scoreA = score(nodeA);
        Double scoreB = score(nodeB);
        int levelChange = levelValue(nodeB) != null && levelValue(nodeA) != null
            ? levelValue(nodeB) - levelValue(nodeA) : 0;
        double magnitude = scoreA != null && scoreB != null ? Math.abs(scoreB - scoreA) : 0;
        boolean scoredOnlyOnce = (scoreA == null) != (scoreB == null);
        if (magnitude == 0 && levelChange == 0 && !scoredOnlyOnce && rating(nodeA).equals(rating(nodeB))) {
            return null;
        }
        return new NodeShift(node, scoreA, scoreB, rating(nodeA), rating(nodeB), NodeShift.Presence.BOTH,
            levelChange, magnitude);
    }

    private static NodeShift oneSided(String node, NodeResult result, NodeShift.Presence presence,
            Map<String, Double> medians) {
        Double score = score(result);
        Double median = medians.get(node);
        if (score == null || median == null) {
            return null;
        }
        boolean onlyA = presence == NodeShift.Presence.ONLY_A;
        return new NodeShift(node, onlyA ? score : null, onlyA ? null : score, onlyA ? rating(result) : "",
            onlyA ? "" : rating(result), presence, 0, Math.abs(score - median));
    }

    private static Map<String, Double> medians(ScoringResult result) {
        Map<String, Double> medians = new HashMap<>();
        for (String node : result.nodeIds()) {
            double[] scores = result.councils().stream().map(c -> score(c.nodes().get(node)))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
            if (scores.length > 0) {
                int middle = scores.length / 2;
                medians.put(node, scores.length % 2 == 1 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2);
            }
        }
        return medians;
    }

    private static Double score(NodeResult result) {
        return result == null ? null : result.score();
    }

    private static String rating(NodeResult result) {
        return result == null || result.rating() == null ? "" : result.rating();
    }

    private static Integer levelValue(NodeResult result) {
        return result == null || result.level() == null ? null : result.level().getValue();
    }
}
