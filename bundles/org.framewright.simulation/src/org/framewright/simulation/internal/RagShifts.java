package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.framewright.model.Band;
import org.framewright.model.IndicatorRule;

/**
 * One target RAG rule whose thresholds are uncertain. Its two boundaries are fractions of the target, as the model
 * writes them: Green up to a shortfall of greenTolerance x |target| (0 unless the model says otherwise), Amber up to
 * amberTolerance x |target|. A point is one percent of the target (0.01 of these fractions: an amber tolerance of
 * 0.05 is 5 points), so shifting both boundaries by up to +-K points means the same for every indicator the rule
 * rates, whatever its unit. Each boundary moves by d uniform in [-K, +K] points per draw; the amber boundary is then
 * kept at or above the green one (clamped upward), so the bands stay ordered without a gap. Arithmetic in decimals;
 * both paths draw through this class and read the same drawn fractions.
 */
public final class RagShifts {

    private static final int POINTS_PER_UNIT = 2;

    private final IndicatorRule rule;
    private final BigDecimal green;
    private final BigDecimal amber;
    private final double shift;

    /** The rule's RAG boundaries shifted by up to {@code shift} points. */
    public RagShifts(IndicatorRule rule, double shift) {
        this.rule = rule;
        this.green = BigDecimal.valueOf(rule.getGreenTolerance());
        this.amber = BigDecimal.valueOf(rule.getAmberTolerance());
        this.shift = shift;
    }

    /** The rule (of the scheme the uncertainty was prepared on). */
    public IndicatorRule rule() {
        return rule;
    }

    /** The number of boundaries: Amber/Green and Red/Amber. */
    public int boundaries() {
        return 2;
    }

    /** The group's input name: {@code RAG thresholds of RULE}. */
    String name() {
        return "RAG thresholds of " + rule.getId();
    }

    /** One name per boundary: {@code boundary at 5 % short of target (Red/Amber) of rag-target}. */
    List<String> boundaryNames() {
        List<Band> bands = rule.getBanding().getBands();
        return List.of(boundaryName(green, bands.get(1), bands.get(2)), boundaryName(amber, bands.get(0), bands.get(1)));
    }

    private String boundaryName(BigDecimal fraction, Band below, Band above) {
        return "boundary at " + fraction.movePointRight(POINTS_PER_UNIT).stripTrailingZeros().toPlainString()
            + " % short of target (" + levelName(below) + "/" + levelName(above) + ") of " + rule.getId();
    }

    /** Draws the shift (points) of boundary {@code b} (0: green, 1: amber) from {@code random} into {@code shifts[b]}. */
    public void drawShift(DrawRandom random, double[] shifts, int b) {
        shifts[b] = shift * (2 * random.nextDouble() - 1);
    }

    /** The green and amber tolerances (fractions of the target) after {@code shifts}, into {@code drawn[0..1]}. */
    public void apply(double[] shifts, double[] drawn) {
        BigDecimal movedGreen = green.add(BigDecimal.valueOf(shifts[0]).movePointLeft(POINTS_PER_UNIT));
        BigDecimal movedAmber = amber.add(BigDecimal.valueOf(shifts[1]).movePointLeft(POINTS_PER_UNIT)).max(movedGreen);
        drawn[0] = movedGreen.doubleValue();
        drawn[1] = movedAmber.doubleValue();
    }

    /** The tolerances unperturbed. */
    void base(double[] drawn) {
        drawn[0] = rule.getGreenTolerance();
        drawn[1] = rule.getAmberTolerance();
    }

    private static String levelName(Band band) {
        return band.getLevel() == null ? band.getId() : band.getLevel().getName();
    }
}
