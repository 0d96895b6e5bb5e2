package org.framewright.model;

/** The built-in aggregation methods ({@link AggregationRule#getMethod()} holds one of these ids or a plugin's). */
public enum AggregationMethod implements BuiltinMethod {
    /** Sum of weight x value over the sum of the included weights; the default of a rule. */
    WEIGHTED_MEAN("weighted mean"),
    /** Arithmetic mean. */
    MEAN("mean"),
    /** Median. */
    MEDIAN("median"),
    /** Smallest input. */
    MINIMUM("minimum"),
    /** Largest input. */
    MAXIMUM("maximum"),
    /** Sum. */
    SUM("sum"),
    /** 100 x sum / (maximum x number of inputs). */
    PERCENT_OF_MAXIMUM("percent of maximum"),
    /** A rule table looked up by the levels of two nodes. */
    MATRIX("matrix");

    private final String id;

    AggregationMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The built-in with this id, or null when the id is a plugin's (or null). */
    public static AggregationMethod get(String id) {
        return BuiltinMethod.find(values(), id);
    }
}
