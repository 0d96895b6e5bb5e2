package org.framewright.model.methods;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * One installed scoring method: a contribution to {@code org.framewright.scoring.methods}. The implementation
 * classes are created on first use and kept (implementations are stateless and shared).
 */
public final class MethodDescriptor {

    private final MethodKind kind;
    private final String id;
    private final String name;
    private final String description;
    private final String contributor;
    private final List<MethodParameterDeclaration> parameters;
    private final IConfigurationElement element;
    private Object implementation;
    private Object primitive;

    MethodDescriptor(MethodKind kind, String id, String name, String description, String contributor,
            List<MethodParameterDeclaration> parameters, IConfigurationElement element) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        this.description = description;
        this.contributor = contributor;
        this.parameters = List.copyOf(parameters);
        this.element = element;
    }

    /** Normalisation, indicator scoring or aggregation. */
    public MethodKind kind() {
        return kind;
    }

    /** The id a model names the method by, e.g. {@code weighted mean} or {@code geometric-mean}. */
    public String id() {
        return id;
    }

    /** The name choosers show, e.g. {@code Geometric mean}. */
    public String name() {
        return name;
    }

    /** What the method computes, for tooltips and reports. */
    public String description() {
        return description;
    }

    /** The symbolic name of the bundle that contributes the method. */
    public String contributor() {
        return contributor;
    }

    /** The parameters the method declares, in declaration order. */
    public List<MethodParameterDeclaration> parameters() {
        return parameters;
    }

    /** The declared parameter called {@code parameterName}, or null. */
    public MethodParameterDeclaration parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
    }

    /** True when the contribution names a primitive implementation (arrays in, arrays out) for the fast path. */
    public boolean hasPrimitive() {
        return element.getAttribute("primitive") != null;
    }

    /**
     * The implementation (the {@code class} attribute), created once; the scoring engine casts it to the interface
     * of the kind. Throws IllegalStateException naming the method and plugin when the class cannot be created.
     */
    public synchronized Object implementation() {
        if (implementation == null) {
            implementation = create("class");
        }
        return implementation;
    }

    /** The primitive implementation (the {@code primitive} attribute), created once, or null when there is none. */
    public synchronized Object primitive() {
        if (primitive == null && hasPrimitive()) {
            primitive = create("primitive");
        }
        return primitive;
    }

    private Object create(String attribute) {
        try {
            return element.createExecutableExtension(attribute);
        } catch (CoreException e) {
            throw new IllegalStateException("the " + kind.label() + " '" + id + "' of plugin " + contributor
                + " cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind.label() + " " + id + " (" + contributor + ")";
    }
}
