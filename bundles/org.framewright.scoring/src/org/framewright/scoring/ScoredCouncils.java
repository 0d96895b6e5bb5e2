package org.framewright.scoring;

import org.framewright.model.AvailabilityScreen;

/**
 * How many councils a run scored and how many it did not, and why: the one count the Scoring view's summary, the
 * report's summary and the command line's {@code report} give, so that none says "153 councils scored" when the
 * availability screen left three of them unscored.
 *
 * @param scored the councils with an overall score
 * @param screened the councils the scheme's availability screen left unscored
 * @param unscored the other councils without an overall score (no value for any of its inputs, ...)
 * @param screen the scheme's availability screen, or null
 */
public record ScoredCouncils(int scored, int screened, int unscored, AvailabilityScreen screen) {

    /** The count of {@code result}'s councils. */
    public static ScoredCouncils of(ScoringResult result) {
        int scored = 0;
        int unscored = 0;
        for (CouncilResult council : result.councils()) {
            if (result.screened().contains(council.council().getId())) {
                continue;
            }
            if (council.overall() != null && council.overall().score() != null) {
                scored++;
            } else {
                unscored++;
            }
        }
        return new ScoredCouncils(scored, result.screened().size(), unscored,
            result.scheme().getAvailabilityScreen());
    }

    /**
     * In words: {@code 150 councils scored, 3 not scored (availability screen: fewer than 75 % of indicators)}; only
     * {@code 153 councils scored} when every council was.
     */
    public String summary() {
        StringBuilder text = new StringBuilder(scored + " council" + (scored == 1 ? "" : "s") + " scored");
        if (screened > 0) {
            text.append(", ").append(screened).append(" not scored (availability screen: fewer than ")
                .append(ScoreFormat.format(screen == null ? null : screen.getMinimumPercent()))
                .append(" % of indicators)");
        }
        if (unscored > 0) {
            text.append(", ").append(unscored).append(screened > 0 ? " more" : "")
                .append(" without an overall score (see their breakdown)");
        }
        return text.toString();
    }
}
