package org.framewright.audit;

/**
 * One weighted input of one node an aggregation rule computes, with its weight under each set of weights, all as
 * percentages of the root (the overall score): the input's share of the overall score.
 *
 * @param row the row's number, from 1
 * @param id the input's id (an indicator or an area)
 * @param area the node it is an input of: an area's id, or {@code overall}
 * @param rule the id of the aggregation rule computing that node
 * @param current the nominal share under the scheme's weights (COINr's effective weight)
 * @param effective the share of the overall score's variance it actually carries under the scheme's weights
 * @param pca the nominal share under PCA weights
 * @param optimised the nominal share under the optimised weights
 */
public record WeightRow(int row, String id, String area, String rule, double current, double effective, double pca,
        double optimised) {

    /** This row's value for {@code kind}. */
    public double value(WeightScenarios.Kind kind) {
        return switch (kind) {
            case EFFECTIVE -> effective;
            case PCA -> pca;
            case OPTIMISED -> optimised;
        };
    }
}
