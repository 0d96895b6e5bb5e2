package org.framewright.audit;

import java.util.List;

/**
 * The statistical audit of a scheme on one period's data.
 *
 * @param framework the framework's id
 * @param scheme the scheme's id
 * @param period the period audited
 * @param councils the number of councils scored
 * @param indicators one audit per indicator the scheme scores, in the scheme's node order
 * @param areas one audit per area the scheme scores
 * @param notes the scoring run's notes (e.g. an indicator that could not be normalised), and why leave-one-out gives
 *     no rank shifts when the scheme ranks no council
 */
public record AuditReport(String framework, String scheme, String period, int councils, List<IndicatorAudit> indicators,
        List<AreaAudit> areas, List<String> notes) {

    /** The collinear pairs (|Pearson r| above {@link StatisticalAudit#COLLINEAR}), each once, first id first in order. */
    public List<String[]> collinearPairs() {
        List<String> order = indicators.stream().map(IndicatorAudit::indicator).toList();
        return indicators.stream().flatMap(i -> i.collinearWith().stream()
            .filter(other -> order.indexOf(other) > order.indexOf(i.indicator()))
            .map(other -> new String[] {i.indicator(), other})).toList();
    }
}
