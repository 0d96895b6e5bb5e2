package org.framewright.diagram.ui.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.document.DiagramDocumentProvider;
import org.framewright.diagram.server.layout.DiagramLayoutFile;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;

/**
 * Diagram documents backed by the workbench's shared {@link ModelDocument}s: one editing domain and command stack per
 * file for the form editors and every diagram, commands executed on the UI thread, and the layout file written
 * whenever the model is saved (from any editor).
 */
public final class WorkbenchDocumentProvider implements DiagramDocumentProvider {

    private final Map<ModelDocument, DiagramDocument> documents = new WeakHashMap<>();

    /** The diagram document of an open model document (the caller holds {@code model}). */
    public synchronized DiagramDocument of(ModelDocument model) throws IOException {
        DiagramDocument document = documents.get(model);
        if (document == null) {
            Path path = model.file().getLocation().toFile().toPath();
            DiagramDocument created = new DiagramDocument(path, model.domain(), model.framework(),
                    DiagramLayoutFile.read(path), this, WorkbenchDocumentProvider::onUiThread);
            model.addListener((changed, change) -> {
                if (change == ModelDocument.Change.SAVED) {
                    writeLayout(created);
                }
            });
            documents.put(model, created);
            document = created;
        }
        return document;
    }

    /**
     * The document of {@code file} for a GLSP session: the one an editor holds (the editor's lifetime is the
     * document's; the session only borrows it).
     */
    @Override
    public DiagramDocument acquire(Path file) throws IOException {
        AtomicReference<Object> result = new AtomicReference<>();
        onUiThread(() -> {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
            ModelDocument model = files.length == 0 ? null : ModelDocuments.peek(files[0]);
            try {
                result.set(model == null ? new IOException(file + ": not open in an editor") : of(model));
            } catch (IOException e) {
                result.set(e);
            }
        });
        if (result.get() instanceof IOException e) {
            throw e;
        }
        return (DiagramDocument) result.get();
    }

    @Override
    public void save(DiagramDocument document) throws IOException {
        ModelDocument model = modelOf(document);
        AtomicReference<CoreException> failure = new AtomicReference<>();
        onUiThread(() -> {
            try {
                model.save(new NullProgressMonitor());
            } catch (CoreException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new IOException(failure.get().getMessage(), failure.get());
        }
    }

    private synchronized ModelDocument modelOf(DiagramDocument document) throws IOException {
        return documents.entrySet().stream().filter(e -> e.getValue() == document).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IOException(document.file() + ": no longer open"));
    }

    private static void writeLayout(DiagramDocument document) {
        try {
            DiagramLayoutFile.write(document.file(), document.layout());
        } catch (IOException e) {
            throw new IllegalStateException(DiagramLayoutFile.of(document.file()) + ": could not save the diagram"
                    + " layout: " + e.getMessage(), e);
        }
    }

    private static void onUiThread(Runnable runnable) {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            runnable.run();
        } else {
            display.syncExec(runnable);
        }
    }
}
