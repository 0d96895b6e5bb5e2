package org.framewright.audit;

import java.util.List;

/**
 * The audit of one area the scheme scores. Alpha and the first component use the scores of the area's own
 * indicators for the councils that have all of them.
 *
 * @param area the area's id
 * @param name its name
 * @param indicators the ids of its indicators that the scheme scores
 * @param completeCouncils the number of councils with a score for every one of them
 * @param cronbachAlpha Cronbach's alpha of those scores (NaN for fewer than 2 indicators)
 * @param firstComponentShare the share (0-1) of variance the first principal component explains (NaN likewise)
 * @param correlationWithOverall Pearson's r of the area's scores with the overall scores
 * @param leaveOneOut the councils' rank shifts when the area (with its indicators) is left out
 */
public record AreaAudit(String area, String name, List<String> indicators, int completeCouncils, double cronbachAlpha,
        double firstComponentShare, double correlationWithOverall, RankShift leaveOneOut) {
}
