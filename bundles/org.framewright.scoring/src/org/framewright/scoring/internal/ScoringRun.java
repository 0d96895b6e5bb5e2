package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.framewright.model.Council;
import org.framewright.model.Indicator;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.OutlierTreatments;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringMonitor;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringPlan.PlannedNode;
import org.framewright.scoring.ScoringResult;

/** One scoring run of a plan over a data index: node by node across all councils, then the ranking. */
public final class ScoringRun {

    private final ScoringPlan plan;
    private final DataIndex data;
    private final ScoringMonitor monitor;

    /** A run; call {@link #run()} once. */
    public ScoringRun(ScoringPlan plan, DataIndex data, ScoringMonitor monitor) {
        this.plan = plan;
        this.data = data;
        this.monitor = monitor == null ? ScoringMonitor.NONE : monitor;
    }

    /** Scores every node for every council. */
    public ScoringResult run() {
        List<Council> councils = data.councils();
        Map<Council, Map<String, NodeResult>> results = new LinkedHashMap<>();
        councils.forEach(c -> results.put(c, new LinkedHashMap<>()));
        List<Indicator> indicators = plan.indicators(data::hasValues);
        List<String> nodeIds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        monitor.begin(indicators.size() + plan.nodes().size());
        DataTreatment treated = DataTreatment.apply(plan.scheme(), indicators, data, notes);
        for (Indicator indicator : indicators) {
            checkCanceled();
            List<NodeResult> scored = IndicatorScorer.score(indicator, plan.ruleFor(indicator),
                OutlierTreatments.treatmentOf(plan.scheme(), indicator), councils, treated.column(indicator.getId()),
                notes);
            for (int i = 0; i < councils.size(); i++) {
                results.get(councils.get(i)).put(indicator.getId(), scored.get(i));
            }
            nodeIds.add(indicator.getId());
            monitor.nodeDone(indicator.getId());
        }
        NodeScorer scorer = new NodeScorer(new InputCollector(plan.framework(), data), data);
        for (PlannedNode node : plan.nodes()) {
            checkCanceled();
            scorer.score(node, results).forEach((council, result) -> results.get(council).put(node.id(),
                treated.screened().containsKey(council) ? screenedOut(result, treated.screened().get(council))
                    : result));
            nodeIds.add(node.id());
            monitor.nodeDone(node.id());
        }
        List<Double> overall = councils.stream().map(c -> results.get(c).get(ScoringPlan.OVERALL).score()).toList();
        List<Integer> ranks = Ranking.ranks(overall, plan.scheme().getRanking());
        List<CouncilResult> councilResults = new ArrayList<>();
        for (int i = 0; i < councils.size(); i++) {
            councilResults.add(new CouncilResult(councils.get(i), results.get(councils.get(i)), ranks.get(i)));
        }
        return new ScoringResult(plan.scheme(), data.period(), nodeIds, councilResults, notes,
            treated.screened().keySet().stream().map(Council::getId).collect(Collectors.toSet()));
    }

    /**
     * An aggregated node of a council the availability screen left unscored: unscored, whatever its rule's
     * missing-data policy would have imputed or a direct value in the data would have given.
     */
    private static NodeResult screenedOut(NodeResult result, String note) {
        return new NodeResult(result.nodeId(), result.kind(), result.rawValue(), null, null, List.of(), List.of(note),
            List.of(note));
    }

    private void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new ScoringException("scoring was cancelled");
        }
    }
}
