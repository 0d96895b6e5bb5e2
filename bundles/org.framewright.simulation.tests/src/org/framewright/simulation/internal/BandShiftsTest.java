package org.framewright.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * Shifted band boundaries stay ordered and gap-free: on the CQC sample's rating bands (25-38, 39-62, 63-87, 88-100,
 * step 1) and on a continuous banding with a gap.
 */
class BandShiftsTest {

    @Test
    void wholePointBandsMoveOnTheirGridAndStayAdjacentAndOrdered() throws IOException {
        Banding rating = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework")).getSchemes().get(0)
            .getBandings().stream().filter(b -> b.getId().equals("rating-bands")).findFirst().orElseThrow();
        for (double k : new double[] {3, 30}) {
            BandShifts shifts = new BandShifts(rating, k);
            DrawRandom random = new DrawRandom(11);
            double[] drawn = new double[3];
            double[] lower = new double[4];
            double[] upper = new double[4];
            boolean moved = false;
            for (int d = 0; d < 2000; d++) {
                for (int b = 0; b < 3; b++) {
                    shifts.drawShift(random, drawn, b);
                }
                shifts.apply(drawn, lower, upper);
                assertEquals(25, lower[0]);
                assertEquals(100, upper[3]);
                for (int b = 1; b < 4; b++) {
                    assertEquals(lower[b], upper[b - 1] + 1, "band " + b + " starts where the one below ends");
                    assertTrue(lower[b] > lower[b - 1] && lower[b] <= upper[b], "band " + b + " is not empty");
                    assertEquals(Math.rint(lower[b]), lower[b]);
                    double base = rating.getBands().get(b).getLower();
                    assertTrue(Math.abs(lower[b] - base) <= k, lower[b] + " is within " + k + " of " + base);
                    moved |= lower[b] != base;
                }
            }
            assertTrue(moved);
        }
    }

    @Test
    void aShiftBelowTheStepMovesNothingAndZeroGivesTheBandsBack() {
        Banding banding = banding(1, new double[][] {{0, 9}, {10, 19}, {20, 30}});
        double[] lower = new double[3];
        double[] upper = new double[3];
        BandShifts small = new BandShifts(banding, 0.9);
        double[] shifts = new double[2];
        DrawRandom random = new DrawRandom(3);
        small.drawShift(random, shifts, 0);
        small.drawShift(random, shifts, 1);
        small.apply(shifts, lower, upper);
        assertArrayEquals(new double[] {0, 10, 20}, lower);
        assertArrayEquals(new double[] {9, 19, 30}, upper);
    }

    @Test
    void continuousBandsKeepTheirGapAndTheirOrder() {
        // 0-1.5, a gap, 2.0-3.25, 3.25-5 (step 0: adjacent bands share their bound)
        Banding banding = banding(0, new double[][] {{0, 1.5}, {2.0, 3.25}, {3.25, 5}});
        BandShifts shifts = new BandShifts(banding, 2);
        double[] lower = new double[3];
        double[] upper = new double[3];
        double[] drawn = new double[2];
        DrawRandom random = new DrawRandom(5);
        for (int d = 0; d < 2000; d++) {
            shifts.drawShift(random, drawn, 0);
            shifts.drawShift(random, drawn, 1);
            shifts.apply(drawn, lower, upper);
            assertTrue(lower[0] == 0 && upper[2] == 5);
            assertTrue(lower[0] <= lower[1] && lower[1] <= lower[2] && lower[2] <= 5);
            assertEquals(lower[2], upper[1]);
            assertTrue(upper[0] >= lower[0] && upper[0] <= lower[1]);
        }
        shifts.apply(new double[2], lower, upper);
        assertArrayEquals(new double[] {0, 2.0, 3.25}, lower);
        assertArrayEquals(new double[] {1.5, 3.25, 5}, upper);
    }

    private static Banding banding(double step, double[][] bounds) {
        Banding banding = FrameworkFactory.eINSTANCE.createBanding();
        banding.setId("b");
        banding.setStep(step);
        for (int i = 0; i < bounds.length; i++) {
            Band band = FrameworkFactory.eINSTANCE.createBand();
            band.setId("b" + i);
            band.setLower(bounds[i][0]);
            band.setUpper(bounds[i][1]);
            banding.getBands().add(band);
        }
        return banding;
    }
}
