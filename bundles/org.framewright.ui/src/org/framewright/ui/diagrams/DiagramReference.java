package org.framewright.ui.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.LogicModel;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;

/**
 * One diagram of a {@code .framework} file, as the workbench lists it (the explorer's Diagrams node, Open Diagram
 * menus, the Overview page): the structure diagram ({@code logicModelId} null) or the diagram of one logic model.
 *
 * @param file         the framework file
 * @param logicModelId the logic model's id, or null for the structure diagram
 * @param label        what the user sees: "Structure" or the logic model's name
 */
public record DiagramReference(IFile file, String logicModelId, String label) {

    /** The label of the structure diagram. */
    public static final String STRUCTURE = "Structure";

    /** The diagrams of {@code framework} (the content of {@code file}): the structure, then each logic model's. */
    public static List<DiagramReference> of(IFile file, Framework framework) {
        List<DiagramReference> diagrams = new ArrayList<>();
        diagrams.add(structure(file));
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (element instanceof LogicModel logicModel) {
                diagrams.add(new DiagramReference(file, logicModel.getId(), labelOf(logicModel)));
            }
        }
        return diagrams;
    }

    /** The structure diagram of {@code file}. */
    public static DiagramReference structure(IFile file) {
        return new DiagramReference(file, null, STRUCTURE);
    }

    /**
     * The diagram that shows {@code element} of an open document: a logic model's (or an area's logic model's) diagram,
     * the structure diagram for the framework itself; null for any other element.
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
        LogicModel logicModel = object instanceof Area area ? area.getLogicModel()
            : object instanceof LogicModel model ? model : null;
        return logicModel == null ? null
            : new DiagramReference(document.file(), logicModel.getId(), labelOf(logicModel));
    }

    private static String labelOf(LogicModel logicModel) {
        String name = logicModel.getName();
        return name == null || name.isBlank() ? logicModel.getId() : name;
    }
}
