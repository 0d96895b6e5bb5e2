package org.framewright.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Area;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeKind;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringResult;

/**
 * The statistical audit of a composite indicator, as the JRC's audits and COINr report it: per indicator the
 * availability, descriptive statistics, outliers, correlations with the other indicators, its area and the overall
 * score; per area Cronbach's alpha and the first principal component's share of variance; and, for each indicator
 * and each area left out in turn, how far the councils' ranks move.
 */
public final class StatisticalAudit {

    /** Indicators whose |Pearson r| exceeds this are flagged as collinear. */
    public static final double COLLINEAR = 0.9;

    private StatisticalAudit() {
    }

    /**
     * Audits {@code scheme} of {@code framework} on {@code data} in {@code period} (null: the data's only period).
     *
     * @throws ScoringException when the scheme cannot score the data (the message is for the user)
     */
    public static AuditReport run(Framework framework, ScoringScheme scheme, DataSet data, String period) {
        ScoringResult result = ScoringEngine.score(framework, scheme, data, period);
        List<String> indicatorIds = nodes(result, NodeKind.INDICATOR);
        List<String> areaIds = nodes(result, NodeKind.AREA);
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (String id : result.nodeIds()) {
            scores.put(id, column(result, id, true));
        }
        Map<String, String> areaOf = areaOf(framework, indicatorIds, areaIds);
        double[] overall = scores.get("overall");
        List<IndicatorAudit> indicators = new ArrayList<>();
        for (String id : indicatorIds) {
            indicators.add(indicator(framework, scheme, data, result, id, areaOf.get(id), indicatorIds, scores, overall));
        }
        List<AreaAudit> areas = new ArrayList<>();
        for (String id : areaIds) {
            List<String> own = indicatorIds.stream().filter(i -> id.equals(areaOf.get(i))).toList();
            double[][] items = own.stream().map(scores::get).toArray(double[][]::new);
            areas.add(new AreaAudit(id, name(framework, id), own, Reliability.completeRows(items).length,
                Reliability.cronbachAlpha(items), Reliability.firstComponentShare(items),
                overall == null ? Double.NaN : Correlations.pearson(scores.get(id), overall),
                leaveOut(scheme, data, result, id)));
        }
        List<String> notes = new ArrayList<>(result.notes());
        if (result.councils().stream().allMatch(c -> c.rank() == null)) {
            notes.add("leave-one-out: the scheme ranks no council, so no rank shifts are given");
        }
        return new AuditReport(framework.getId(), scheme.getId(), result.period(), result.councils().size(),
            List.copyOf(indicators), List.copyOf(areas), List.copyOf(notes));
    }

    private static IndicatorAudit indicator(Framework framework, ScoringScheme scheme, DataSet data,
            ScoringResult result, String id, String area, List<String> indicatorIds, Map<String, double[]> scores,
            double[] overall) {
        double[] raw = column(result, id, false);
        double[] present = java.util.Arrays.stream(raw).filter(v -> !Double.isNaN(v)).toArray();
        Descriptives statistics = Descriptives.of(present);
        List<String> outliers = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (int c = 0; c < raw.length; c++) {
            if (!Double.isNaN(raw[c])) {
                String council = result.councils().get(c).council().getId();
                values.put(council, raw[c]);
                if (statistics.isOutlier(raw[c])) {
                    outliers.add(council);
                }
            }
        }
        Map<String, Double> pearson = new LinkedHashMap<>();
        Map<String, Double> spearman = new LinkedHashMap<>();
        List<String> collinear = new ArrayList<>();
        for (String other : indicatorIds) {
            if (!other.equals(id)) {
                double r = Correlations.pearson(scores.get(id), scores.get(other));
                pearson.put(other, r);
                spearman.put(other, Correlations.spearman(scores.get(id), scores.get(other)));
                if (Math.abs(r) > COLLINEAR) {
                    collinear.add(other);
                }
            }
        }
        int councils = result.councils().size();
        return new IndicatorAudit(id, name(framework, id), area, present.length,
            councils == 0 ? Double.NaN : 100.0 * present.length / councils, statistics, List.copyOf(outliers),
            pearson, spearman, List.copyOf(collinear),
            area == null ? Double.NaN : Correlations.pearson(scores.get(id), scores.get(area)),
            overall == null ? Double.NaN : Correlations.pearson(scores.get(id), overall),
            leaveOut(scheme, data, result, id), java.util.Collections.unmodifiableMap(values));
    }

    private static RankShift leaveOut(ScoringScheme scheme, DataSet data, ScoringResult baseline, String id) {
        try {
            ScoringScheme without = LeaveOneOut.without(scheme, id);
            ScoringResult other = ScoringEngine.score((Framework) EcoreUtil.getRootContainer(without), without, data,
                baseline.period());
            double[] shifts = LeaveOneOut.rankShifts(baseline, other);
            double[] medianMax = LeaveOneOut.medianAndMax(shifts);
            return new RankShift(shifts.length, medianMax[0], medianMax[1],
                shifts.length == 0 ? "no council is ranked both with and without " + id : null);
        } catch (ScoringException e) {
            return new RankShift(0, Double.NaN, Double.NaN, "without " + id + ": " + e.getMessage());
        }
    }

    /** The ids of the nodes of {@code kind}, in the result's order. */
    private static List<String> nodes(ScoringResult result, NodeKind kind) {
        if (result.councils().isEmpty()) {
            return List.of();
        }
        Map<String, NodeResult> nodes = result.councils().get(0).nodes();
        return result.nodeIds().stream().filter(id -> nodes.get(id) != null && nodes.get(id).kind() == kind).toList();
    }

    /** Node {@code id}'s score (or raw value) per council in the result's order; NaN where missing. */
    static double[] column(ScoringResult result, String id, boolean score) {
        double[] values = new double[result.councils().size()];
        for (int c = 0; c < values.length; c++) {
            CouncilResult council = result.councils().get(c);
            NodeResult node = council.nodes().get(id);
            Double value = node == null ? null : score ? node.score() : node.rawValue();
            values[c] = value == null || value.isNaN() || value.isInfinite() ? Double.NaN : value;
        }
        return values;
    }

    /** Each indicator's own area: the first scored area (in the result's order) that lists it among its indicators. */
    private static Map<String, String> areaOf(Framework framework, List<String> indicatorIds, List<String> areaIds) {
        Map<String, String> areaOf = new LinkedHashMap<>();
        for (String areaId : areaIds) {
            if (element(framework, areaId) instanceof Area area) {
                area.getIndicators().forEach(i -> areaOf.putIfAbsent(i.getId(), areaId));
            }
        }
        areaOf.keySet().retainAll(indicatorIds);
        return areaOf;
    }

    static String name(Framework framework, String id) {
        ModelElement element = element(framework, id);
        return element == null ? id : element.getName();
    }

    private static ModelElement element(Framework framework, String id) {
        for (EObject e : (Iterable<EObject>) () -> framework.eAllContents()) {
            if (e instanceof ModelElement element && id.equals(element.getId())
                    && (element instanceof Area || element instanceof org.framewright.model.Indicator)) {
                return element;
            }
        }
        return null;
    }
}
