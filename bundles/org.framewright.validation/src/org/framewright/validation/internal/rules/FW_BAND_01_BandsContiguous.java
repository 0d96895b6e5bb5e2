package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-BAND-01: the bands of a banding, taken in order of their lower bounds, must neither leave gaps nor overlap,
 * and each must run upwards. Bounds are inclusive; {@code step} is the resolution of the banded numbers: with step
 * 1, 25-38 and 39-62 are adjacent; with step 0 (continuous numbers) a band must start where the previous one ends.
 * Fix: move the bounds so that each band starts one step above the previous band's upper bound.
 */
public final class FW_BAND_01_BandsContiguous extends Rule<Banding> {

    /** The rule's code. */
    public static final String CODE = "FW-BAND-01";

    private static final double TOLERANCE = 1e-9;

    /** The rule. */
    public FW_BAND_01_BandsContiguous() {
        super(CODE, Severity.ERROR, Banding.class);
    }

    @Override
    protected void check(Banding banding, Consumer<ModelDiagnostic> sink) {
        for (Band band : banding.getBands()) {
            if (band.getLower() > band.getUpper()) {
                report(sink, band, FrameworkPackage.Literals.BAND__UPPER, "its lower bound "
                    + SchemeQueries.number(band.getLower()) + " is above its upper bound " + SchemeQueries.number(band.getUpper()));
            }
        }
        double step = Math.max(banding.getStep(), 0);
        List<Band> ordered = new ArrayList<>(banding.getBands());
        ordered.sort(Comparator.comparingDouble(Band::getLower));
        for (int i = 1; i < ordered.size(); i++) {
            Band previous = ordered.get(i - 1);
            Band next = ordered.get(i);
            double distance = next.getLower() - previous.getUpper();
            boolean overlap = step > 0 ? distance < TOLERANCE : distance < -TOLERANCE;
            if (overlap) {
                report(sink, banding, FrameworkPackage.Literals.BANDING__BANDS, "bands " + describe(previous)
                    + " and " + describe(next) + " overlap");
            } else if (distance > step + TOLERANCE) {
                report(sink, banding, FrameworkPackage.Literals.BANDING__BANDS, "gap between bands "
                    + describe(previous) + " and " + describe(next) + ": with step " + SchemeQueries.number(step)
                    + " the next band should start at " + SchemeQueries.number(previous.getUpper() + step));
            }
        }
    }

    private static String describe(Band band) {
        return ElementNames.ref(band) + " (" + SchemeQueries.number(band.getLower()) + "-"
            + SchemeQueries.number(band.getUpper()) + ")";
    }
}
