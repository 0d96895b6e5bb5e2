package org.framewright.diagram.server.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.document.DiagramDocuments;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.diagram.server.share.SharedDiagram;

import com.google.inject.Inject;

/**
 * Opens the {@code .framework} file named by the model request's {@code sourceUri} (a path or a {@code file:} URI)
 * through the installed {@code DiagramDocumentProvider}, and saves it on {@link SaveModelAction}. The request option
 * {@value #ELEMENT_OPTION} names the element the diagram is opened on (a logic model); the session's diagram type and
 * the element give the diagram's layout key ({@link DiagramKey#of}).
 */
public class FramewrightSourceModelStorage implements SourceModelStorage {

    /** The request option that holds the source file. */
    public static final String SOURCE_URI_OPTION = "sourceUri";
    /** The request option that holds the id of the shown model element (a logic model). */
    public static final String ELEMENT_OPTION = "element";
    /** The request option that holds the name a participant of a shared diagram gives. */
    public static final String PARTICIPANT_OPTION = "participant";

    @Inject
    protected GModelState modelState;

    @Inject
    protected CommandStackRefresher refresher;

    @Inject
    protected ActionDispatcher actionDispatcher;

    /** Set in the sessions of a shared diagram's link: they show the host's diagram, whatever the request names. */
    @Inject(optional = true)
    protected SharedDiagram shared;

    @Inject
    @DiagramType
    protected String diagramType;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        Map<String, String> options = action.getOptions();
        if (shared != null) {
            FramewrightModelState state = (FramewrightModelState) modelState;
            state.open(shared.document(), shared.diagramKey(), shared.element());
            state.joinAs(shared.participantName(options.get(PARTICIPANT_OPTION)), shared.editable());
            refresher.listenTo(shared.document());
            shared.end().join(actionDispatcher);
            return;
        }
        String source = options.get(SOURCE_URI_OPTION);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the model request names no " + SOURCE_URI_OPTION);
        }
        Path file = source.startsWith("file:") ? Path.of(URI.create(source)) : Path.of(source);
        try {
            DiagramDocument document = DiagramDocuments.provider().acquire(file);
            String element = options.get(ELEMENT_OPTION);
            String key = DiagramKey.of(diagramType, element);
            ((FramewrightModelState) modelState).open(document, key, element);
            refresher.listenTo(document);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot open: " + e.getMessage(), e);
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        FramewrightModelState state = (FramewrightModelState) modelState;
        if (state.participant() != null) {
            // the host saves; a participant's save would write the host's files behind their back
            return;
        }
        DiagramDocument document = state.document();
        try {
            document.save();
        } catch (IOException e) {
            throw new UncheckedIOException(document.file() + ": cannot save: " + e.getMessage(), e);
        }
    }
}
