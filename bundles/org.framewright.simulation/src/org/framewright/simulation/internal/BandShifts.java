package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.scoring.ScoreFormat;

/**
 * One banding whose thresholds are uncertain. Its inner boundaries (the lower bound of every band but the lowest,
 * bands taken by ascending lower bound) each move by a shift d drawn per draw: with a step s &gt; 0, d = n x s for
 * n uniform among the whole numbers from -floor(K / s) to floor(K / s), so bounds stay on the banding's grid; with
 * s = 0, d is uniform in [-K, +K]. The shifted bounds are then kept ordered (each at least s above the one below and
 * the highest no higher than the top band's upper bound, clamped upward then downward), and a band that ended where
 * the next began ends again at the next one's new lower bound minus s (gap-free); a gap between bands moves with
 * the boundary above it. The lowest lower and the highest upper bound do not move. Arithmetic in decimals, so the
 * engine and the rating kernel read the same bounds. Both paths draw through this class.
 */
public final class BandShifts {

    private final Banding banding;
    private final int[] order;
    private final BigDecimal[] lower;
    private final BigDecimal[] upper;
    private final boolean[] adjacent;
    private final BigDecimal step;
    private final double shift;
    private final int gridPoints;

    /** The banding with boundaries shifted by up to {@code shift} points. */
    public BandShifts(Banding banding, double shift) {
        this.banding = banding;
        List<Band> bands = banding.getBands();
        order = IntStream.range(0, bands.size()).boxed()
            .sorted(Comparator.comparingDouble(b -> bands.get(b).getLower())).mapToInt(Integer::intValue).toArray();
        lower = new BigDecimal[bands.size()];
        upper = new BigDecimal[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            lower[b] = BigDecimal.valueOf(bands.get(b).getLower());
            upper[b] = BigDecimal.valueOf(bands.get(b).getUpper());
        }
        step = BigDecimal.valueOf(Math.max(0, banding.getStep()));
        adjacent = new boolean[bands.size()];
        for (int p = 1; p < order.length; p++) {
            adjacent[p] = upper[order[p - 1]].add(step).compareTo(lower[order[p]]) == 0;
        }
        this.shift = shift;
        gridPoints = step.signum() > 0 ? BigDecimal.valueOf(shift).divide(step, 0, RoundingMode.FLOOR).intValue() : 0;
    }

    /** The banding (of the scheme the uncertainty was prepared on). */
    public Banding banding() {
        return banding;
    }

    /** The number of inner boundaries, each one shift per draw. */
    public int boundaries() {
        return Math.max(0, order.length - 1);
    }

    /** The group's input name: {@code thresholds of BANDING}. */
    String name() {
        return "thresholds of " + banding.getId();
    }

    /** One name per boundary: {@code boundary at 63 (Requires improvement/Good) of rating-bands}. */
    List<String> boundaryNames() {
        List<String> names = new ArrayList<>();
        List<Band> bands = banding.getBands();
        for (int p = 1; p < order.length; p++) {
            names.add("boundary at " + ScoreFormat.format(bands.get(order[p]).getLower()) + " (" + levelName(bands.get(
                order[p - 1])) + "/" + levelName(bands.get(order[p])) + ") of " + banding.getId());
        }
        return names;
    }

    /** Draws the shift of boundary {@code b} (0-based) from {@code random} into {@code shifts[b]}. */
    public void drawShift(DrawRandom random, double[] shifts, int b) {
        shifts[b] = step.signum() > 0 ? random.nextInt(2 * gridPoints + 1) - gridPoints
            : shift * (2 * random.nextDouble() - 1);
    }

    /**
     * The bands' bounds (in the banding's band order) after {@code shifts} (per boundary: a number of steps when the
     * step is positive, else points).
     */
    public void apply(double[] shifts, double[] drawnLower, double[] drawnUpper) {
        int n = order.length;
        BigDecimal[] moved = new BigDecimal[n];
        moved[0] = lower[order[0]];
        for (int p = 1; p < n; p++) {
            BigDecimal d = step.signum() > 0 ? step.multiply(BigDecimal.valueOf((long) shifts[p - 1]))
                : BigDecimal.valueOf(shifts[p - 1]);
            moved[p] = lower[order[p]].add(d).max(moved[p - 1].add(step));
        }
        BigDecimal ceiling = upper[order[n - 1]];
        for (int p = n - 1; p >= 1; p--) {
            moved[p] = moved[p].min(ceiling);
            ceiling = moved[p].subtract(step);
        }
        for (int p = 0; p < n; p++) {
            int band = order[p];
            drawnLower[band] = moved[p].doubleValue();
            BigDecimal end = p == n - 1 ? upper[band]
                : adjacent[p + 1] ? moved[p + 1].subtract(step)
                : upper[band].add(moved[p + 1].subtract(lower[order[p + 1]])).max(moved[p]);
            drawnUpper[band] = end.doubleValue();
        }
    }

    /** The bounds unperturbed (in band order), as doubles. */
    void base(double[] drawnLower, double[] drawnUpper) {
        for (int b = 0; b < lower.length; b++) {
            drawnLower[b] = banding.getBands().get(b).getLower();
            drawnUpper[b] = banding.getBands().get(b).getUpper();
        }
    }

    /** The number of bands. */
    int bands() {
        return order.length;
    }

    private static String levelName(Band band) {
        return band.getLevel() == null ? band.getId() : band.getLevel().getName();
    }
}
