package org.framewright.audit;

import java.util.List;
import java.util.Map;

/**
 * The audit of one indicator. Descriptive statistics and outliers are of the indicator's values in the data;
 * correlations are of its scores as the scheme scores them (normalised, turned round for lower is better), which are
 * what its area aggregates. NaN marks a statistic the data cannot give.
 *
 * @param indicator the indicator's id
 * @param name its name
 * @param area the id of the area the indicator belongs to (null when it belongs to none the scheme scores)
 * @param available the number of councils with a value
 * @param availability {@code available} as a percentage of the councils scored
 * @param statistics mean, median, min, max, skewness, kurtosis and the outlier fences of the values
 * @param outliers the councils (ids) whose value lies outside the fences
 * @param pearson Pearson's correlation with every other indicator, by indicator id, in the framework's order
 * @param spearman Spearman's correlation with every other indicator, by indicator id
 * @param collinearWith the indicators with |Pearson r| above {@link StatisticalAudit#COLLINEAR}
 * @param correlationWithArea Pearson's r of the indicator's scores with its area's scores
 * @param correlationWithOverall Pearson's r of the indicator's scores with the overall scores
 * @param leaveOneOut the councils' rank shifts when the indicator is left out
 * @param values the value of every council that has one, by council id in the order scored (what the statistics and
 *     the distribution plots are of)
 */
public record IndicatorAudit(String indicator, String name, String area, int available, double availability,
        Descriptives statistics, List<String> outliers, Map<String, Double> pearson, Map<String, Double> spearman,
        List<String> collinearWith, double correlationWithArea, double correlationWithOverall,
        RankShift leaveOneOut, Map<String, Double> values) {

    /** Whether the indicator's scores fall as its own area's scores rise (Pearson r below 0). */
    public boolean negativelyCorrelatedWithArea() {
        return correlationWithArea < 0;
    }
}
