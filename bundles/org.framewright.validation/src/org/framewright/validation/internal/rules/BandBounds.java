package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.framewright.model.Band;
import org.framewright.validation.internal.ElementNames;

/**
 * The bounds of one band (as modelled, or as a scenario changes them) and the gap-and-overlap check of FW-BAND-01
 * and FW-SCEN-02. Bounds are inclusive; {@code step} is the resolution of the banded numbers: with step 1, 25-38 and
 * 39-62 are adjacent; with step 0 a band starts where the previous one ends.
 */
record BandBounds(Band band, double lower, double upper) {

    private static final double TOLERANCE = 1e-9;

    /** The band's bounds as modelled. */
    static BandBounds of(Band band) {
        return new BandBounds(band, band.getLower(), band.getUpper());
    }

    /** One sentence per gap or overlap between bands taken in order of their lower bounds. */
    static List<String> gapsAndOverlaps(List<BandBounds> bands, double step) {
        double resolution = Math.max(step, 0);
        List<BandBounds> ordered = new ArrayList<>(bands);
        ordered.sort(Comparator.comparingDouble(BandBounds::lower));
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            BandBounds previous = ordered.get(i - 1);
            BandBounds next = ordered.get(i);
            double distance = next.lower() - previous.upper();
            boolean overlap = resolution > 0 ? distance < TOLERANCE : distance < -TOLERANCE;
            if (overlap) {
                problems.add("bands " + previous + " and " + next + " overlap");
            } else if (distance > resolution + TOLERANCE) {
                problems.add("gap between bands " + previous + " and " + next + ": with step "
                    + SchemeQueries.number(resolution) + " the next band should start at "
                    + SchemeQueries.number(previous.upper() + resolution));
            }
        }
        return problems;
    }

    /** Whether the lower bound is above the upper one. */
    boolean inverted() {
        return lower > upper;
    }

    /** How the band is named in a message: {@code 'b1' (0-49)}. */
    @Override
    public String toString() {
        return ElementNames.ref(band) + " (" + SchemeQueries.number(lower) + "-" + SchemeQueries.number(upper) + ")";
    }
}
