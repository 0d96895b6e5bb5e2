package org.framewright.scoring;

/**
 * The primitive form of a normalisation method: one indicator's values across councils as doubles in, normalised
 * doubles out, with no allocation per call (for loops that normalise many times, such as resampling). A
 * contribution to {@code org.framewright.scoring.methods} names it in its {@code primitive} attribute; a method may
 * implement it beside {@link Normaliser} in one class, its list form then converting and calling this one, so both
 * forms give the same doubles. Stateless and thread-safe.
 */
public interface PrimitiveNormalisation {

    /**
     * Normalises {@code values[0..count)} into {@code out[0..count)}; NaN marks a missing value, in and out. Higher
     * results are better: {@code lowerIsBetter} turns the method round.
     *
     * @param reference the index of the reference council among the values (methods that name one), else -1
     * @return null, or why the method is undefined for these values (then every {@code out} is NaN)
     */
    String normalise(double[] values, int count, boolean lowerIsBetter, int reference, double[] out);

    /**
     * This method with a rule's parameter values bound (e.g. the range to scale to); called once per rule, never
     * per call. The default, for a method without parameters, is this instance.
     */
    default PrimitiveNormalisation with(MethodArguments arguments) {
        return this;
    }
}
