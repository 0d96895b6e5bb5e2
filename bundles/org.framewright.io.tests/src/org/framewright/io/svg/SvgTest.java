package org.framewright.io.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void aQuarterSegmentStartsAtTwelveAndEndsAtThreeOClock() {
        String svg = new Svg(200, 200, "ring", "a ring").ringSegment(100, 100, 50, 90, 0, 90, "#123456",
            Svg.attribute("data-id", "A"), "A: 25 %").toSvg();
        Matcher m = Pattern.compile("d=\"M ([-0-9.]+) ([-0-9.]+) A 90 90 0 0 1 ([-0-9.]+) ([-0-9.]+) L ([-0-9.]+) "
            + "([-0-9.]+) A 50 50 0 0 0 ([-0-9.]+) ([-0-9.]+) Z\"").matcher(svg);
        assertTrue(m.find(), svg);
        assertEquals("100", m.group(1));
        assertEquals("10", m.group(2)); // 90 above the centre: 12 o'clock
        assertEquals("190", m.group(3));
        assertEquals("100", m.group(4)); // 90 to the right: 3 o'clock
        assertEquals("150", m.group(5));
        assertEquals("50", m.group(8));
        assertTrue(svg.contains("data-id=\"A\"><title>A: 25 %</title></path>"), svg);
    }

    @Test
    void aFullRingIsDrawnAsTwoHalvesAndALargeArcIsMarkedLarge() {
        String full = new Svg(10, 10, null, null).ringSegment(5, 5, 1, 4, 30, 360, "red", null, null).toSvg();
        assertEquals(4, full.split(" A ").length - 1, full);
        String large = new Svg(10, 10, null, null).ringSegment(5, 5, 1, 4, 0, 270, "red", null, null).toSvg();
        assertTrue(large.contains("A 4 4 0 1 1"), large);
    }

    @Test
    void numbersAndTextAreWrittenTheSameWayInEveryLocale() {
        assertEquals("1.5", Svg.number(1.5));
        assertEquals("0", Svg.number(-0.0001));
        assertEquals("12", Svg.number(12.000));
        assertEquals("3.14", Svg.number(Math.PI));
        String svg = new Svg(10, 10, null, "Quality & \"care\" <1>").text(1, 2, "middle", 10, "#000", "a<b").toSvg();
        assertTrue(svg.contains("aria-label=\"Quality &amp; &quot;care&quot; &lt;1&gt;\""), svg);
        assertTrue(svg.contains(">a&lt;b</text>"), svg);
        assertTrue(svg.endsWith("</svg>"), svg);
    }
}
