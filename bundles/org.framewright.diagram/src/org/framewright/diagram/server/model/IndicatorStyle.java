package org.framewright.diagram.server.model;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Indicator;
import org.framewright.model.LineageKind;
import org.framewright.model.Polarity;

/**
 * Conditional style of an indicator (node or badge): CSS classes for its lineage ({@code fw-lineage-new},
 * {@code -revised}, {@code -keep}, {@code -retired}) and polarity ({@code fw-polarity-higherIsBetter}, ...), which the
 * client's stylesheet and legend turn into colours and arrows.
 */
public final class IndicatorStyle {

    private IndicatorStyle() {
    }

    /** The style classes of {@code indicator} (none for an unspecified lineage or polarity). */
    public static List<String> cssClasses(Indicator indicator) {
        List<String> classes = new ArrayList<>();
        if (indicator.getLineage() != null && indicator.getLineage() != LineageKind.UNSPECIFIED) {
            classes.add("fw-lineage-" + indicator.getLineage().getName());
        }
        if (indicator.getPolarity() != null && indicator.getPolarity() != Polarity.UNSPECIFIED) {
            classes.add("fw-polarity-" + indicator.getPolarity().getName());
        }
        return classes;
    }

    /** The indicator's id followed by its polarity sign (↑ higher is better, ↓ lower is better, ◆ no judgement). */
    public static String idWithPolarity(Indicator indicator) {
        String sign = switch (indicator.getPolarity() == null ? Polarity.UNSPECIFIED : indicator.getPolarity()) {
            case HIGHER_IS_BETTER -> " \u2191";
            case LOWER_IS_BETTER -> " \u2193";
            case NO_JUDGEMENT -> " \u25c6";
            case UNSPECIFIED -> "";
        };
        return indicator.getId() + sign;
    }

    /** True when {@code indicator} is retired (hidden by the filter of retired indicators). */
    public static boolean isRetired(Indicator indicator) {
        return indicator.getLineage() == LineageKind.RETIRED;
    }
}
