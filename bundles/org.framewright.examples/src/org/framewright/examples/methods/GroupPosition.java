package org.framewright.examples.methods;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.Council;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.query.ComparatorGroupQuery;
import org.framewright.scoring.IndicatorScoring;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normalisation;
import org.framewright.scoring.Normaliser.Normalised;

/**
 * The indicator scoring method {@code group-position}: where a council sits among one named group of councils given
 * in the data (a benchmarking club, a region, Oflog's nearest neighbours of one council), whether or not it belongs
 * to the group. The group is a comparator group of the data set (read from a {@code group,council} CSV or Oflog's
 * NN.json, e.g. by {@code score --groups FILE}), named by the rule's parameter {@code group}: its id, its name or,
 * for a nearest-neighbour group, its anchor council ({@link ComparatorGroupQuery}).
 * <p>
 * The score is the council's percentile among the group's councils scored in the run and itself: 100 x (the number
 * of them strictly worse than the council, in the direction of the indicator's polarity) / (their number - 1), so
 * 100 is better than every one of them and 0 worse than every one (the built-in {@code percentile} over that set).
 * A council without a value, or with no other group council that has one, is unscored; a group the data does not
 * give leaves the indicator unscored and the run says so.
 */
public final class GroupPosition implements IndicatorScoring {

    /** The parameter naming the group. */
    public static final String GROUP = "group";

    @Override
    public Normalised score(IndicatorRule rule, Indicator indicator, List<Council> councils, List<Double> values,
            MethodArguments arguments) {
        String name = arguments.text(GROUP);
        ComparatorGroup group = councils.isEmpty() ? null : ComparatorGroupQuery.find(councils.get(0), name);
        List<Double> scores = new ArrayList<>();
        if (group == null) {
            councils.forEach(c -> scores.add(null));
            return new Normalised(scores, name == null || name.isBlank() ? "group-position: the rule names no group"
                : "group-position: the data gives no comparator group '" + name
                    + "' (give the groups with the data, e.g. score --groups FILE)");
        }
        for (int i = 0; i < councils.size(); i++) {
            scores.add(values.get(i) == null ? null : position(i, group, indicator, councils, values));
        }
        return new Normalised(scores, null);
    }

    private static Double position(int own, ComparatorGroup group, Indicator indicator, List<Council> councils,
            List<Double> values) {
        List<Double> set = new ArrayList<>();
        int index = -1;
        for (int j = 0; j < councils.size(); j++) {
            if (j == own) {
                index = set.size();
                set.add(values.get(j));
            } else if (values.get(j) != null && group.getMembers().contains(councils.get(j).getId())) {
                set.add(values.get(j));
            }
        }
        if (set.size() < 2) {
            return null;
        }
        return Normalisation.PERCENTILE.create().normalise(set, indicator.getPolarity(), null).values().get(index);
    }
}
