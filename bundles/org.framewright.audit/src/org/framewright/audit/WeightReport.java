package org.framewright.audit;

import java.util.List;

/**
 * The weights of a scheme on one period's data: current, effective, PCA and optimised, per weighted input.
 *
 * @param framework the framework's id
 * @param scheme the scheme's id
 * @param period the period scored
 * @param councils the councils scored
 * @param completeCouncils the councils with every weighted input and the overall score (effective weights, PCA and
 *     the optimiser use these)
 * @param rows one row per weighted input of each node a mean or weighted-mean rule computes
 * @param distanceBefore the sum over the leaves of (effective - intended share)^2 with the scheme's weights
 * @param distanceAfter the same with the optimised weights
 * @param notes what could not be computed, and why
 */
public record WeightReport(String framework, String scheme, String period, int councils, int completeCouncils,
        List<WeightRow> rows, double distanceBefore, double distanceAfter, List<String> notes) {
}
