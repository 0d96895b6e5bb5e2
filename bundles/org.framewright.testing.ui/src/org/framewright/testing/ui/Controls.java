package org.framewright.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finding the widgets a person sees below a control. */
public final class Controls {

    private Controls() {
    }

    /** The first control of {@code type} below {@code parent} (depth first) that {@code test} accepts; fails if none. */
    public static <T extends Control> T find(Control parent, Class<T> type, Predicate<T> test) {
        List<T> all = all(parent, type);
        return all.stream().filter(test).findFirst()
            .orElseThrow(() -> new AssertionError("No such " + type.getSimpleName() + " among " + all.size()));
    }

    /** Every control of {@code type} below {@code parent}, depth first. */
    public static <T extends Control> List<T> all(Control parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(parent, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
