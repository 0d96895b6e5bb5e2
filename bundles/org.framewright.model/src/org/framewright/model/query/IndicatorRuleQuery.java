package org.framewright.model.query;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;

/** What an indicator rule applies to. */
public final class IndicatorRuleQuery {

    private final IndicatorRule rule;

    /** Questions about {@code rule}. */
    public IndicatorRuleQuery(IndicatorRule rule) {
        this.rule = rule;
    }

    /**
     * The indicators the rule applies to: its list, or, when the list is empty, every indicator of its framework
     * (none when it belongs to no framework). The engine further limits a rule without a list to the indicators
     * that have data.
     */
    public List<Indicator> indicators() {
        if (!rule.getIndicators().isEmpty()) {
            return rule.getIndicators();
        }
        Framework framework = new ElementQuery(rule).framework();
        return framework == null ? List.of() : framework.getIndicators();
    }
}
