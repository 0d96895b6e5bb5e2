package org.framewright.model;

import java.util.Objects;

/**
 * A scoring method that ships with Framewright, named in models by its id. Models refer to methods by id only
 * ({@link IndicatorRule#getMethod()}, {@link IndicatorRule#getNormalisation()}, {@link AggregationRule#getMethod()}),
 * so plugins can add methods through the {@code org.framewright.scoring.methods} extension point; the built-ins
 * are contributed through the same point, and these constants only spare code from spelling their ids.
 */
public interface BuiltinMethod {

    /** The id a model uses, e.g. {@code weighted mean}; equal to the enum literal of the models before ids. */
    String id();

    /** The id, under the name the former EMF enum literal used, so code written against the enum reads on. */
    default String getLiteral() {
        return id();
    }

    /** True when {@code methodId} names this method. */
    default boolean is(String methodId) {
        return id().equals(methodId);
    }

    /** The built-in among {@code builtins} whose id is {@code methodId}, or null (a plugin's method, or no method). */
    static <M extends BuiltinMethod> M find(M[] builtins, String methodId) {
        for (M builtin : builtins) {
            if (Objects.equals(builtin.id(), methodId)) {
                return builtin;
            }
        }
        return null;
    }
}
