package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.framewright.model.Band;
import org.framewright.model.BandChange;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Scenario;
import org.framewright.model.SchemeChange;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-SCEN-02: after a scenario's band changes, the bands of every changed banding still neither leave gaps nor
 * overlap and run upwards (FW-BAND-01 for the scenario): moving one bound usually means moving its neighbour too.
 * Fix: change the neighbouring band as well.
 */
public final class FW_SCEN_02_ScenarioBandsContiguous extends Rule<Scenario> {

    /** The rule's code. */
    public static final String CODE = "FW-SCEN-02";

    /** The rule. */
    public FW_SCEN_02_ScenarioBandsContiguous() {
        super(CODE, Severity.ERROR, Scenario.class);
    }

    @Override
    protected void check(Scenario scenario, Consumer<ModelDiagnostic> sink) {
        Map<Band, BandBounds> changed = new LinkedHashMap<>();
        for (SchemeChange change : scenario.getChanges()) {
            if (change instanceof BandChange bandChange && bandChange.getBand() != null) {
                changed.put(bandChange.getBand(),
                    new BandBounds(bandChange.getBand(), bandChange.getLower(), bandChange.getUpper()));
            }
        }
        Map<Banding, List<BandBounds>> bandings = new LinkedHashMap<>();
        for (Band band : changed.keySet()) {
            if (band.eContainer() instanceof Banding banding && !bandings.containsKey(banding)) {
                List<BandBounds> bounds = new ArrayList<>();
                for (Band member : banding.getBands()) {
                    bounds.add(changed.getOrDefault(member, BandBounds.of(member)));
                }
                bandings.put(banding, bounds);
            }
        }
        bandings.forEach((banding, bounds) -> {
            List<String> problems = new ArrayList<>();
            bounds.stream().filter(BandBounds::inverted).forEach(b -> problems.add("band " + b + " runs downwards"));
            problems.addAll(BandBounds.gapsAndOverlaps(bounds, banding.getStep()));
            for (String problem : problems) {
                report(sink, scenario, FrameworkPackage.Literals.SCENARIO__CHANGES, "after its band changes, banding "
                    + ElementNames.ref(banding) + " has " + problem);
            }
        });
    }
}
