package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.ui.markers.LiveValidation;

/**
 * The open {@link ModelDocument}s, one per {@code .framework} file, shared by every editor and view.
 * <p>
 * {@link #acquire(IFile)} loads the file on first use and returns the same document to every later caller until
 * each of them has called {@link ModelDocument#release()}; the last release unloads it (unsaved changes are
 * dropped, so editors ask before they release a dirty document they alone hold). Every document is
 * validated as it is edited and its problem markers kept up to date ({@link LiveValidation}). Call from the UI thread.
 */
public final class ModelDocuments {

    /** The plug-in id used in statuses. */
    public static final String PLUGIN_ID = "org.framewright.ui";

    private static final Map<IFile, ModelDocument> OPEN = new HashMap<>();

    /** Read-only revisions open in editors ({@link ModelDocument#ofRevision}): found by {@link #of}, never shared. */
    private static final List<ModelDocument> REVISIONS = new ArrayList<>();

    private static boolean listening;

    private ModelDocuments() {
    }

    /**
     * The document of {@code file}, loading it if nobody holds it yet. Each call must be paired with one
     * {@link ModelDocument#release()}.
     *
     * @throws CoreException when the file cannot be read as a framework; the status message names file, line and column
     */
    public static synchronized ModelDocument acquire(IFile file) throws CoreException {
        if (!listening) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(ModelDocuments::workspaceChanged,
                IResourceChangeEvent.POST_CHANGE);
            listening = true;
        }
        ModelDocument document = OPEN.get(file);
        if (document == null) {
            try {
                document = ModelDocument.load(file);
            } catch (ModelLoadException e) {
                throw new CoreException(Status.error(String.join("\n", e.problems()), e));
            }
            OPEN.put(file, document);
            document.retain();
            startLiveValidation(document);
            return document;
        }
        document.retain();
        return document;
    }

    /** Validates the new document now (on the UI thread) and again after each command: problems show as one types. */
    private static void startLiveValidation(ModelDocument document) {
        if (Display.getCurrent() != null) {
            LiveValidation.of(document);
        } else {
            Display.getDefault().asyncExec(() -> LiveValidation.of(document));
        }
    }

    /** The document of {@code file} if some caller holds it, else {@code null}; does not change the count. */
    public static synchronized ModelDocument peek(IFile file) {
        return OPEN.get(file);
    }

    /** The open document that holds {@code element} (in its file or the file's resource set), else {@code null}. */
    public static synchronized ModelDocument of(org.eclipse.emf.ecore.EObject element) {
        org.eclipse.emf.ecore.resource.Resource resource = element == null ? null : element.eResource();
        if (resource == null) {
            return null;
        }
        return Stream.concat(OPEN.values().stream(), REVISIONS.stream()).filter(d -> d.resource() != null
            && d.resource().getResourceSet() == resource.getResourceSet()).findFirst().orElse(null);
    }

    /** Forgets the documents whose files were changed or deleted by others, then tells their holders. */
    private static void workspaceChanged(IResourceChangeEvent event) {
        List<ModelDocument> stale = new ArrayList<>();
        synchronized (ModelDocuments.class) {
            for (Iterator<ModelDocument> open = OPEN.values().iterator(); open.hasNext();) {
                ModelDocument document = open.next();
                if (event.getDelta() != null && event.getDelta().findMember(document.file().getFullPath()) != null
                    && document.isStale()) {
                    open.remove();
                    stale.add(document);
                }
            }
        }
        stale.forEach(ModelDocument::fireStale);
    }

    /** Called by the document when its last holder released it. */
    static synchronized void closed(ModelDocument document) {
        OPEN.remove(document.file(), document);
        REVISIONS.remove(document);
        LiveValidation.forget(document);
    }

    /** Called by a read-only revision's document when it was created. */
    static synchronized void revisionOpened(ModelDocument document) {
        REVISIONS.add(document);
    }

    /** A status for a failed save or load of {@code document}. */
    static IStatus error(String message, Throwable cause) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
    }
}
