package org.framewright.ui.editing;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.framewright.model.resource.ModelLoadException;

/**
 * The open {@link ModelDocument}s, one per {@code .framework} file, shared by every editor and view.
 * <p>
 * {@link #acquire(IFile)} loads the file on first use and returns the same document to every later caller until
 * each of them has called {@link ModelDocument#release()}; the last release unloads it (unsaved changes are
 * dropped, so editors ask before they release a dirty document they alone hold). Call from the UI thread.
 */
public final class ModelDocuments {

    /** The plug-in id used in statuses. */
    public static final String PLUGIN_ID = "org.framewright.ui";

    private static final Map<IFile, ModelDocument> OPEN = new HashMap<>();

    private ModelDocuments() {
    }

    /**
     * The document of {@code file}, loading it if nobody holds it yet. Each call must be paired with one
     * {@link ModelDocument#release()}.
     *
     * @throws CoreException when the file cannot be read as a framework; the status message names file, line and column
     */
    public static synchronized ModelDocument acquire(IFile file) throws CoreException {
        ModelDocument document = OPEN.get(file);
        if (document == null) {
            try {
                document = ModelDocument.load(file);
            } catch (ModelLoadException e) {
                throw new CoreException(Status.error(String.join("\n", e.problems()), e));
            }
            OPEN.put(file, document);
        }
        document.retain();
        return document;
    }

    /** The document of {@code file} if some caller holds it, else {@code null}; does not change the count. */
    public static synchronized ModelDocument peek(IFile file) {
        return OPEN.get(file);
    }

    /** Called by the document when its last holder released it. */
    static synchronized void closed(ModelDocument document) {
        OPEN.remove(document.file(), document);
    }

    /** A status for a failed save or load of {@code document}. */
    static IStatus error(String message, Throwable cause) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
    }
}
