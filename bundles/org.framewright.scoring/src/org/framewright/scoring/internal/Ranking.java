package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.RankingOrder;

/** Ranks scores highest or lowest first; ties share the best rank (1, 2, 2, 4); unscored councils are unranked. */
public final class Ranking {

    private Ranking() {
    }

    /** One rank per score (null for a null score, and for every score when the order is none). */
    public static List<Integer> ranks(List<Double> scores, RankingOrder order) {
        List<Integer> ranks = new ArrayList<>();
        for (Double score : scores) {
            if (score == null || order == null || order == RankingOrder.NONE) {
                ranks.add(null);
                continue;
            }
            int better = 0;
            for (Double other : scores) {
                if (other != null && (order == RankingOrder.HIGHEST_FIRST ? other > score : other < score)) {
                    better++;
                }
            }
            ranks.add(better + 1);
        }
        return ranks;
    }
}
