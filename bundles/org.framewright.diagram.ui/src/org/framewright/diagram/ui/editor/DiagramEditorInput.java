package org.framewright.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureTypes;

/**
 * A diagram of a {@code .framework} file: a diagram type (see {@code org.framewright.diagram.types}) opened on the
 * framework or on one element (a logic model).
 */
public class DiagramEditorInput extends FileEditorInput {

    private final String diagramType;
    private final String elementId;
    private final String title;

    /** The structure diagram ({@code logicModelId} null) or the logic model diagram of {@code file}. */
    public DiagramEditorInput(IFile file, String logicModelId, String title) {
        this(file, logicModelId == null ? StructureTypes.DIAGRAM_TYPE : LogicModelTypes.DIAGRAM_TYPE, logicModelId,
                title);
    }

    /** The diagram of type {@code diagramType} of {@code file}, opened on {@code elementId} (null: the framework). */
    public DiagramEditorInput(IFile file, String diagramType, String elementId, String title) {
        super(file);
        this.diagramType = Objects.requireNonNull(diagramType, "diagramType");
        this.elementId = elementId;
        this.title = title;
    }

    /** The diagram type id. */
    public String diagramType() {
        return diagramType;
    }

    /** The id of the element the diagram is opened on, or null when it is opened on the framework. */
    public String elementId() {
        return elementId;
    }

    /** The logic model shown, or null for any other diagram. */
    public String logicModelId() {
        return LogicModelTypes.DIAGRAM_TYPE.equals(diagramType) ? elementId : null;
    }

    @Override
    public String getName() {
        return title != null ? title : getFile().getName();
    }

    @Override
    public String getToolTipText() {
        return getFile().getFullPath() + " (" + (title != null ? title : diagramType)
                + (elementId == null ? "" : ", " + elementId) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.getFile().equals(getFile())
                && input.diagramType.equals(diagramType) && Objects.equals(input.elementId, elementId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getFile(), diagramType, elementId);
    }
}
