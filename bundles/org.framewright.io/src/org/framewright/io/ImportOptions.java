package org.framewright.io;

import org.framewright.model.Framework;
import org.framewright.model.Frequency;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.PeriodCalendar;
import org.framewright.model.query.SchemeQuery;

/**
 * How to read council data.
 *
 * @param framework when given, ids, groups and categories must be known to it and scores must lie on its scales;
 *        may be null
 * @param period when given, only rows of this period (e.g. {@code 2023-24}) are read, and native rows without a
 *        period are taken to be for it; null reads every period
 * @param frequency the frequency the data set declares ({@code DataSet.frequency}): when monthly, quarterly or
 *        annual, a period not of that form (see {@code PeriodCalendar}) is an error at its line and column
 * @param otherPeriods with a {@code period}: also keep the rows of the other periods, which a time-series imputation
 *        reads. The framework's checks, the missing values and the period's own warnings are those of {@code period}'s
 *        rows; a row of another period whose id, group or category the framework does not know is left out without
 *        a word (an earlier framework's measures are expected there), the rest must still be well formed
 */
public record ImportOptions(Framework framework, String period, Frequency frequency, boolean otherPeriods) {

    /**
     * Options that read only {@code period}'s rows (every row when it is null).
     *
     * @param framework as for the canonical constructor
     * @param period as for the canonical constructor
     * @param frequency as for the canonical constructor
     */
    public ImportOptions(Framework framework, String period, Frequency frequency) {
        this(framework, period, frequency, false);
    }

    /**
     * Options without a declared frequency: any period text is accepted.
     *
     * @param framework as for the canonical constructor
     * @param period as for the canonical constructor
     */
    public ImportOptions(Framework framework, String period) {
        this(framework, period, Frequency.UNSPECIFIED);
    }

    /**
     * How data is read to be scored under {@code scheme} of {@code framework} in {@code period}: checked against the
     * framework; when a time-series imputation of the scheme reads the councils' other periods
     * ({@link SchemeQuery#readsOtherPeriods()}), the whole file in one read, with the frequency the framework's
     * indicators declare, so that the periods have an order. The one way the command line and the workbench read
     * data for scoring, simulating, auditing and reports, so that they score the same values.
     */
    public static ImportOptions forScoring(Framework framework, ScoringScheme scheme, String period) {
        ImportOptions options = new ImportOptions(framework, period);
        if (period == null || scheme == null || !new SchemeQuery(scheme).readsOtherPeriods()) {
            return options;
        }
        return new ImportOptions(framework, period, PeriodCalendar.declaredBy(framework), true);
    }

    /** These options for data of {@code frequency}: every period must be one of it (a month {@code 2023-06}, ...). */
    public ImportOptions withFrequency(Frequency declared) {
        return new ImportOptions(framework, period, declared == null ? Frequency.UNSPECIFIED : declared, otherPeriods);
    }

    /** No framework checks, every period. */
    public static ImportOptions none() {
        return new ImportOptions(null, null);
    }

    /** Only the rows of {@code period}; no framework checks. */
    public static ImportOptions forPeriod(String period) {
        return new ImportOptions(null, period);
    }
}
