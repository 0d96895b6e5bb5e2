package org.framewright.ui.results;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.framewright.model.ScoringScheme;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.editing.WorkspaceFiles;

/**
 * The framework, scheme and data-file choice that the Scoring and Simulation views share: the combos list the
 * workspace's frameworks and data files; choosing a framework acquires its {@link ModelDocument} (the one the editors
 * share, released again when another is chosen or the view closes) and offers its schemes and the data file named
 * like it ({@link ResultChoices#offerSchemesAndData}). Problems (a workspace that cannot be scanned, a framework that
 * cannot be read) go to the view's status line.
 */
public final class DocumentChoice {

    private final ComboViewer frameworks;
    private final ComboViewer schemes;
    private final ComboViewer dataFiles;
    private final Consumer<String> problems;
    private ModelDocument document;
    // set when the file changed under the document (ModelDocument.Change.STALE, told on any thread): the next use
    // loads the file afresh, as the framework editor does, so that a run scores what the editor shows
    private volatile boolean stale;
    private final ModelDocument.Listener staleListener = (changed, change) -> {
        if (change == ModelDocument.Change.STALE) {
            stale = true;
        }
    };

    /** Follows {@code frameworks}; fills {@code schemes} and preselects in {@code dataFiles} when one is chosen. */
    public DocumentChoice(ComboViewer frameworks, ComboViewer schemes, ComboViewer dataFiles,
            Consumer<String> problems) {
        this.frameworks = frameworks;
        this.schemes = schemes;
        this.dataFiles = dataFiles;
        this.problems = problems;
        frameworks.addSelectionChangedListener(event -> frameworkChosen());
    }

    /**
     * Lists the workspace's frameworks and data files again, keeping the framework and the data file chosen so far
     * when they are still there (a new list must not take back the person's choice: without a data file named like
     * the framework, the one they chose is all Score has).
     */
    public void refresh() {
        Object chosenFramework = frameworks.getStructuredSelection().getFirstElement();
        Object chosenData = dataFiles.getStructuredSelection().getFirstElement();
        try {
            WorkspaceFiles files = WorkspaceFiles.scan();
            frameworks.setInput(files.frameworks());
            dataFiles.setInput(files.dataFiles());
            if (chosenFramework != null && files.frameworks().contains(chosenFramework)) {
                frameworks.setSelection(new StructuredSelection(chosenFramework));
            }
            if (chosenData != null && files.dataFiles().contains(chosenData)) {
                dataFiles.setSelection(new StructuredSelection(chosenData));
            }
        } catch (CoreException e) {
            problems.accept(e.getMessage());
        }
    }

    /** Chooses {@code framework} (its first scheme and the data file named like it follow). */
    public void chooseFramework(IFile framework) {
        frameworks.setSelection(new StructuredSelection(framework));
    }

    /** Chooses {@code framework}, its scheme {@code schemeId} (when it has one by that id) and {@code data}. */
    public void choose(IFile framework, String schemeId, IFile data) {
        chooseFramework(framework);
        if (document != null) {
            document.framework().getSchemes().stream().filter(s -> s.getId().equals(schemeId)).findFirst()
                .ifPresent(s -> schemes.setSelection(new StructuredSelection(s)));
        }
        dataFiles.setSelection(new StructuredSelection(data));
    }

    /** The chosen framework's document (loaded afresh when its file changed under it), or null. */
    public ModelDocument document() {
        if (stale && document != null) {
            IFile file = document.file();
            release();
            acquire(file);
        }
        return document;
    }

    /** The chosen framework's file, or null. */
    public IFile frameworkFile() {
        return document == null ? null : document.file();
    }

    /** The chosen scheme, or null. */
    public ScoringScheme scheme() {
        return (ScoringScheme) schemes.getStructuredSelection().getFirstElement();
    }

    /** The chosen data file, or null. */
    public IFile dataFile() {
        return (IFile) dataFiles.getStructuredSelection().getFirstElement();
    }

    /**
     * Whether a framework, a scheme and a data file on the local file system are chosen; when not, says so to the
     * status line.
     */
    public boolean complete() {
        IFile data = dataFile();
        if (document() == null || scheme() == null || data == null || data.getLocation() == null) {
            problems.accept("Choose a framework, a scheme and a data file.");
            return false;
        }
        return true;
    }

    /** Releases the chosen framework's document (when the view closes). */
    public void release() {
        if (document != null) {
            document.removeListener(staleListener);
            document.release();
            document = null;
        }
        stale = false;
    }

    private void frameworkChosen() {
        IFile file = (IFile) frameworks.getStructuredSelection().getFirstElement();
        if (document() != null && document.file().equals(file)) {
            return;
        }
        release();
        if (file != null && acquire(file)) {
            ResultChoices.offerSchemesAndData(document.framework(), file, schemes, dataFiles);
        }
    }

    private boolean acquire(IFile file) {
        try {
            document = ModelDocuments.acquire(file);
        } catch (CoreException e) {
            problems.accept(e.getMessage());
            return false;
        }
        document.addListener(staleListener);
        return true;
    }
}
