package org.framewright.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.MatrixCell;
import org.framewright.model.RankingOrder;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.ScoreFormat;
import org.junit.jupiter.api.Test;

/** Band, scale, matrix and ranking look-ups. */
class BandsTest {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    private static Scale scale(String... names) {
        Scale scale = F.createScale();
        for (int i = 0; i < names.length; i++) {
            ScaleLevel level = F.createScaleLevel();
            level.setId(names[i]);
            level.setName(names[i]);
            level.setValue(i + 1);
            scale.getLevels().add(level);
        }
        return scale;
    }

    private static Banding cqcBands(Scale scale) {
        Banding banding = F.createBanding();
        banding.setScale(scale);
        banding.setStep(1);
        double[][] bounds = {{25, 38}, {39, 62}, {63, 87}, {88, 100}};
        for (int i = 0; i < 4; i++) {
            Band band = F.createBand();
            band.setLower(bounds[i][0]);
            band.setUpper(bounds[i][1]);
            band.setLevel(scale.getLevels().get(i));
            banding.getBands().add(band);
        }
        return banding;
    }

    private static String band(Banding banding, String value) {
        ScaleLevel level = Bands.levelFor(banding, new BigDecimal(value));
        return level == null ? null : level.getName();
    }

    @Test
    void bandsAreInclusiveAtBothEndsAndAdjacentAtTheirStep() {
        Banding banding = cqcBands(scale("I", "RI", "G", "O"));
        assertEquals("I", band(banding, "25"));
        assertEquals("I", band(banding, "38"));
        assertEquals("I", band(banding, "38.9"), "between 38 and 39 with step 1: the lower band");
        assertEquals("RI", band(banding, "39"));
        assertEquals("G", band(banding, "87"));
        assertEquals("O", band(banding, "88"));
        assertEquals("O", band(banding, "100"));
        assertNull(band(banding, "24"));
        assertNull(band(banding, "101"));
    }

    @Test
    void aScaleLevelIsFoundByItsValue() {
        Scale scale = scale("one", "two");
        assertEquals("two", Bands.levelWithValue(scale, new BigDecimal("2.0")).getName());
        assertNull(Bands.levelWithValue(scale, new BigDecimal("2.5")));
        assertEquals("one", Bands.lowest(scale).getName());
    }

    @Test
    void matrixCellsAreFoundByRowAndColumn() {
        Scale rows = scale("d1", "d2");
        Scale columns = scale("c1", "c2");
        Scale stars = scale("s1", "s2", "s3");
        RuleMatrix matrix = F.createRuleMatrix();
        int[][] result = {{0, 0}, {1, 2}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                MatrixCell cell = F.createMatrixCell();
                cell.setRow(rows.getLevels().get(r));
                cell.setColumn(columns.getLevels().get(c));
                cell.setResult(stars.getLevels().get(result[r][c]));
                matrix.getCells().add(cell);
            }
        }
        assertEquals("s3", MatrixLookup.result(matrix, rows.getLevels().get(1), columns.getLevels().get(1)).getName());
        assertEquals("s1", MatrixLookup.result(matrix, rows.getLevels().get(0), columns.getLevels().get(1)).getName());
        assertNull(MatrixLookup.result(matrix, null, columns.getLevels().get(1)));
    }

    @Test
    void tiesShareTheBestRankAndUnscoredCouncilsAreUnranked() {
        List<Double> scores = Arrays.asList(50.0, 70.0, 70.0, null, 10.0);
        assertEquals(Arrays.asList(3, 1, 1, null, 4), Ranking.ranks(scores, RankingOrder.HIGHEST_FIRST));
        assertEquals(Arrays.asList(2, 3, 3, null, 1), Ranking.ranks(scores, RankingOrder.LOWEST_FIRST));
        assertEquals(Arrays.asList(null, null, null, null, null), Ranking.ranks(scores, RankingOrder.NONE));
    }

    @Test
    void numbersPrintWithUpToSixDecimalsAndNoExponent() {
        assertEquals("3", ScoreFormat.format(3.0));
        assertEquals("2.470588", ScoreFormat.format(210 / 85.0));
        assertEquals("0", ScoreFormat.format(1e-7));
        assertEquals("12345678901", ScoreFormat.format(1.2345678901e10));
        assertEquals("", ScoreFormat.format(null));
    }
}
