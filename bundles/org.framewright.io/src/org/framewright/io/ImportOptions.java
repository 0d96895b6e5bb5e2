package org.framewright.io;

import org.framewright.model.Framework;
import org.framewright.model.Frequency;

/**
 * How to read council data.
 *
 * @param framework when given, ids, groups and categories must be known to it and scores must lie on its scales;
 *        may be null
 * @param period when given, only rows of this period (e.g. {@code 2023-24}) are read, and native rows without a
 *        period are taken to be for it; null reads every period
 * @param frequency the frequency the data set declares ({@code DataSet.frequency}): when monthly, quarterly or
 *        annual, a period not of that form (see {@code PeriodCalendar}) is an error at its line and column
 */
public record ImportOptions(Framework framework, String period, Frequency frequency) {

    /**
     * Options without a declared frequency: any period text is accepted.
     *
     * @param framework as for the canonical constructor
     * @param period as for the canonical constructor
     */
    public ImportOptions(Framework framework, String period) {
        this(framework, period, Frequency.UNSPECIFIED);
    }

    /** These options for data of {@code frequency}: every period must be one of it (a month {@code 2023-06}, ...). */
    public ImportOptions withFrequency(Frequency declared) {
        return new ImportOptions(framework, period, declared == null ? Frequency.UNSPECIFIED : declared);
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
