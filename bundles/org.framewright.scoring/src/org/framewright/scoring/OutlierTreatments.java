package org.framewright.scoring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.Indicator;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.ScoringScheme;

/**
 * The JRC rule for outliers ({@link OutlierTreatment}), applied to one indicator's values across the councils of a
 * period before its indicator rule scores them. An indicator fails when its absolute skewness exceeds the treatment's
 * skewness threshold and its excess kurtosis exceeds the kurtosis threshold (both needed, as COINr's
 * {@code check_SkewKurt}). A failing indicator is winsorised one step at a time: with skewness >= 0 the councils with
 * the highest value take the next lower value in the data, with negative skewness the lowest take the next higher
 * one, until it passes or the number of councils changed reaches the limit (tied extremes change together, so the
 * last step may go past it). If it still fails, the data's own values (not the winsorised ones) are transformed: log
 * (natural) or Box-Cox with the treatment's lambda, both strictly increasing, so polarity is kept; both need every
 * value positive, else the run is refused naming the council. With transform {@code none} the winsorised values are
 * kept. Skewness is the adjusted Fisher-Pearson coefficient (spreadsheets' SKEW), kurtosis the excess kurtosis
 * (KURT); an indicator with fewer than four values, or all equal, is left as it is.
 */
public final class OutlierTreatments {

    private OutlierTreatments() {
    }

    /**
     * An indicator's values after the treatment.
     *
     * @param values per council (input order), null where the data has none
     * @param changes per council what was changed (e.g. {@code winsorised at the high end: 412.3 -> 298.1}), null
     *            where the value is as in the data
     * @param summary what the treatment found and did to the indicator, for the run's notes
     * @param outcome {@code passed} (nothing to do), {@code winsorised}, {@code log}, {@code box-cox},
     *            {@code still over} (winsorised as far as allowed, transform none) or {@code not checked}
     */
    public record Treated(List<Double> values, List<String> changes, String summary, String outcome) {
    }

    /** The code of the validation rule that reports {@link #problems}: scoring refuses what it rejects. */
    public static final String RULE = "FW-TREAT-01";

    /** The lowest and highest Box-Cox lambda a treatment may give. */
    public static final double LAMBDA_LIMIT = 5;

    /**
     * A parameter of a treatment that makes no sense.
     *
     * @param feature the offending feature
     * @param text what is wrong, e.g. {@code winsorisationLimit is -1; expected 0 or more}
     */
    public record Problem(EStructuralFeature feature, String text) {

        /**
         * Refuses scoring when {@code problems} (of the scheme's {@code kind} element {@code id}, checked by validation
         * rule {@code rule}) are not empty, in the rule's words: one message for every kind of data treatment.
         */
        static void refuse(String rule, String kind, String id, ScoringScheme scheme, List<Problem> problems) {
            if (!problems.isEmpty()) {
                throw new ScoringException(rule + " " + kind + " '" + id + "' of scheme " + scheme.getId() + ": "
                    + String.join("; ", problems.stream().map(Problem::text).toList()));
            }
        }
    }

