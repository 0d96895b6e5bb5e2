package org.framewright.model.query;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;

/** Where a model element sits: the framework and the scoring scheme that contain it. */
public final class ElementQuery {

    private final EObject element;

    /** Questions about {@code element} (may be null: every answer is then null). */
    public ElementQuery(EObject element) {
        this.element = element;
    }

    /** The framework that contains the element (or is it), or null when it belongs to none. */
    public Framework framework() {
        return container(Framework.class);
    }

    /** The scoring scheme that contains the element (or is it), or null when it belongs to none. */
    public ScoringScheme scheme() {
        return container(ScoringScheme.class);
    }

    private <T> T container(Class<T> type) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
