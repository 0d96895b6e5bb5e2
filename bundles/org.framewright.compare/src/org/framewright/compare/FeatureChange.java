package org.framewright.compare;

import java.util.Objects;

/**
 * One feature of a matched element whose value differs. Values are shown as users read them: enumeration
 * literals, numbers without a trailing {@code .0}, referenced elements by id; an absent value is {@code ""}.
 *
 * @param feature the feature's path below the element, e.g. {@code name}, {@code weights[OP].percent},
 *        {@code matrix.cells[delivery-2, capacity-4].result}
 * @param category what kind of change this is
 * @param oldValue the value in the old framework
 * @param newValue the value in the new framework
 */
public record FeatureChange(String feature, ChangeCategory category, String oldValue, String newValue) {

    /** Checks that no component is null. */
    public FeatureChange {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
