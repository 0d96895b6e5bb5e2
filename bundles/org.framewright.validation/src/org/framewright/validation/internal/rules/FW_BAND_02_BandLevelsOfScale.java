package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-BAND-02: a banding maps numbers to levels of its scale, so it names a scale and each band gives one of that
 * scale's levels. Fix: set the banding's scale, or give each band a level of it.
 */
public final class FW_BAND_02_BandLevelsOfScale extends Rule<Banding> {

    /** The rule's code. */
    public static final String CODE = "FW-BAND-02";

    /** The rule. */
    public FW_BAND_02_BandLevelsOfScale() {
        super(CODE, Severity.ERROR, Banding.class);
    }

    @Override
    protected void check(Banding banding, Consumer<ModelDiagnostic> sink) {
        if (banding.getScale() == null) {
            report(sink, banding, FrameworkPackage.Literals.BANDING__SCALE, "names no scale for its levels");
            return;
        }
        for (Band band : banding.getBands()) {
            if (band.getLevel() == null) {
                report(sink, band, FrameworkPackage.Literals.BAND__LEVEL, "gives no level");
            } else if (!banding.getScale().getLevels().contains(band.getLevel())) {
                report(sink, band, FrameworkPackage.Literals.BAND__LEVEL, "gives level "
                    + ElementNames.ref(band.getLevel()) + ", which is not a level of the banding's scale "
                    + ElementNames.ref(banding.getScale()));
            }
        }
    }
}
