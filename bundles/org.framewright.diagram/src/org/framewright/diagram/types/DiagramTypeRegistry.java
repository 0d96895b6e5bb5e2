package org.framewright.diagram.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.framewright.diagram.server.logicmodel.LogicModelDiagramModule;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureDiagramModule;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.model.FrameworkPackage;

/**
 * The diagram types installed, read from {@code org.framewright.diagram.types} and ordered by their {@code order}
 * attribute (Framewright's own: 100 structure, 200 logic model). The first contribution of an id wins. A contribution
 * that cannot be used (no label, an unknown {@code opensOn} class, a class that cannot be created, a module whose
 * diagram type differs from the id) is left out with a line on stderr naming the plugin and the attribute.
 */
public final class DiagramTypeRegistry {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.framewright.diagram.types";

    private static final int DEFAULT_ORDER = 1000;
    private static List<DiagramType> installed;

    private DiagramTypeRegistry() {
    }

    /** The installed diagram types in menu order; Framewright's own alone outside OSGi. */
    public static synchronized List<DiagramType> installed() {
        if (installed == null) {
            installed = read(RegistryFactory.getRegistry());
        }
        return installed;
    }

    /** The installed diagram type {@code id}. */
    public static Optional<DiagramType> find(String id) {
        return installed().stream().filter(type -> type.id().equals(id)).findFirst();
    }

    /** The first installed diagram type (in menu order) that opens on {@code element}. */
    public static Optional<DiagramType> firstOpeningOn(EObject element) {
        return installed().stream().filter(type -> type.opensOn(element)).findFirst();
    }

    /** Framewright's own diagram types (what plugin.xml contributes), for use outside OSGi. */
    public static List<DiagramType> builtIns() {
        return List.of(
            new DiagramType(StructureTypes.DIAGRAM_TYPE, "Structure", FrameworkPackage.Literals.FRAMEWORK, null,
                "org.framewright.diagram", 100, StructureDiagramModule::new),
            new DiagramType(LogicModelTypes.DIAGRAM_TYPE, "Logic model", FrameworkPackage.Literals.LOGIC_MODEL, null,
                "org.framewright.diagram", 200, LogicModelDiagramModule::new));
    }

    private static List<DiagramType> read(IExtensionRegistry registry) {
        if (registry == null) {
            return builtIns();
        }
        List<DiagramType> types = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                DiagramType type = diagramType(element);
                if (ids.add(type.id())) {
                    types.add(type);
                } else {
                    unused(element, "another plugin contributes diagram type '" + type.id() + "' already");
                }
            } catch (CoreException | IllegalArgumentException | ClassCastException e) {
                unused(element, e.getMessage());
            }
        }
        types.sort(Comparator.comparingInt(DiagramType::order));
        return List.copyOf(types);
    }

    private static DiagramType diagramType(IConfigurationElement element) throws CoreException {
        String id = required(element, "id");
        String label = required(element, "label");
        EClass opensOn = eClass(required(element, "opensOn"));
        DiagramType type = new DiagramType(id, label, opensOn, element.getAttribute("icon"),
            element.getContributor().getName(), order(element), modules(element, id));
        type.module(); // fails here, once, rather than in every diagram session
        return type;
    }

    @SuppressWarnings("unchecked")
    private static java.util.function.Supplier<DiagramModule> modules(IConfigurationElement element, String id)
            throws CoreException {
        if (element.getAttribute("module") != null) {
            DiagramModule first = (DiagramModule) element.createExecutableExtension("module");
            if (!id.equals(first.getDiagramType())) {
                throw new IllegalArgumentException("attribute module: " + first.getClass().getName()
                    + ".getDiagramType() is '" + first.getDiagramType() + "', not the id '" + id + "'");
            }
            return () -> {
                try {
                    return (DiagramModule) element.createExecutableExtension("module");
                } catch (CoreException e) {
                    throw new IllegalStateException("diagram type " + id + ": " + e.getMessage(), e);
                }
            };
        }
        if (element.getAttribute("gmodelFactory") == null) {
            throw new IllegalArgumentException("neither module nor gmodelFactory is given");
        }
        Class<? extends GModelFactory> factory = ((GModelFactory) element.createExecutableExtension("gmodelFactory"))
            .getClass();
        Class<? extends ToolPaletteItemProvider> palette = element.getAttribute("palette") == null ? null
            : ((ToolPaletteItemProvider) element.createExecutableExtension("palette")).getClass();
        return () -> new ContributedDiagramModule(id, factory, palette);
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("attribute " + attribute + " is missing");
        }
        return value.trim();
    }

    private static EClass eClass(String name) {
        EClassifier classifier = FrameworkPackage.eINSTANCE.getEClassifier(name);
        if (!(classifier instanceof EClass eClass)) {
            throw new IllegalArgumentException("attribute opensOn: '" + name
                + "' is no class of the framework model (e.g. Framework, LogicModel, Area)");
        }
        return eClass;
    }

    private static int order(IConfigurationElement element) {
        String order = element.getAttribute("order");
        try {
            return order == null ? DEFAULT_ORDER : Integer.parseInt(order.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }

    private static void unused(IConfigurationElement element, String why) {
        System.err.println("framewright: diagram type " + element.getAttribute("id") + " of plugin "
            + element.getContributor().getName() + " is not used: " + why);
    }
}
