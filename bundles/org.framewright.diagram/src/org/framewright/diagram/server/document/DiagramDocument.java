package org.framewright.diagram.server.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.model.Framework;

/**
 * One open {@code .framework} file as the diagrams see it: the framework, the editing domain whose command stack
 * holds every edit (diagram and form editors share it), and the diagram positions kept beside the model in
 * {@code <file>.layout}.
 *
 * <p>Saving is delegated to the {@link DiagramDocumentProvider} that opened the document, because in the workbench
 * the shared document (not the diagram) owns the resource.
 */
public final class DiagramDocument {

    private final Path file;
    private final EditingDomain editingDomain;
    private final Framework framework;
    private final DiagramLayout layout;
    private final DiagramDocumentProvider provider;
    private final Consumer<Runnable> editingThread;

    /** Creates a document whose commands run on the calling thread; called by providers. */
    public DiagramDocument(Path file, EditingDomain editingDomain, Framework framework, DiagramLayout layout,
            DiagramDocumentProvider provider) {
        this(file, editingDomain, framework, layout, provider, Runnable::run);
    }

    /**
     * Creates a document whose commands run through {@code editingThread} (in the workbench: synchronously on the UI
     * thread, because the form editors observe the same model); called by providers.
     */
    public DiagramDocument(Path file, EditingDomain editingDomain, Framework framework, DiagramLayout layout,
            DiagramDocumentProvider provider, Consumer<Runnable> editingThread) {
        this.editingThread = Objects.requireNonNull(editingThread);
        this.file = Objects.requireNonNull(file);
        this.editingDomain = Objects.requireNonNull(editingDomain);
        this.framework = Objects.requireNonNull(framework);
        this.layout = Objects.requireNonNull(layout);
        this.provider = Objects.requireNonNull(provider);
    }

    /** The {@code .framework} file. */
    public Path file() {
        return file;
    }

    /** The editing domain shared by every editor of this file. */
    public EditingDomain editingDomain() {
        return editingDomain;
    }

    /** The command stack of the editing domain: every diagram edit is one command on it. */
    public CommandStack commandStack() {
        return editingDomain.getCommandStack();
    }

    /** The framework (root of the file). */
    public Framework framework() {
        return framework;
    }

    /** The diagram positions of this file (never stored in the semantic model). */
    public DiagramLayout layout() {
        return layout;
    }

    /** Runs {@code edit} (a command stack operation) on the thread that may change the model, and waits for it. */
    public void runEdit(Runnable edit) {
        editingThread.accept(edit);
    }

    /** True when the command stack has changes not yet saved. */
    public boolean isDirty() {
        return commandStack() instanceof BasicCommandStack basic && basic.isSaveNeeded();
    }

    /** Saves the model and the layout file through the provider that opened this document. */
    public void save() throws IOException {
        provider.save(this);
    }
}
