package org.framewright.io;

import org.framewright.model.Framework;

/**
 * How to read council data.
 *
 * @param framework when given, ids, groups and categories must be known to it and scores must lie on its scales;
 *        may be null
 * @param period when given, only rows of this period (e.g. {@code 2023-24}) are read, and native rows without a
 *        period are taken to be for it; null reads every period
 */
public record ImportOptions(Framework framework, String period) {

    /** No framework checks, every period. */
    public static ImportOptions none() {
        return new ImportOptions(null, null);
    }

    /** Only the rows of {@code period}; no framework checks. */
    public static ImportOptions forPeriod(String period) {
        return new ImportOptions(null, period);
    }
}
