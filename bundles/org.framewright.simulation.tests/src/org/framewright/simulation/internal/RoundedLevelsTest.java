package org.framewright.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.framewright.model.Banding;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * The rating kernel's per-node level tables, indexed by a rounded value's units, give the level the band search
 * gives for every value on the rounding grid (inside, between and beyond the bands), and rounding to units then
 * scaling back is exactly the kernel's rounding: on the CQC sample's rating bands (25-38 ... 88-100, step 1) and
 * on bands with gaps on a two-decimal grid.
 */
class RoundedLevelsTest {

    @Test
    void cqcRatingBandsByTableAndBySearchAgreeOnEveryWholePoint() throws IOException {
        Banding rating = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework")).getSchemes().get(0)
            .getBandings().stream().filter(b -> b.getId().equals("rating-bands")).findFirst().orElseThrow();
        double[] lower = rating.getBands().stream().mapToDouble(b -> b.getLower()).toArray();
        double[] upper = rating.getBands().stream().mapToDouble(b -> b.getUpper()).toArray();
        RatingModel model = oneNode(rating.getStep(), lower, upper, 0, -1);
        model.indexRoundedLevels();
        assertNotNull(model.roundedLevel[0]);
        assertTablesAgree(model, 0, -50, 200);
        assertEquals(2, model.roundedLevelOf(0, 63, 63, model.bandLow[0], model.bandHigh[0]));
        assertEquals(-1, model.roundedLevelOf(0, 24, 24, model.bandLow[0], model.bandHigh[0]));
    }

    @Test
    void bandsWithGapsOnAHundredthsGridAgreeAndDrawnBandsKeepTheSearch() {
        double[] lower = {-1.5, 0.25, 2};
        double[] upper = {0, 1.75, 3.333};
        RatingModel model = oneNode(0, lower, upper, 2, -1);
        model.indexRoundedLevels();
        assertNotNull(model.roundedLevel[0]);
        assertTablesAgree(model, 2, -1000, 1000);

        RatingModel drawn = oneNode(0, lower, upper, 2, 0);
        drawn.indexRoundedLevels();
        assertNull(drawn.roundedLevel[0]);
    }

    @Test
    void roundingToUnitsAndBackIsTheKernelsRounding() {
        DrawRandom random = new DrawRandom(15);
        for (int i = 0; i < 200_000; i++) {
            int mode = 1 + random.nextInt(4);
            int decimals = random.nextInt(5) - 1;
            boolean sure = random.nextInt(2) == 0;
            double x = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(5));
            double units = RatingArithmetic.roundUnits(mode, decimals, x, sure);
            double rounded = RatingArithmetic.round(mode, decimals, x, sure);
            if (units != units) {
                assertEquals(Double.NaN, rounded);
                continue;
            }
            assertEquals(Math.rint(units), units);
            assertEquals(rounded, RatingArithmetic.fromUnits(units, decimals), () -> x + " mode " + mode);
        }
    }

    /** For every grid value from {@code from} to {@code to} units: the table's level is the search's. */
    private static void assertTablesAgree(RatingModel model, int decimals, long from, long to) {
        for (long units = from; units <= to; units++) {
            double x = RatingArithmetic.fromUnits(units, decimals);
            assertEquals(model.levelOf(0, x, true, model.bandLow[0], model.bandHigh[0]),
                model.roundedLevelOf(0, units, x, model.bandLow[0], model.bandHigh[0]), "units " + units);
        }
    }

    /** A model of one node banded by {@code lower} / {@code upper} (levels 0, 1, ...), rounded half up. */
    private static RatingModel oneNode(double step, double[] lower, double[] upper, int decimals, int bandingInput) {
        RatingModel model = new RatingModel();
        model.ids.add("node");
        model.rules.add(null);
        model.method = new int[] {RatingModel.PERCENT_OF_MAXIMUM};
        model.rounding = new int[] {RatingModel.HALF_UP};
        model.decimals = new int[] {decimals};
        model.bandingInput = new int[] {bandingInput};
        model.bandLow = new double[][] {new double[lower.length]};
        model.bandHigh = new double[][] {new double[lower.length]};
        model.bandLevel = new int[][] {new int[lower.length]};
        for (int b = 0; b < lower.length; b++) {
            model.bandLevel[0][b] = b;
        }
        RatingModel.edges(step, lower, upper, model.bandLow[0], model.bandHigh[0]);
        model.scaleValue = new double[][] {new double[0]};
        model.scaleLevel = new int[][] {new int[0]};
        return model;
    }
}
