package org.framewright.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RankSorterTest {

    @Test
    void tiesShareTheBestRankAndNaNIsUnranked() {
        int[] ranks = new int[6];
        new RankSorter(6).rank(new double[] {3, 1, Double.NaN, 1, 2, -0.0}, ranks);
        assertArrayEquals(new int[] {5, 2, 0, 2, 4, 1}, ranks);
    }

    @Test
    void agreesWithCountingOverManyReorderedDraws() {
        SplittableRandom random = new SplittableRandom(1);
        RankSorter sorter = new RankSorter(300);
        double[] keys = new double[300];
        int[] ranks = new int[300];
        for (int draw = 0; draw < 50; draw++) {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = draw % 3 == 0 ? random.nextInt(40) : random.nextDouble();
            }
            sorter.rank(keys, ranks);
            int[] expected = new int[300];
            for (int i = 0; i < 300; i++) {
                int better = 0;
                for (double other : keys) {
                    better += other < keys[i] ? 1 : 0;
                }
                expected[i] = better + 1;
            }
            assertArrayEquals(expected, ranks, "draw " + draw);
        }
    }
}
