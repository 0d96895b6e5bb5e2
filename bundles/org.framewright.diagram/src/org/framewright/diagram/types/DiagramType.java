package org.framewright.diagram.types;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.di.DiagramModule;
import org.framewright.model.FrameworkPackage;

/**
 * One kind of diagram as contributed to {@code org.framewright.diagram.types}: its GLSP diagram type id, what the user
 * sees, the model elements it is opened on and how the GLSP server builds it.
 *
 * @param id          the GLSP diagram type ({@code framewright-structure}, ...)
 * @param label       the label in menus ("Structure"); diagrams opened on a named element show the element's name
 * @param opensOn     the EClass of the framework model the diagram is opened on (Framework: one diagram per file)
 * @param icon        the icon's path in the contributing bundle, or null
 * @param contributor the symbolic name of the contributing bundle
 * @param order       where the type is listed (ascending)
 * @param modules     creates a fresh GLSP diagram module (one per server)
 */
public record DiagramType(String id, String label, EClass opensOn, String icon, String contributor, int order,
        Supplier<DiagramModule> modules) {

    /** Checks the parts every diagram type has. */
    public DiagramType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(modules, "modules");
    }

    /** True when the diagram is opened on the framework itself: one diagram per file, no element. */
    public boolean opensOnFramework() {
        return opensOn == FrameworkPackage.Literals.FRAMEWORK;
    }

    /** True when a diagram of this type is opened on {@code element} (an instance of {@link #opensOn()}). */
    public boolean opensOn(EObject element) {
        return element != null && opensOn.isSuperTypeOf(element.eClass());
    }

    /** A new GLSP diagram module of this type (GLSP keeps per-server state in modules: one per server). */
    public DiagramModule module() {
        return modules.get();
    }
}
