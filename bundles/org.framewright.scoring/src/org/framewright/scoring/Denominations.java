package org.framewright.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.Denomination;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.Indicator;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.OutlierTreatments.Problem;

/**
 * The parameters of a scheme's {@link Denomination}s (rule FW-TREAT-02): the first of the data treatments, an
 * indicator's value divided by a denominator of the same council and period (another indicator, or a column of the
 * data such as a population) times the multiplier. Validation reports {@link #problems}; scoring refuses them
 * ({@link #requireValid}), and refuses a denominator column the data does not hold with the same rule code.
 */
public final class Denominations {

    /** The code of the validation rule that reports {@link #problems}. */
    public static final String RULE = "FW-TREAT-02";

    private static final String ID = "[A-Za-z0-9._-]+";

    private Denominations() {
    }

    /**
     * What is wrong with a denomination: no indicator, no denominator or two (an indicator and a column), a column
     * that is no id, an indicator divided by itself, a multiplier that is not a positive finite number, an indicator
     * named twice or already denominated by an earlier denomination of the scheme. Empty when it is fine.
     */
    public static List<Problem> problems(Denomination denomination) {
        List<Problem> problems = new ArrayList<>();
        Indicator by = denomination.getDenominatorIndicator();
        String column = denomination.getDenominatorColumn();
        boolean hasColumn = column != null && !column.isBlank();
        if (denomination.getIndicators().isEmpty()) {
            problems.add(new Problem(Literals.DENOMINATION__INDICATORS, "it names no indicator to divide"));
        }
        if (by == null && !hasColumn) {
            problems.add(new Problem(Literals.DENOMINATION__DENOMINATOR_INDICATOR, "it has no denominator: give "
                + "denominatorIndicator (another indicator) or denominatorColumn (an id of the data, e.g. pop-65)"));
        } else if (by != null && hasColumn) {
            problems.add(new Problem(Literals.DENOMINATION__DENOMINATOR_COLUMN, "it gives both denominatorIndicator "
                + by.getId() + " and denominatorColumn '" + column + "'; give one"));
        } else if (hasColumn && !column.matches(ID)) {
            problems.add(new Problem(Literals.DENOMINATION__DENOMINATOR_COLUMN, "denominatorColumn '" + column
                + "' is no id of the data (letters, digits, '.', '_', '-')"));
        }
        if (by != null && denomination.getIndicators().contains(by)) {
            problems.add(new Problem(Literals.DENOMINATION__DENOMINATOR_INDICATOR, "indicator " + by.getId()
                + " is divided by itself"));
        }
        double multiplier = denomination.getMultiplier();
        if (!Double.isFinite(multiplier) || multiplier <= 0) {
            problems.add(new Problem(Literals.DENOMINATION__MULTIPLIER, "multiplier is "
                + (Double.isFinite(multiplier) ? ScoreFormat.format(multiplier) : String.valueOf(multiplier))
                + "; expected a positive number (100000: per 100,000)"));
        }
        Set<Indicator> seen = new HashSet<>();
        for (Indicator indicator : denomination.getIndicators()) {
            if (!seen.add(indicator)) {
                problems.add(new Problem(Literals.DENOMINATION__INDICATORS, "indicator " + indicator.getId()
                    + " is named twice"));
            }
        }
        if (denomination.eContainer() instanceof ScoringScheme scheme) {
            for (Denomination earlier : scheme.getDenominations()) {
                if (earlier == denomination) {
                    break;
                }
                for (Indicator indicator : seen) {
                    if (earlier.getIndicators().contains(indicator)) {
                        problems.add(new Problem(Literals.DENOMINATION__INDICATORS, "indicator " + indicator.getId()
                            + " is already denominated by " + earlier.getId() + "; an indicator is divided once"));
                    }
                }
            }
        }
        return problems;
    }

    /** Refuses a scheme with a denomination {@link #problems} rejects, with rule FW-TREAT-02's words. */
    public static void requireValid(ScoringScheme scheme) {
        for (Denomination denomination : scheme.getDenominations()) {
            Problem.refuse(RULE, "denomination", denomination.getId(), scheme, problems(denomination));
        }
    }

    /** The denomination of the scheme dividing the indicator, or null. */
    public static Denomination of(ScoringScheme scheme, Indicator indicator) {
        for (Denomination denomination : scheme.getDenominations()) {
            if (denomination.getIndicators().contains(indicator)) {
                return denomination;
            }
        }
        return null;
    }

    /** The id in the data of the denomination's denominator: its indicator's id, else its column. */
    public static String denominatorId(Denomination denomination) {
        return denomination.getDenominatorIndicator() != null ? denomination.getDenominatorIndicator().getId()
            : denomination.getDenominatorColumn();
    }
}
