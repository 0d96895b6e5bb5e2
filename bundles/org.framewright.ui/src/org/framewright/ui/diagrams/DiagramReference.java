package org.framewright.ui.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.diagram.types.DiagramType;
import org.framewright.diagram.types.DiagramTypeRegistry;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;

/**
 * One diagram of a {@code .framework} file, as the workbench lists it (the explorer's Diagrams node, Open Diagram
 * menus, the Overview page): an installed diagram type ({@code org.framewright.diagram.types}) opened on the framework
 * ({@code elementId} null: the structure, or a plugin's diagram such as the indicator lineage) or on one element (a
 * logic model).
 *
 * @param file        the framework file
 * @param diagramType the diagram type id
 * @param elementId   the id of the element the diagram is opened on, or null for the framework
 * @param label       what the user sees: the type's label ("Structure") or the element's name
 */
public record DiagramReference(IFile file, String diagramType, String elementId, String label) {

    /** The label of the structure diagram. */
    public static final String STRUCTURE = "Structure";

    /** The structure diagram ({@code logicModelId} null) or the diagram of logic model {@code logicModelId}. */
    public DiagramReference(IFile file, String logicModelId, String label) {
        this(file, logicModelId == null ? StructureTypes.DIAGRAM_TYPE : LogicModelTypes.DIAGRAM_TYPE, logicModelId,
            label);
    }

    /** The logic model shown, or null for any other diagram. */
    public String logicModelId() {
        return LogicModelTypes.DIAGRAM_TYPE.equals(diagramType) ? elementId : null;
    }

    /** True for the structure diagram. */
    public boolean isStructure() {
        return StructureTypes.DIAGRAM_TYPE.equals(diagramType);
    }

    /**
     * The diagrams of {@code framework} (the content of {@code file}), by installed diagram type in the registry's
     * order: the structure, each logic model's, then plugins' (each on the framework or on every element it opens on).
     */
    public static List<DiagramReference> of(IFile file, Framework framework) {
        List<DiagramReference> diagrams = new ArrayList<>();
        for (DiagramType type : DiagramTypeRegistry.installed()) {
            if (type.opensOnFramework()) {
                diagrams.add(new DiagramReference(file, type.id(), null, type.label()));
                continue;
            }
            for (EObject element : (Iterable<EObject>) framework::eAllContents) {
                if (type.opensOn(element) && element instanceof ModelElement named) {
                    diagrams.add(new DiagramReference(file, type.id(), named.getId(), labelOf(named)));
                }
            }
        }
        return diagrams;
    }

    /** The structure diagram of {@code file}. */
    public static DiagramReference structure(IFile file) {
        return new DiagramReference(file, StructureTypes.DIAGRAM_TYPE, null, STRUCTURE);
    }

    /**
     * The diagram that shows {@code element} of an open document: the structure diagram for the framework itself, a
     * logic model's (or an area's logic model's) diagram, else the first installed diagram type opened on the
     * element's class; null for any other element.
     */
    public static DiagramReference ofElement(Object element) {
        if (!(element instanceof EObject object)) {
            return null;
        }
        ModelDocument document = ModelDocuments.of(object);
        if (document == null) {
            return null;
        }
        if (object instanceof Framework) {
            return structure(document.file());
        }
        EObject shown = object instanceof Area area ? area.getLogicModel() : object;
        if (!(shown instanceof ModelElement named)) {
            return null;
        }
        return DiagramTypeRegistry.firstOpeningOn(shown)
            .map(type -> new DiagramReference(document.file(), type.id(), named.getId(), labelOf(named)))
            .orElse(null);
    }

    /**
     * The icon the diagram type's plugin contributed ({@code icon} of {@code org.framewright.diagram.types}), or null
     * when it gave none: the built-in types are shown with the icon of the element they show instead.
     */
    public ImageDescriptor contributedIcon() {
        return DiagramTypeRegistry.find(diagramType)
            .filter(type -> type.icon() != null && !type.icon().isBlank())
            .flatMap(type -> ResourceLocator.imageDescriptorFromBundle(type.contributor(), type.icon()))
            .orElse(null);
    }

    private static String labelOf(ModelElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? element.getId() : name;
    }
}
