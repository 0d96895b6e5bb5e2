package org.framewright.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Value cells: plain decimals only, and the statistical missing markers. */
class ValueTextTest {

    @ParameterizedTest
    @CsvSource({"0,0", "42,42", "-3,-3", "+3,3", "0.5,0.5", ".5,0.5", "5.,5", "1.2e3,1200", "1E-2,0.01", "-0.0,-0.0"})
    void plainDecimalsAreNumbers(String text, double expected) {
        assertEquals(expected, ValueText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1d", "2f", "0x10", "0x1p3", "1,5", "1 000", "e5", ".",
        "-", "+", "1e", "1e+", "45%", "\u0663", "1e999", "--1", "1.2.3"})
    void anythingElseIsNot(String text) {
        assertNull(ValueText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "na", "c", "C", ":", "[c]", "[C]", "[x]", "[X]", "x", "X", "*", "-"})
    void missingMarkers(String text) {
        assertTrue(ValueText.isMissing(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "N/A", "null", "..", "[z]", "nan", "missing"})
    void notMissingMarkers(String text) {
        assertFalse(ValueText.isMissing(text));
    }
}
