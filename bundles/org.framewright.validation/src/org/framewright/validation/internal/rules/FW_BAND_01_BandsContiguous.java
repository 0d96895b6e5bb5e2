package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-BAND-01: the bands of a banding, taken in order of their lower bounds, must neither leave gaps nor overlap,
 * and each must run upwards. Bounds are inclusive; {@code step} is the resolution of the banded numbers: with step
 * 1, 25-38 and 39-62 are adjacent; with step 0 (continuous numbers) a band must start where the previous one ends.
 * Fix: move the bounds so that each band starts one step above the previous band's upper bound.
 */
public final class FW_BAND_01_BandsContiguous extends Rule<Banding> {

    /** The rule's code. */
    public static final String CODE = "FW-BAND-01";

    /** The rule. */
    public FW_BAND_01_BandsContiguous() {
        super(CODE, Severity.ERROR, Banding.class);
    }

    @Override
    protected void check(Banding banding, Consumer<ModelDiagnostic> sink) {
        for (Band band : banding.getBands()) {
            if (BandBounds.of(band).inverted()) {
                report(sink, band, FrameworkPackage.Literals.BAND__UPPER, "its lower bound "
                    + SchemeQueries.number(band.getLower()) + " is above its upper bound " + SchemeQueries.number(band.getUpper()));
            }
        }
        List<BandBounds> bounds = banding.getBands().stream().map(BandBounds::of).toList();
        for (String problem : BandBounds.gapsAndOverlaps(bounds, banding.getStep())) {
            report(sink, banding, FrameworkPackage.Literals.BANDING__BANDS, problem);
        }
    }
}
