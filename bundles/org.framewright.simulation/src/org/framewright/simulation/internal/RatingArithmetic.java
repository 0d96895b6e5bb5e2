package org.framewright.simulation.internal;

/**
 * The rating kernel's rounding in binary with its guard: {@link #round} rounds a double as the engine rounds its
 * decimal, or says (NaN) that the double is too near a boundary to decide; {@link #roundRational} decides such ties
 * in integer arithmetic when the inputs are whole hundredths.
 */
final class RatingArithmetic {

    /** Relative distance to a boundary below which a draw is recomputed exactly (far above binary error). */
    static final double TOLERANCE = 1e-9;

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    private RatingArithmetic() {
    }

    /**
     * A mean, sum or percent of maximum of inputs that are whole hundredths (every grade and score with up to
     * two decimals), rounded exactly in integer arithmetic: the value is the fraction num / den of integers, so
     * its rounding is decided by the remainder, ties included (the engine's 34-digit quotient cannot move a
     * decision for such small denominators). NaN when the inputs or the method do not allow it.
     */
    static double roundRational(double[] inputs, int method, int count, double maximum, int mode, int decimals) {
        if (method != RatingModel.MEAN && method != RatingModel.SUM && method != RatingModel.PERCENT_OF_MAXIMUM
                || decimals < 0 || decimals > 6 || count == 0) {
            return Double.NaN;
        }
        long scale = 1;
        for (int i = 0; i < count; i++) {
            while (scale <= 100 && !whole(inputs[i], scale)) {
                scale *= 10;
            }
            if (scale > 100) {
                return Double.NaN;
            }
        }
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (long) Math.rint(inputs[i] * scale);
        }
        long num = sum;
        long den = scale;
        if (method == RatingModel.MEAN) {
            den *= count;
        } else if (method == RatingModel.PERCENT_OF_MAXIMUM) {
            if (maximum != Math.rint(maximum) || maximum <= 0 || maximum > 1e6) {
                return Double.NaN;
            }
            num *= 100;
            den *= (long) maximum * count;
        }
        long power = 1;
        for (int d = 0; d < decimals; d++) {
            power *= 10;
        }
        if (Math.abs(num) > Long.MAX_VALUE / power / 4) {
            return Double.NaN;
        }
        num *= power;
        long floor = Math.floorDiv(num, den);
        long twice = 2 * (num - floor * den);
        long r = switch (mode) {
            case RatingModel.FLOOR -> floor;
            case RatingModel.CEILING -> twice == 0 ? floor : floor + 1;
            case RatingModel.HALF_EVEN -> twice > den || twice == den && floor % 2 != 0 ? floor + 1 : floor;
            // half up: a tie goes away from zero
            default -> twice > den || twice == den && floor >= 0 ? floor + 1 : floor;
        };
        return r == 0 ? 0 : r / (double) power;
    }

    /** True when v is a whole number of 1 / scale ({@code v}'s decimal has at most log10(scale) decimals). */
    static boolean whole(double v, long scale) {
        double scaled = v * scale;
        return Math.abs(scaled) < 1e12 && scaled == Math.rint(scaled) && Math.rint(scaled) / scale == v;
    }

    /** True when a and b are within the tolerance of each other (relative, at least absolute for small values). */
    static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * {@code x} rounded as the engine rounds its decimal, or NaN when {@code x} is too near a rounding boundary to
     * decide in binary. With {@code sure} (x equals the engine's decimal) and 0 decimals, exact ties are decided here.
     */
    static double round(int mode, int decimals, double x, boolean sure) {
        double r = roundUnits(mode, decimals, x, sure);
        return r != r ? r : fromUnits(r, decimals);
    }

    /** A rounded value from its units (the whole number of 10^-decimals {@link #roundUnits} gives). */
    static double fromUnits(double units, int decimals) {
        double scale = POW10[Math.abs(decimals)];
        return decimals >= 0 ? units / scale : units * scale;
    }

    /**
     * {@code x} rounded as {@link #round} rounds it, in units of 10^-decimals (a whole number, never -0), or NaN:
     * the kernel indexes a node's band table by these units, so a band look-up is one array read.
     */
    static double roundUnits(int mode, int decimals, double x, boolean sure) {
        if (decimals < -15 || decimals > 15) {
            return Double.NaN;
        }
        double scale = POW10[Math.abs(decimals)];
        double y = decimals >= 0 ? x * scale : x / scale;
        if (Math.abs(y) > 1e15) {
            return Double.NaN;
        }
        double floor = Math.floor(y);
        double fraction = y - floor;
        double r;
        if (sure && decimals == 0) {
            r = switch (mode) {
                case RatingModel.FLOOR -> floor;
                case RatingModel.CEILING -> Math.ceil(y);
                case RatingModel.HALF_EVEN -> Math.rint(y);
                default -> fraction == 0.5 ? (y > 0 ? floor + 1 : floor) : Math.rint(y);
            };
        } else {
            boolean halves = mode == RatingModel.HALF_UP || mode == RatingModel.HALF_EVEN;
            double distance = halves ? Math.abs(fraction - 0.5) : Math.min(fraction, 1 - fraction);
            if (distance <= TOLERANCE * Math.max(1, Math.abs(y))) {
                return Double.NaN;
            }
            r = halves ? Math.rint(y) : mode == RatingModel.FLOOR ? floor : Math.ceil(y);
        }
        return r == 0 ? 0 : r;
    }
}
