package org.framewright.scoring;

/**
 * Data that cannot be treated as the scheme asks: a data treatment needs something the data does not hold (a
 * denominator column, comparator groups). A problem of the input rather than of the request, so the CLI's
 * {@code score} reports it as a data error (exit 1). The message names the treatment, its rule code and what is
 * missing.
 */
public class ScoringDataException extends ScoringException {

    private static final long serialVersionUID = 1L;

    /** A data problem with a message for the user. */
    public ScoringDataException(String message) {
        super(message);
    }
}