    /**
     * What is wrong with a treatment's parameters (rule FW-TREAT-01): a negative winsorisation limit, thresholds that
     * are not positive finite numbers, a Box-Cox lambda outside -5..5 (or not finite), a lambda given for a transform
     * other than box-cox, an indicator named twice, or an indicator another treatment of the scheme already treats
     * (a treatment naming no indicator treats them all). Empty when it is fine.
     */
    public static List<Problem> problems(OutlierTreatment treatment) {
        List<Problem> problems = new ArrayList<>();
        if (treatment.getWinsorisationLimit() < 0) {
            problems.add(new Problem(Literals.OUTLIER_TREATMENT__WINSORISATION_LIMIT, "winsorisationLimit is "
                + treatment.getWinsorisationLimit() + "; expected 0 or more points"));
        }
        positive(problems, Literals.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD, "skewnessThreshold",
            treatment.getSkewnessThreshold());
        positive(problems, Literals.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD, "kurtosisThreshold",
            treatment.getKurtosisThreshold());
        double lambda = treatment.getLambda();
        if (!Double.isFinite(lambda) || Math.abs(lambda) > LAMBDA_LIMIT) {
            problems.add(new Problem(Literals.OUTLIER_TREATMENT__LAMBDA, "lambda is " + number(lambda)
                + "; the Box-Cox lambda must be from -5 to 5"));
        } else if (lambda != 0 && treatment.getTransform() != OutlierTransform.BOX_COX) {
            problems.add(new Problem(Literals.OUTLIER_TREATMENT__LAMBDA, "lambda " + ScoreFormat.format(lambda)
                + " is given but the transform is " + treatment.getTransform().getLiteral()
                + "; lambda applies to box-cox only"));
        }
        java.util.Set<Indicator> seen = new java.util.HashSet<>();
        for (Indicator indicator : treatment.getIndicators()) {
            if (!seen.add(indicator)) {
                problems.add(new Problem(Literals.OUTLIER_TREATMENT__INDICATORS, "indicator " + indicator.getId()
                    + " is named twice"));
            }
        }
        if (treatment.eContainer() instanceof ScoringScheme scheme) {
            for (OutlierTreatment earlier : scheme.getTreatments()) {
                if (earlier == treatment) {
                    break;
                }
                if (earlier.getIndicators().isEmpty() || treatment.getIndicators().isEmpty()) {
                    problems.add(new Problem(Literals.OUTLIER_TREATMENT__INDICATORS, "treatment " + earlier.getId()
                        + " of the same scheme already treats " + (earlier.getIndicators().isEmpty()
                            ? "every indicator" : "indicators this one treats (it names none, so all)")
                        + "; an indicator takes one treatment"));
                } else {
                    for (Indicator indicator : treatment.getIndicators()) {
                        if (earlier.getIndicators().contains(indicator)) {
                            problems.add(new Problem(Literals.OUTLIER_TREATMENT__INDICATORS, "indicator "
                                + indicator.getId() + " is already treated by treatment " + earlier.getId()
                                + "; an indicator takes one treatment"));
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static void positive(List<Problem> problems, EStructuralFeature feature, String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            problems.add(new Problem(feature, name + " is " + number(value)
                + "; expected a positive number"));
        }
    }

    private static String number(double value) {
        return Double.isFinite(value) ? ScoreFormat.format(value) : String.valueOf(value);
    }

    /** Refuses a scheme with a treatment {@link #problems} rejects, with rule FW-TREAT-01's words. */
    public static void requireValid(ScoringScheme scheme) {
        for (OutlierTreatment treatment : scheme.getTreatments()) {
            Problem.refuse(RULE, "outlier treatment", treatment.getId(), scheme, problems(treatment));
        }
    }

    /** The first treatment of the scheme that names the indicator or names none, or null. */
    public static OutlierTreatment treatmentOf(ScoringScheme scheme, Indicator indicator) {
        for (OutlierTreatment treatment : scheme.getTreatments()) {
            if (treatment.getIndicators().isEmpty() || treatment.getIndicators().contains(indicator)) {
                return treatment;
            }
        }
        return null;
    }

    /**
     * The indicator's values treated.
     *
     * @param councils the councils' ids, in the order of {@code values} (for the run's notes and refusals)
     * @throws ScoringException when a log or Box-Cox transform meets a value that is not positive
     */
    public static Treated treat(OutlierTreatment treatment, String indicatorId, List<String> councils,
            List<Double> values) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                present.add(i);
            }
        }
        double[] x = new double[present.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = values.get(present.get(k));
        }
        List<String> none = new ArrayList<>();
        values.forEach(v -> none.add(null));
        String label = "treatment " + treatment.getId() + " of indicator " + indicatorId;
        Double skew = skewness(x);
        Double kurt = kurtosis(x);
        if (skew == null || kurt == null) {
            return new Treated(values, none, label + ": not checked (fewer than 4 values, or all equal)",
                "not checked");
        }
        String before = "skewness " + ScoreFormat.format(skew) + ", kurtosis " + ScoreFormat.format(kurt);
        if (!fails(treatment, skew, kurt)) {
            return new Treated(values, none, label + ": " + before + ": within the thresholds, nothing changed",
                "passed");
        }
        double[] w = x.clone();
        boolean[] changed = new boolean[x.length];
        int points = 0;
        boolean high = true;
        while (fails(treatment, skewness(w), kurtosis(w)) && points < treatment.getWinsorisationLimit()) {
            high = skewness(w) >= 0;
            double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : w) {
                extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
            }
            double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : w) {
                if (v != extreme) {
                    next = high ? Math.max(next, v) : Math.min(next, v);
                }
            }
            for (int k = 0; k < w.length; k++) {
                if (w[k] == extreme) {
                    w[k] = next;
                    points += changed[k] ? 0 : 1;
                    changed[k] = true;
                }
            }
            if (skewness(w) == null || kurtosis(w) == null) {
                break; // everything equal now: nothing left to measure
            }
        }
        Double skewAfter = skewness(w);
        Double kurtAfter = kurtosis(w);
        boolean passes = skewAfter == null || kurtAfter == null || !fails(treatment, skewAfter, kurtAfter);
        String winsorised = points + " point" + (points == 1 ? "" : "s") + " winsorised";
        if (passes || treatment.getTransform() == OutlierTransform.NONE) {
            List<Double> treated = new ArrayList<>(values);
            List<String> changes = new ArrayList<>(none);
            List<String> who = new ArrayList<>();
            for (int k = 0; k < w.length; k++) {
                if (changed[k]) {
                    int i = present.get(k);
                    treated.set(i, w[k]);
                    changes.set(i, "winsorised (" + treatment.getId() + "): " + ScoreFormat.format(x[k]) + " -> "
                        + ScoreFormat.format(w[k]));
                    who.add(councils.get(i));
                }
            }
            String after = skewAfter == null || kurtAfter == null ? "all values equal"
                : "skewness " + ScoreFormat.format(skewAfter) + ", kurtosis " + ScoreFormat.format(kurtAfter);
            String summary = label + ": " + before + ": " + winsorised + " (" + String.join(", ", who) + "): "
                + after + (passes ? "" : ", still over the thresholds (transform: none)");
            return new Treated(treated, changes, summary, passes ? "winsorised" : "still over");
        }
        OutlierTransform transform = treatment.getTransform();
        String name = transform == OutlierTransform.LOG ? "log" : "Box-Cox (lambda " + ScoreFormat.format(
            treatment.getLambda()) + ")";
        double[] t = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            if (x[k] <= 0) {
                throw new ScoringException(label + ": the " + name + " transform needs positive values, but council "
                    + councils.get(present.get(k)) + " has " + ScoreFormat.format(x[k]));
            }
            t[k] = transform == OutlierTransform.LOG ? Math.log(x[k]) : boxCox(x[k], treatment.getLambda());
        }
        List<Double> treated = new ArrayList<>(values);
        List<String> changes = new ArrayList<>(none);
        for (int k = 0; k < x.length; k++) {
            int i = present.get(k);
            treated.set(i, t[k]);
            changes.set(i, name + "-transformed (" + treatment.getId() + "): " + ScoreFormat.format(x[k]) + " -> "
                + ScoreFormat.format(t[k]));
        }
        Double skewT = skewness(t);
        Double kurtT = kurtosis(t);
        String summary = label + ": " + before + ": " + winsorised + " left skewness " + ScoreFormat.format(skewAfter)
            + ", kurtosis " + ScoreFormat.format(kurtAfter) + "; the data's values " + name + "-transformed instead: "
            + (skewT == null || kurtT == null ? "all values equal"
                : "skewness " + ScoreFormat.format(skewT) + ", kurtosis " + ScoreFormat.format(kurtT));
        return new Treated(treated, changes, summary, transform == OutlierTransform.LOG ? "log" : "box-cox");
    }

    private static boolean fails(OutlierTreatment treatment, Double skew, Double kurt) {
        return skew != null && kurt != null && Math.abs(skew) > treatment.getSkewnessThreshold()
            && kurt > treatment.getKurtosisThreshold();
    }

    /** The Box-Cox transform (x^lambda - 1) / lambda, ln x at lambda 0; x positive. */
    public static double boxCox(double x, double lambda) {
        return lambda == 0 ? Math.log(x) : (Math.pow(x, lambda) - 1) / lambda;
    }

    /**
     * The adjusted Fisher-Pearson skewness (spreadsheets' SKEW): n / ((n - 1)(n - 2)) sum ((x - mean) / s)^3, s the
     * sample standard deviation; null with fewer than 3 values or all equal.
     */
    public static Double skewness(double[] x) {
        int n = x.length;
        if (n < 3) {
            return null;
        }
        double mean = mean(x);
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        if (m2 == 0) {
            return null;
        }
        double s = Math.sqrt(m2 / (n - 1));
        return n * (m3 / (s * s * s)) / ((n - 1.0) * (n - 2.0));
    }

    /**
     * The excess kurtosis (spreadsheets' KURT): n(n + 1) / ((n - 1)(n - 2)(n - 3)) sum ((x - mean) / s)^4 - 3 (n -
     * 1)^2 / ((n - 2)(n - 3)); null with fewer than 4 values or all equal.
     */
    public static Double kurtosis(double[] x) {
        int n = x.length;
        if (n < 4) {
            return null;
        }
        double mean = mean(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        if (m2 == 0) {
            return null;
        }
        double variance = m2 / (n - 1);
        double nn = n;
        return nn * (nn + 1) / ((nn - 1) * (nn - 2) * (nn - 3)) * (m4 / (variance * variance))
            - 3 * (nn - 1) * (nn - 1) / ((nn - 2) * (nn - 3));
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }
}
