package org.framewright.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;

import org.framewright.model.FrameworkFactory;
import org.framewright.model.Rounding;
import org.framewright.model.RoundingMode;
import org.junit.jupiter.api.Test;

/** Rounding rules on exact decimals, including halves that binary floating point misses. */
class RounderTest {

    private static Rounding rounding(RoundingMode mode, int decimals) {
        Rounding rounding = FrameworkFactory.eINSTANCE.createRounding();
        rounding.setMode(mode);
        rounding.setDecimals(decimals);
        return rounding;
    }

    private static String round(String value, RoundingMode mode, int decimals) {
        return Rounder.round(new BigDecimal(value), rounding(mode, decimals)).toPlainString();
    }

    @Test
    void halfUpRoundsHalvesAwayFromZero() {
        assertEquals("3", round("2.5", RoundingMode.HALF_UP, 0));
        assertEquals("2", round("2.4999999999", RoundingMode.HALF_UP, 0));
        assertEquals("39", round("38.5", RoundingMode.HALF_UP, 0));
        assertEquals("88", round("87.5", RoundingMode.HALF_UP, 0));
        assertEquals("2.65", round("2.645", RoundingMode.HALF_UP, 2));
    }

    @Test
    void halfEvenDownAndUp() {
        assertEquals("2", round("2.5", RoundingMode.HALF_EVEN, 0));
        assertEquals("4", round("3.5", RoundingMode.HALF_EVEN, 0));
        assertEquals("2", round("2.9", RoundingMode.DOWN, 0));
        assertEquals("3", round("2.1", RoundingMode.UP, 0));
    }

    @Test
    void noRoundingLeavesTheValue() {
        assertEquals("2.4999", round("2.4999", RoundingMode.NONE, 0));
        assertEquals(new BigDecimal("2.5"), Rounder.round(new BigDecimal("2.5"), null));
        assertNull(Rounder.round(null, rounding(RoundingMode.HALF_UP, 0)));
    }

    @Test
    void aFloatingPointSumOfDecimalInputsStillRoundsUpWhenBuiltFromExactDecimals() {
        double floating = 0.4 * 4 + 0.15 * 1 + 0.15 * 1 + 0.15 * 2 + 0.15 * 2;
        assertEquals(2.4999999999999996, floating, 0.0, "binary floating point falls short of 2.5");
        assertEquals("2", Rounder.round(BigDecimal.valueOf(floating), rounding(RoundingMode.HALF_UP, 0)).toPlainString());
        BigDecimal exact = Decimals.sum(Arrays.asList(Decimals.of(0.4).multiply(Decimals.of(4.0)),
            Decimals.of(0.15).multiply(Decimals.of(1.0)), Decimals.of(0.15).multiply(Decimals.of(1.0)),
            Decimals.of(0.15).multiply(Decimals.of(2.0)), Decimals.of(0.15).multiply(Decimals.of(2.0))));
        assertEquals("3", Rounder.round(exact, rounding(RoundingMode.HALF_UP, 0)).toPlainString());
    }
}
