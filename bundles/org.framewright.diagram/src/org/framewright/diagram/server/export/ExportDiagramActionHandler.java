package org.framewright.diagram.server.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.model.GModelState;

import org.framewright.diagram.server.model.FramewrightModelState;

import com.google.inject.Inject;

/**
 * Handles {@link ExportDiagramAction}: renders the session's current diagram and writes it (the host's sessions only;
 * participants of a shared diagram cannot write files).
 */
public class ExportDiagramActionHandler extends AbstractActionHandler<ExportDiagramAction> {

    @Inject
    protected GModelState modelState;

    @Override
    protected List<Action> executeAction(ExportDiagramAction action) {
        if (((FramewrightModelState) modelState).participant() != null) {
            // a participant of a shared diagram must not write files on the host's machine
            return none();
        }
        Path file = Path.of(action.getFile());
        try {
            DiagramExport.valueOf(action.getFormat()).write((GGraph) modelState.getRoot(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
        return none();
    }
}
