package org.framewright.scoring.internal;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.framewright.model.AggregationMethod;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.methods.MethodKind;
import org.framewright.scoring.Normalisation;
import org.framewright.scoring.Normaliser;
import org.framewright.scoring.Normaliser.Normalised;

/**
 * Creates the implementations of the built-in methods that {@code org.framewright.scoring} contributes in its
 * plugin.xml: one factory for all, keyed by the element (normalisation, indicatorScoring, aggregation), the id and
 * the attribute ({@code class} or {@code primitive}), so the built-ins stay the strategy enums they were.
 */
public final class BuiltinMethodFactory implements IExecutableExtensionFactory, IExecutableExtension {

    private MethodKind kind;
    private String id;
    private boolean primitive;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        kind = MethodKind.ofElement(config.getName());
        id = config.getAttribute("id");
        primitive = "primitive".equals(propertyName);
    }

    @Override
    public Object create() {
        Object created = switch (kind) {
            case AGGREGATION -> primitive ? BuiltinPrimitives.of(AggregationMethod.get(id))
                : AggregationMethod.MATRIX.is(id) ? MatrixLookup.AS_METHOD : Aggregation.of(id);
            case NORMALISATION -> normaliser();
            case INDICATOR_SCORING -> IndicatorMethods.builtin(id);
        };
        if (created == null) {
            throw new IllegalArgumentException("no built-in " + kind.label() + " '" + id + "'");
        }
        return created;
    }

    private Normaliser normaliser() {
        if (NormalisationMethod.NONE.is(id)) {
            return (values, polarity, target) -> new Normalised(values, null);
        }
        Normalisation normalisation = Normalisation.fromLabel(id);
        return normalisation == null ? null : normalisation.create();
    }
}
