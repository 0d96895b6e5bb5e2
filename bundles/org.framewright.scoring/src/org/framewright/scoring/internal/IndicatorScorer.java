package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeKind;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.OutlierTreatments;
import org.framewright.scoring.Normaliser.Normalised;

/** Scores one indicator for every council by its rule's method (value, normalise, thresholds, target RAG, comparator). */
final class IndicatorScorer {

    private IndicatorScorer() {
    }

    /**
     * One result per council, in council order, from the indicator's values as the data treatments left them
     * ({@code column}), first treated for outliers by {@code treatment} (null: none); each change is noted on its
     * council's result. {@code runNotes} collects problems of the indicator as a whole.
     */
    static List<NodeResult> score(Indicator indicator, IndicatorRule rule, OutlierTreatment treatment,
            List<Council> councils, TreatedColumn column, List<String> runNotes) {
        List<Double> raw = column.raw;
        List<Double> given = column.values;
        List<List<String>> changes = new ArrayList<>();
        column.changes.forEach(c -> changes.add(new ArrayList<>(c)));
        if (treatment != null) {
            OutlierTreatments.Treated treated = OutlierTreatments.treat(treatment, indicator.getId(),
                councils.stream().map(Council::getId).toList(), given);
            runNotes.add(treated.summary());
            given = treated.values();
            for (int i = 0; i < councils.size(); i++) {
                if (treated.changes().get(i) != null) {
                    changes.get(i).add(treated.changes().get(i));
                }
            }
        }
        List<Double> values = imputed(rule.getMissingData(), given, column.screened);
        Normalised scored = Methods.indicatorScoring(rule).score(rule, indicator, councils, values,
            Methods.arguments(rule));
        List<Double> scores = scored.values();
        String problem = scored.problem();
        if (problem != null) {
            runNotes.add("indicator " + indicator.getId() + ": " + problem);
        }
        List<NodeResult> results = new ArrayList<>();
        for (int i = 0; i < councils.size(); i++) {
            results.add(result(indicator, rule, raw.get(i), values.get(i), scores.get(i), problem, changes.get(i),
                column.imputed[i] || column.screened[i]));
        }
        return results;
    }

    private static NodeResult result(Indicator indicator, IndicatorRule rule, Double raw, Double value, Double score,
            String problem, List<String> changes, boolean treatedMissing) {
        List<String> notes = new ArrayList<>(changes);
        if (raw == null && treatedMissing) {
            // the treatment's own note says what became of the missing value
        } else if (raw == null) {
            notes.add(value == null ? "no value in the data: unscored"
                : "no value in the data: imputed " + ScoreFormat.format(value) + " (" + rule.getMissingData().getLiteral() + ")");
        } else if (score == null && problem != null) {
            notes.add(problem + ": unscored");
        }
        BigDecimal rounded = Rounder.round(Decimals.of(score), rule.getRounding());
        IndicatorScoringMethod builtin = IndicatorScoringMethod.get(rule.getMethod());
        ScaleLevel level = builtin == null ? Bands.levelFor(rule.getBanding(), rounded) : switch (builtin) {
            case THRESHOLDS -> Bands.levelFor(rule.getBanding(), rounded);
            case TARGET_RAG -> IndicatorMethods.rag(rule, indicator, value, notes);
            default -> null;
        };
        Double finalScore = rounded == null ? null : rounded.doubleValue();
        List<Contribution> inputs = value == null ? List.of(new Contribution(indicator.getId(), null, null, true))
            : List.of(new Contribution(indicator.getId(), value, 100.0, false));
        List<String> steps = value == null ? List.of()
            : steps(rule, raw, value, score, rounded, level, notes, changes, treatedMissing);
        return new NodeResult(indicator.getId(), NodeKind.INDICATOR, raw, finalScore, level, inputs, notes, steps);
    }

    /** The method's steps: the value (imputed or not), its normalisation or position, rounding, level. */
    private static List<String> steps(IndicatorRule rule, Double raw, double value, Double score, BigDecimal rounded,
            ScaleLevel level, List<String> notes, List<String> changes, boolean treatedMissing) {
        List<String> steps = new ArrayList<>();
        steps.add(raw == null && treatedMissing ? "no value in the data"
            : (raw == null ? "imputed (" + rule.getMissingData().getLiteral() + "): " : "value in the data: ")
                + ScoreFormat.format(raw == null ? value : raw));
        steps.addAll(changes);
        IndicatorScoringMethod builtin = IndicatorScoringMethod.get(rule.getMethod());
        if (builtin == null) {
            steps.add("scored by " + rule.getMethod() + ": " + ScoreFormat.format(score));
        }
        switch (builtin == null ? IndicatorScoringMethod.THRESHOLDS : builtin) {
            case NORMALISE -> steps.add("normalised (" + rule.getNormalisation() + ") across councils: "
                + ScoreFormat.format(score));
            case COMPARATOR_POSITION -> steps.add("percentile position among " + rule.getComparator().getLiteral()
                + " comparators: " + ScoreFormat.format(score));
            default -> {
                // the value itself is scored
            }
        }
        NodeScorer.addIfAny(steps, Explanations.rounding(rule.getRounding(), Decimals.of(score), rounded));
        switch (builtin == null ? IndicatorScoringMethod.THRESHOLDS : builtin) {
            case THRESHOLDS -> NodeScorer.addIfAny(steps, Explanations.level(rule.getBanding(), null, rounded, level));
            case TARGET_RAG -> notes.stream().filter(n -> n.contains("target")).findFirst()
                .ifPresent(n -> steps.add(n + (level == null ? "" : ": " + level.getName())));
            default -> {
                // no level
            }
        }
        return steps;
    }

    /**
     * Missing values imputed with the mean or median across councils when the policy says so; a council the
     * availability screen left unscored stays without a value.
     */
    private static List<Double> imputed(MissingDataPolicy policy, List<Double> raw, boolean[] screened) {
        List<BigDecimal> present = Decimals.present(raw);
        if (present.isEmpty() || policy != MissingDataPolicy.IMPUTE_MEAN && policy != MissingDataPolicy.IMPUTE_MEDIAN) {
            return raw;
        }
        Double fill = (policy == MissingDataPolicy.IMPUTE_MEAN ? Decimals.mean(present) : Decimals.median(present))
            .doubleValue();
        List<Double> filled = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            filled.add(raw.get(i) == null && !screened[i] ? fill : raw.get(i));
        }
        return filled;
    }
}
