package org.framewright.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.framewright.compare.internal.ElementDiffer;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.compare.internal.LineageClassifier;
import org.framewright.model.Framework;

/**
 * Compares two frameworks semantically: elements are matched by their stable ids (the roots are always matched),
 * indicators additionally by the lineage the new framework declares ({@code Indicator.lineage},
 * {@code predecessorIds}). Nothing is matched by text.
 */
public final class FrameworkComparison {

    private FrameworkComparison() {
    }

    /** The difference from {@code oldFramework} to {@code newFramework}. Neither model is changed. */
    public static FrameworkDiff compare(Framework oldFramework, Framework newFramework) {
        Objects.requireNonNull(oldFramework, "oldFramework");
        Objects.requireNonNull(newFramework, "newFramework");
        List<String> notes = new ArrayList<>();
        // one index per framework, shared by the lineage and the element matching (each is one walk of the model)
        ElementIndex oldIndex = new ElementIndex(oldFramework);
        ElementIndex newIndex = new ElementIndex(newFramework);
        List<IndicatorLineage> rows = new LineageClassifier(oldIndex, newIndex).classify(notes);
        List<ElementChange> elements = new ElementDiffer(oldIndex, newIndex).differences();
        return new FrameworkDiff(label(oldFramework), label(newFramework), elements, rows, notes);
    }

    /** {@code id "name" (version)}: how headings name a framework. */
    public static String label(Framework framework) {
        StringBuilder label = new StringBuilder(Objects.toString(framework.getId(), "(no id)"));
        if (framework.getName() != null) {
            label.append(" \"").append(framework.getName()).append('"');
        }
        if (framework.getVersion() != null) {
            label.append(" (").append(framework.getVersion()).append(')');
        }
        return label.toString();
    }

    /** The id of the framework {@code framework} is based on (its {@code basedOn}, not loaded), or null. */
    public static String basedOnId(Framework framework) {
        return LineageClassifier.basedOnId(framework);
    }
}
