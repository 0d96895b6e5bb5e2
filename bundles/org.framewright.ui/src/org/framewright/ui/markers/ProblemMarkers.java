package org.framewright.ui.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.framewright.model.Framework;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * Validation results as problem markers ({@value #TYPE}, a subtype of the workspace's problem marker) on the
 * {@code .framework} file: message, severity, the rule's code ({@value #CODE}), the element's URI fragment
 * ({@value #ELEMENT_ID}: its id where it has one) and its path as the marker's location.
 */
public final class ProblemMarkers {

    /** The marker type, declared in plugin.xml. */
    public static final String TYPE = "org.framewright.ui.problem";

    /** The diagnostic code, {@code FW-<AREA>-<NN>}. */
    public static final String CODE = "code";

    /** The URI fragment of the element the problem is about (its id when it has one). */
    public static final String ELEMENT_ID = "elementId";

    /** The job family of marker updates (join it to wait for the markers of the last validations). */
    public static final Object FAMILY = ProblemMarkers.class;

    private ProblemMarkers() {
    }

    /**
     * Validates the document's framework now (on the calling thread, which must be allowed to read the model: the
     * UI thread) and replaces the file's Framewright markers in a workspace job. Returns the diagnostics.
     */
    public static List<ModelDiagnostic> update(ModelDocument document) {
        return update(document, FrameworkValidation.validate(document.framework()));
    }

    /**
     * Replaces the file's Framewright markers with {@code diagnostics} (the document's problems as a validation on the
     * calling thread found them, e.g. {@link LiveValidation}'s incremental one) in a workspace job. Returns them.
     * A read-only revision's document leaves the markers alone.
     */
    public static List<ModelDiagnostic> update(ModelDocument document, List<ModelDiagnostic> diagnostics) {
        if (document.isReadOnly()) {
            return diagnostics; // an earlier revision's problems are not the file's: its markers stay as they are
        }
        Framework framework = document.framework();
        List<MarkerData> markers = new ArrayList<>();
        for (ModelDiagnostic diagnostic : diagnostics) {
            String fragment = diagnostic.element().eResource() == framework.eResource()
                ? framework.eResource().getURIFragment(diagnostic.element()) : null;
            markers.add(new MarkerData(diagnostic.code() + " " + diagnostic.message(), severity(diagnostic.severity()),
                diagnostic.code(), fragment, diagnostic.elementPath()));
        }
        IFile file = document.file();
        Job job = new WorkspaceJob("Updating problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                replace(file, markers);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
        return diagnostics;
    }

    private static void replace(IFile file, List<MarkerData> markers) throws CoreException {
        if (!file.exists()) {
            return;
        }
        file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        for (MarkerData data : markers) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.MESSAGE, data.message());
            marker.setAttribute(IMarker.SEVERITY, data.severity());
            marker.setAttribute(IMarker.LOCATION, data.path());
            marker.setAttribute(CODE, data.code());
            if (data.elementId() != null) {
                marker.setAttribute(ELEMENT_ID, data.elementId());
            }
        }
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    private record MarkerData(String message, int severity, String code, String elementId, String path) {
    }
}
