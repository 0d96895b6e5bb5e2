package org.framewright.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;

/** A diagram of a {@code .framework} file: its structure, or (with a logic model id) one logic model. */
public class DiagramEditorInput extends FileEditorInput {

    private final String logicModelId;
    private final String title;

    /** The structure diagram ({@code logicModelId} null) or the logic model diagram of {@code file}. */
    public DiagramEditorInput(IFile file, String logicModelId, String title) {
        super(file);
        this.logicModelId = logicModelId;
        this.title = title;
    }

    /** The logic model shown, or null for the structure diagram. */
    public String logicModelId() {
        return logicModelId;
    }

    @Override
    public String getName() {
        return title != null ? title : getFile().getName();
    }

    @Override
    public String getToolTipText() {
        return getFile().getFullPath() + (logicModelId == null ? " (structure)" : " (logic model " + logicModelId + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.getFile().equals(getFile())
                && Objects.equals(input.logicModelId, logicModelId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getFile(), logicModelId);
    }
}
