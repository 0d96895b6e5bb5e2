package org.framewright.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.model.Indicator;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.SchemeQuery;
import org.framewright.scoring.OutlierTreatments.Problem;

/**
 * The parameters of a scheme's {@link Imputation}s (rule FW-TREAT-03), applied after denomination to a council that
 * has data in the scored period but no value of an indicator. Validation reports {@link #problems}; scoring refuses
 * them ({@link #requireValid}), and refuses with the same rule code a comparator method the data cannot serve (no
 * comparator group of the kind, or no council's region).
 */
public final class Imputations {

    /** The code of the validation rule that reports {@link #problems}. */
    public static final String RULE = "FW-TREAT-03";

    private Imputations() {
    }

    /** Whether the method fills a value from the council's comparator group (else from its own other periods). */
    public static boolean needsComparators(ImputationMethod method) {
        return !SchemeQuery.isTimeSeries(method);
    }

    /**
     * What is wrong with an imputation: an indicator named twice or already imputed by an earlier imputation of the
     * scheme (one naming no indicator imputes them all), a comparator given to a time-series method. Empty when it
     * is fine.
     */
    public static List<Problem> problems(Imputation imputation) {
        List<Problem> problems = new ArrayList<>();
        if (!needsComparators(imputation.getMethod()) && imputation.eIsSet(Literals.IMPUTATION__COMPARATOR)) {
            problems.add(new Problem(Literals.IMPUTATION__COMPARATOR, "comparator " + imputation.getComparator()
                .getLiteral() + " is given but the method " + imputation.getMethod().getLiteral()
                + " reads the council's own periods; comparator applies to comparator mean and median only"));
        }
        Set<Indicator> seen = new HashSet<>();
        for (Indicator indicator : imputation.getIndicators()) {
            if (!seen.add(indicator)) {
                problems.add(new Problem(Literals.IMPUTATION__INDICATORS, "indicator " + indicator.getId()
                    + " is named twice"));
            }
        }
        if (imputation.eContainer() instanceof ScoringScheme scheme) {
            for (Imputation earlier : scheme.getImputations()) {
                if (earlier == imputation) {
                    break;
                }
                if (earlier.getIndicators().isEmpty() || imputation.getIndicators().isEmpty()) {
                    problems.add(new Problem(Literals.IMPUTATION__INDICATORS, "imputation " + earlier.getId()
                        + " of the same scheme already imputes " + (earlier.getIndicators().isEmpty()
                            ? "every indicator" : "indicators this one imputes (it names none, so all)")
                        + "; an indicator takes one imputation"));
                    continue;
                }
                for (Indicator indicator : seen) {
                    if (earlier.getIndicators().contains(indicator)) {
                        problems.add(new Problem(Literals.IMPUTATION__INDICATORS, "indicator " + indicator.getId()
                            + " is already imputed by " + earlier.getId() + "; an indicator takes one imputation"));
                    }
                }
            }
        }
        return problems;
    }

    /** Refuses a scheme with an imputation {@link #problems} rejects, with rule FW-TREAT-03's words. */
    public static void requireValid(ScoringScheme scheme) {
        for (Imputation imputation : scheme.getImputations()) {
            Problem.refuse(RULE, "imputation", imputation.getId(), scheme, problems(imputation));
        }
    }

    /** The first imputation of the scheme naming the indicator or naming none, or null. */
    public static Imputation of(ScoringScheme scheme, Indicator indicator) {
        for (Imputation imputation : scheme.getImputations()) {
            if (imputation.getIndicators().isEmpty() || imputation.getIndicators().contains(indicator)) {
                return imputation;
            }
        }
        return null;
    }
}
