package org.framewright.scoring;

import java.util.List;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.OutlierTreatments.Problem;

/**
 * The parameter of a scheme's {@link AvailabilityScreen} (rule FW-TREAT-04): the least share of the scored
 * indicators, in percent, a council's data must hold for it to be scored. Validation reports {@link #problems};
 * scoring refuses them ({@link #requireValid}).
 */
public final class AvailabilityScreens {

    /** The code of the validation rule that reports {@link #problems}. */
    public static final String RULE = "FW-TREAT-04";

    private AvailabilityScreens() {
    }

    /** What is wrong with the screen: a minimum percent that is not a number from 0 to 100. Empty when fine. */
    public static List<Problem> problems(AvailabilityScreen screen) {
        double percent = screen.getMinimumPercent();
        if (Double.isFinite(percent) && percent >= 0 && percent <= 100) {
            return List.of();
        }
        return List.of(new Problem(Literals.AVAILABILITY_SCREEN__MINIMUM_PERCENT, "minimumPercent is "
            + (Double.isFinite(percent) ? ScoreFormat.format(percent) : String.valueOf(percent))
            + "; expected a percentage from 0 to 100"));
    }

    /** Refuses a scheme whose screen {@link #problems} rejects, with rule FW-TREAT-04's words. */
    public static void requireValid(ScoringScheme scheme) {
        AvailabilityScreen screen = scheme.getAvailabilityScreen();
        if (screen != null) {
            Problem.refuse(RULE, "availability screen", screen.getId(), scheme, problems(screen));
        }
    }
}
