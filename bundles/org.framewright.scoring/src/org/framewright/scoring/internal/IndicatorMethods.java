package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.Polarity;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.IndicatorScoring;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.Normalisation;
import org.framewright.scoring.Normaliser.Normalised;

/** The cross-council and target methods of indicator rules: normalise, comparator position, target RAG. */
final class IndicatorMethods {

    private IndicatorMethods() {
    }

    /**
     * The built-in indicator scoring method with this id, as contributed to {@code org.framewright.scoring.methods}:
     * normalise and comparator position score across councils, the others (value, thresholds, target RAG) score
     * the value itself and band or rate it afterwards ({@link IndicatorScorer}). Null for an id not built in.
     */
    static IndicatorScoring builtin(String id) {
        IndicatorScoringMethod method = IndicatorScoringMethod.get(id);
        if (method == null) {
            return null;
        }
        return switch (method) {
            case NORMALISE -> (rule, indicator, councils, values, arguments) -> normalise(rule, indicator, councils,
                values);
            case COMPARATOR_POSITION -> (rule, indicator, councils, values, arguments) ->
                comparatorPosition(rule, indicator, councils, values);
            default -> (rule, indicator, councils, values, arguments) -> new Normalised(values, null);
        };
    }

    static Normalised normalise(IndicatorRule rule, Indicator indicator, List<Council> councils, List<Double> values) {
        return Methods.normaliser(rule).normalise(values, indicator.getPolarity(), indicator.getTarget(), councils,
            Methods.normalisationArguments(rule));
    }

    /**
     * The percentile rank of each council within its comparator group: every council, its region, its similar
     * councils (the data set's {@code similar councils} group anchored on it, e.g. Oflog's nearest neighbours) or
     * its club (the first {@code club} group of the data set that lists it); only councils scored in the run count.
     * A council without a group is unscored, and the run says how many.
     */
    static Normalised comparatorPosition(IndicatorRule rule, Indicator indicator, List<Council> councils,
            List<Double> values) {
        ComparatorKind kind = rule.getComparator();
        List<Double> result = new ArrayList<>();
        int without = 0;
        for (int i = 0; i < councils.size(); i++) {
            Set<String> members = members(kind, councils.get(i));
            if (members == null && kind != ComparatorKind.NATIONAL && kind != ComparatorKind.REGIONAL) {
                result.add(null);
                without++;
                continue;
            }
            String region = councils.get(i).getRegion();
            List<Double> group = new ArrayList<>();
            int own = -1;
            for (int j = 0; j < councils.size(); j++) {
                boolean in = switch (kind) {
                    case NATIONAL -> true;
                    case REGIONAL -> Objects.equals(region, councils.get(j).getRegion());
                    default -> j == i || members.contains(councils.get(j).getId());
                };
                if (in) {
                    own = j == i ? group.size() : own;
                    group.add(values.get(j));
                }
            }
            result.add(Normalisation.PERCENTILE.create().normalise(group, indicator.getPolarity(), null).values().get(own));
        }
        return new Normalised(result, without == 0 ? null : without + " of " + councils.size()
            + " councils have no " + kind.getLiteral() + " group in the data set's comparator groups: unscored");
    }

    /** The members of the council's group of {@code kind} among its data set's comparator groups, or null. */
    static Set<String> members(ComparatorKind kind, Council council) {
        if (!(council.eContainer() instanceof DataSet data)) {
            return null;
        }
        for (ComparatorGroup group : data.getComparatorGroups()) {
            if (group.getKind() != kind) {
                continue;
            }
            if (kind == ComparatorKind.SIMILAR_COUNCILS ? council.getId().equals(group.getAnchor())
                : group.getMembers().contains(council.getId())) {
                return new HashSet<>(group.getMembers());
            }
        }
        return null;
    }

    /**
     * Green when the value misses the target in the direction of the polarity by no more than greenTolerance x
     * |target| (0 by default: when it meets the target), else Amber when it misses by no more than amberTolerance x
     * |target|, else Red; levels from the rule's banding, whose bands are Red, Amber, Green.
     */
    static ScaleLevel rag(IndicatorRule rule, Indicator indicator, Double value, List<String> notes) {
        if (value == null) {
            return null;
        }
        if (indicator.getTarget() == null || rule.getBanding() == null || rule.getBanding().getBands().size() < 3) {
            notes.add(indicator.getTarget() == null ? "no target: unrated" : "the RAG banding needs three bands: unrated");
            return null;
        }
        BigDecimal target = BigDecimal.valueOf(indicator.getTarget());
        BigDecimal v = BigDecimal.valueOf(value);
        BigDecimal shortfall = indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? v.subtract(target) : target.subtract(v);
        BigDecimal tolerance = BigDecimal.valueOf(rule.getAmberTolerance()).multiply(target.abs());
        BigDecimal green = BigDecimal.valueOf(rule.getGreenTolerance()).multiply(target.abs());
        int band = shortfall.compareTo(green) <= 0 ? 2 : shortfall.compareTo(tolerance) <= 0 ? 1 : 0;
        notes.add(ragNote(ScoreFormat.format(indicator.getTarget()), shortfall, green, tolerance, band));
        return rule.getBanding().getBands().get(band).getLevel();
    }

    private static String ragNote(String target, BigDecimal shortfall, BigDecimal green, BigDecimal tolerance,
            int band) {
        if (shortfall.signum() <= 0) {
            return band == 2 ? "meets the target " + target : "meets the target " + target + " but does not beat it by "
                + plain(green.negate()) + ", as Green needs";
        }
        return "misses the target " + target + " by " + plain(shortfall) + (band == 2 ? " (within the green tolerance "
            + plain(green) + ")" : (band == 1 ? " (within " : " (more than ") + plain(tolerance) + ")");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
