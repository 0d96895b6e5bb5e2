package org.framewright.ui.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Display;
import org.framewright.model.Framework;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.validation.IncrementalValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * Validation as the user types: after every command on a document's stack (executed, undone, redone) the document
 * is validated again once the edits pause for {@link #DELAY_MS} ms (and at once when it is saved), with the same
 * rules as Problems and {@code ./framewright validate}; {@link ProblemMarkers#update} refreshes the markers. While the
 * user edits, only the checks the edits can affect run again ({@link IncrementalValidation}, fed with the model's
 * notifications since the last run), so it stays fast on large frameworks; the whole model is validated when the
 * document is first validated, when its model was reloaded and on every save. Editors, trees and the explorer show
 * the result: the form header's message, the editor tab's overlay and the tree items' overlays (an element's worst
 * problem, including those of what it contains). UI thread only.
 */
public final class LiveValidation {

    /** How long the edits must pause before the document is validated again. */
    public static final int DELAY_MS = 400;

    /** Told on the UI thread after a document was validated. */
    @FunctionalInterface
    public interface Listener {
        /** {@code validation} has new results. */
        void validated(LiveValidation validation);
    }

    private static final Map<ModelDocument, LiveValidation> OF_DOCUMENT = new ConcurrentHashMap<>();
    private static final List<Listener> EVERY_DOCUMENT = new CopyOnWriteArrayList<>();

    private final ModelDocument document;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Runnable revalidate = () -> validate(false);
    private final List<Notification> edits = new ArrayList<>();
    private final EContentAdapter recorder = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                edits.add(notification);
            }
        }
    };
    private IncrementalValidation incremental;
    private Framework followed;
    private List<ModelDiagnostic> diagnostics = List.of();
    private Map<EObject, Severity> worst = Map.of();

    private LiveValidation(ModelDocument document) {
        this.document = document;
        document.addListener((changed, change) -> {
            if (change == ModelDocument.Change.SAVED && Display.getCurrent() != null) {
                validate(true); // a save is a point where Problems must be current at once, not after the pause
            } else if (change == ModelDocument.Change.COMMAND_STACK) {
                schedule();
            }
        });
    }

    /** The live validation of {@code document}, started (and run once) on first use. Call on the UI thread. */
    public static LiveValidation of(ModelDocument document) {
        LiveValidation validation = OF_DOCUMENT.get(document);
        if (validation == null) {
            validation = new LiveValidation(document);
            OF_DOCUMENT.put(document, validation);
            validation.validateNow();
        }
        return validation;
    }

    /** The live validation of the open document holding {@code element}, or {@code null}. */
    public static LiveValidation find(Object element) {
        ModelDocument document = element instanceof EObject object ? ModelDocuments.of(object) : null;
        return document == null ? null : OF_DOCUMENT.get(document);
    }

    /** Stops following {@code document}: it was released by its last holder and its model unloaded. */
    public static void forget(ModelDocument document) {
        LiveValidation validation = OF_DOCUMENT.remove(document);
        if (validation != null) {
            validation.follow(null);
        }
    }

    /** Adds a listener told about every document's validations (e.g. the explorer's overlays). */
    public static void addGlobalListener(Listener listener) {
        EVERY_DOCUMENT.add(listener);
    }

    /** Removes a listener added with {@link #addGlobalListener}. */
    public static void removeGlobalListener(Listener listener) {
        EVERY_DOCUMENT.remove(listener);
    }

    /** Adds a listener told about this document's validations. */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The validated document. */
    public ModelDocument document() {
        return document;
    }

    /** The diagnostics of the last validation, in model order. */
    public List<ModelDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** The worst severity of a problem of {@code element} or of anything it contains; {@code null}: none. */
    public Severity severity(Object element) {
        return worst.get(element);
    }

    /** Whether the last validation found errors. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The form header's message: counts and the first problem; {@code null} when there is none. */
    public String summary() {
        if (diagnostics.isEmpty()) {
            return null;
        }
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        ModelDiagnostic first = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
            .orElse(diagnostics.get(0));
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ": " + first.code() + " "
            + first.message();
    }

    /** The {@link IMessageProvider} type of {@link #summary()}: ERROR, WARNING, INFORMATION or NONE. */
    public int messageType() {
        Severity severity = worst.get(document.framework());
        return severity == null ? IMessageProvider.NONE : switch (severity) {
            case ERROR -> IMessageProvider.ERROR;
            case WARNING -> IMessageProvider.WARNING;
            case INFO -> IMessageProvider.INFORMATION;
        };
    }

    /** Validates after the edits pause: each call restarts the delay (SWT reschedules the same runnable). */
    private void schedule() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        display.asyncExec(() -> display.timerExec(DELAY_MS, revalidate));
    }

    /** The checks (one rule, or EMF's constraints, on one element) evaluated for this document so far. */
    public long ruleEvaluations() {
        return incremental == null ? 0 : incremental.ruleEvaluations();
    }

    /** Validates the whole model now, updates the markers and tells the listeners. */
    public void validateNow() {
        validate(true);
    }

    /** Validates now (only what the edits since the last run can affect, unless {@code whole}) and publishes it. */
    private void validate(boolean whole) {
        if (document.holders() == 0) {
            return; // released: its model is unloaded
        }
        Framework framework = document.framework();
        List<ModelDiagnostic> found;
        if (framework != followed || incremental == null) {
            follow(framework); // first run, or the file was reloaded: a new model to follow
            found = incremental.diagnostics();
        } else if (whole) {
            edits.clear();
            found = incremental.validateAll();
        } else {
            List<Notification> since = List.copyOf(edits);
            edits.clear();
            found = incremental.update(since);
        }
        diagnostics = ProblemMarkers.update(document, found);
        Map<EObject, Severity> severities = new HashMap<>();
        for (ModelDiagnostic diagnostic : diagnostics) {
            for (EObject at = diagnostic.element(); at != null; at = at.eContainer()) {
                Severity known = severities.get(at);
                if (known == null || diagnostic.severity().ordinal() < known.ordinal()) {
                    severities.put(at, diagnostic.severity());
                }
            }
        }
        worst = severities;
        listeners.forEach(listener -> listener.validated(this));
        EVERY_DOCUMENT.forEach(listener -> listener.validated(this));
    }

    /** Records the edits of {@code framework} (none: stop) and validates it as a whole. */
    private void follow(Framework framework) {
        if (followed != null) {
            followed.eAdapters().remove(recorder);
        }
        edits.clear();
        followed = framework;
        incremental = null;
        if (framework != null) {
            framework.eAdapters().add(recorder);
            incremental = new IncrementalValidation(framework);
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
