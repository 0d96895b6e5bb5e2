package org.framewright.model.query;

import java.util.List;
import java.util.stream.Collectors;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.Denomination;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.model.Indicator;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;

/**
 * What a data treatment of a scheme treats and how, in a few words, so that two treatments without a name can be told
 * apart in a tree: {@code of 2D1 (winsorise up to 5)}, {@code of 3D2A, 3D2B per 3D1A x 100},
 * {@code of every indicator (comparator median of similar councils)}, {@code (75 % of indicators)}.
 */
public final class TreatmentQuery {

    private TreatmentQuery() {
    }

    /** The words for {@code treatment} (an outlier treatment, denomination, imputation or screen), or null. */
    public static String describe(Object treatment) {
        if (treatment instanceof OutlierTreatment outliers) {
            return "of " + indicators(outliers.getIndicators()) + " (winsorise up to "
                + outliers.getWinsorisationLimit() + transform(outliers) + ")";
        }
        if (treatment instanceof Denomination denomination) {
            String by = denomination.getDenominatorIndicator() != null ? id(denomination.getDenominatorIndicator())
                : denomination.getDenominatorColumn() != null ? "column " + denomination.getDenominatorColumn()
                    : "(no denominator)";
            // a denomination of no indicator is an error (FW-TREAT), not "every indicator"
            return "of " + (denomination.getIndicators().isEmpty() ? "(no indicator)"
                : indicators(denomination.getIndicators())) + " per " + by
                + (denomination.getMultiplier() == 1.0 ? "" : " x " + number(denomination.getMultiplier()));
        }
        if (treatment instanceof Imputation imputation) {
            return "of " + indicators(imputation.getIndicators()) + " (" + method(imputation) + ")";
        }
        if (treatment instanceof AvailabilityScreen screen) {
            return "(" + number(screen.getMinimumPercent()) + " % of indicators)";
        }
        return null;
    }

    private static String transform(OutlierTreatment outliers) {
        return switch (outliers.getTransform()) {
            case LOG -> ", then log";
            case BOX_COX -> ", then Box-Cox lambda " + number(outliers.getLambda());
            case NONE -> "";
        };
    }

    private static String method(Imputation imputation) {
        ImputationMethod method = imputation.getMethod();
        boolean comparator = method == ImputationMethod.COMPARATOR_MEAN || method == ImputationMethod.COMPARATOR_MEDIAN;
        return method.getLiteral() + (comparator ? " of " + imputation.getComparator().getLiteral() : "");
    }

    /** The indicators' ids (an empty list: every indicator, as outlier treatments and imputations read it). */
    private static String indicators(List<Indicator> indicators) {
        return indicators.isEmpty() ? "every indicator"
            : indicators.stream().map(TreatmentQuery::id).collect(Collectors.joining(", "));
    }

    private static String id(Indicator indicator) {
        return indicator.getId() == null ? "(indicator without id)" : indicator.getId();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
            : String.valueOf(value);
    }
}
