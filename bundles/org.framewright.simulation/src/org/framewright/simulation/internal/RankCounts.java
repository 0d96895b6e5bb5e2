package org.framewright.simulation.internal;

/**
 * What a Monte Carlo run counted, per council: the baseline, a histogram of ranks ({@code [council][rank]}, rank 0
 * = unranked, so percentiles need no per-draw storage), a histogram of rating levels and the number of flips.
 * Counts are integers, so summing the threads' counts gives the same result in any order.
 */
public final class RankCounts {

    final int[] baselineRanks;
    final int[] baselineLevels;
    final int[][] rankHistogram;
    final int[][] levelHistogram;
    final long[] flips;
    final boolean rated;
    long draws;

    RankCounts(int councils, int levels, int[] baselineRanks, int[] baselineLevels) {
        this.baselineRanks = baselineRanks;
        this.baselineLevels = baselineLevels;
        rankHistogram = new int[councils][councils + 1];
        levelHistogram = new int[councils][levels];
        flips = new long[councils];
        rated = levels > 0;
    }

    /** Counts one draw; a flip is a different rating level, or a different rank when there are no levels. */
    void add(int[] ranks, int[] levels) {
        for (int c = 0; c < ranks.length; c++) {
            rankHistogram[c][ranks[c]]++;
            if (rated) {
                if (levels[c] >= 0) {
                    levelHistogram[c][levels[c]]++;
                }
                if (levels[c] != baselineLevels[c]) {
                    flips[c]++;
                }
            } else if (ranks[c] != baselineRanks[c]) {
                flips[c]++;
            }
        }
        draws++;
    }

    void addAll(RankCounts other) {
        for (int c = 0; c < rankHistogram.length; c++) {
            for (int r = 0; r < rankHistogram[c].length; r++) {
                rankHistogram[c][r] += other.rankHistogram[c][r];
            }
            for (int l = 0; l < levelHistogram[c].length; l++) {
                levelHistogram[c][l] += other.levelHistogram[c][l];
            }
            flips[c] += other.flips[c];
        }
        draws += other.draws;
    }

    /**
     * A checksum of the rank histograms, sum of count x (council x 1000003 + rank) x (rank x 7919 + 1) in 64-bit
     * wrapping arithmetic, to compare runs (and the C reference loop) without comparing every count; with rating
     * levels, plus the sum of count x (council x 1000003 + level + 1) x 104729 over the level histograms.
     */
    public long checksum() {
        long sum = 0;
        for (int c = 0; c < rankHistogram.length; c++) {
            for (int r = 0; r < rankHistogram[c].length; r++) {
                sum += rankHistogram[c][r] * (c * 1000003L + r) * (r * 7919L + 1);
            }
            for (int l = 0; l < levelHistogram[c].length; l++) {
                sum += levelHistogram[c][l] * (c * 1000003L + l + 1) * 104729L;
            }
        }
        return sum;
    }

    /** The number of councils counted. */
    public int councils() {
        return rankHistogram.length;
    }

    /** The number of draws counted. */
    public long draws() {
        return draws;
    }

    /** The council's baseline rank (0 = unranked). */
    public int baselineRank(int council) {
        return baselineRanks[council];
    }

    /** The council's baseline level index (-1 = none). */
    public int baselineLevel(int council) {
        return baselineLevels[council];
    }

    /** How many draws gave the council rank {@code rank} (0 = unranked). */
    public int rankCount(int council, int rank) {
        return rankHistogram[council][rank];
    }

    /** How many draws gave the council level index {@code level}. */
    public int levelCount(int council, int level) {
        return levelHistogram[council][level];
    }

    /** How many draws flipped the council against the baseline. */
    public long flips(int council) {
        return flips[council];
    }

    /**
     * The nearest-rank {@code q}-quantile of the council's rank over the draws that ranked it: the smallest rank r
     * such that at least ceil(q x ranked draws) draws ranked it r or better; 0 when no draw ranked it.
     */
    public int rankQuantile(int council, double q) {
        int[] histogram = rankHistogram[council];
        long ranked = draws - histogram[0];
        if (ranked == 0) {
            return 0;
        }
        long needed = Math.max(1, (long) Math.ceil(q * ranked - 1e-9));
        long cumulative = 0;
        for (int r = 1; r < histogram.length; r++) {
            cumulative += histogram[r];
            if (cumulative >= needed) {
                return r;
            }
        }
        return histogram.length - 1;
    }
}
