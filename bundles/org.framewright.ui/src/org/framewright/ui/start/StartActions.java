package org.framewright.ui.start;

import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.framewright.ui.application.SamplesProject;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.results.ScoringView;
import org.framewright.ui.simulation.SimulationView;

/**
 * The first steps the Getting Started page offers, each on the samples project's copies of the shipped
 * frameworks (created again if the user deleted it). Failures are shown to the user as a message, never thrown.
 */
public final class StartActions {

    /** The framework the first steps work on. */
    public static final String ASCOF = "ascof-2023-24.framework";

    /** The scheme that scores ASCOF 2023-24 (a composite index over every council). */
    public static final String ASCOF_SCHEME = "composite-minmax";

    /** The period of the published results that ASCOF 2023-24 scores. */
    public static final String ASCOF_PERIOD = "2023-24";

    /** The old and the new framework of the comparison. */
    public static final List<String> COMPARED = List.of("ascof-2019-20.framework", "adass-2020-option-one.framework");

    /** The diagram editor (in org.framewright.diagram.ui, which depends on this bundle, so named by id). */
    static final String DIAGRAM_EDITOR_ID = "org.framewright.diagram.ui.editor";

    /** The Compare Frameworks command (in org.framewright.compare.ui, named by id for the same reason). */
    static final String COMPARE_COMMAND_ID = "org.framewright.compare.ui.compare";

    /** Draws for the first simulation: enough for stable rating probabilities, a few seconds on a laptop. */
    static final int SIMULATION_DRAWS = 200;

    private final IWorkbenchPage page;

    /** Actions working in {@code page}. */
    public StartActions(IWorkbenchPage page) {
        this.page = page;
    }

    /** Opens ASCOF 2023-24 in the framework editor. */
    public void openFramework() {
        attempt("Open ASCOF 2023-24", () -> IDE.openEditor(page, sample(ASCOF), FrameworkEditor.ID));
    }

    /** Opens the structure diagram of ASCOF 2023-24. */
    public void openDiagram() {
        // matched by editor id as well as input: the same file may already be open in the form editor
        attempt("Open the structure diagram", () -> page.openEditor(new FileEditorInput(sample(ASCOF)),
            DIAGRAM_EDITOR_ID, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT));
    }

    /** Imports the published ASCOF results into the samples project and scores every council under ASCOF 2023-24. */
    public void score() {
        attempt("Score ASCOF 2023-24", () -> {
            IFile framework = sample(ASCOF);
            IFile data = publishedData();
            IDE.openEditor(page, framework, FrameworkEditor.ID);
            ScoringView view = (ScoringView) page.showView(ScoringView.ID);
            view.refreshChoices();
            view.score(framework, ASCOF_SCHEME, data, ASCOF_PERIOD);
        });
    }

    /** Simulates ASCOF 2023-24 on the published results with randomly perturbed weights. */
    public void simulate() {
        attempt("Simulate ASCOF 2023-24", () -> {
            IFile framework = sample(ASCOF);
            IFile data = publishedData();
            SimulationView view = (SimulationView) page.showView(SimulationView.ID);
            view.refreshChoices();
            view.simulate(framework, ASCOF_SCHEME, data, ASCOF_PERIOD, SIMULATION_DRAWS, 1, 0);
        });
    }

    /** Compares ASCOF 2019-20 with ADASS Option One, as if both files were selected and Compare Frameworks chosen. */
    public void compare() {
        attempt("Compare ASCOF 2019-20 with ADASS Option One", () -> {
            StructuredSelection files = new StructuredSelection(COMPARED.stream().map(StartActions::sampleUnchecked)
                .toArray());
            ICommandService commands = page.getWorkbenchWindow().getService(ICommandService.class);
            IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
            Command compare = commands.getCommand(COMPARE_COMMAND_ID);
            IEvaluationContext context = handlers.createContextSnapshot(false);
            context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, files);
            handlers.executeCommandInContext(new ParameterizedCommand(compare, null), null, context);
        });
    }

    private IFile publishedData() throws CoreException {
        IProject samples = SamplesProject.ensure(new NullProgressMonitor());
        IFile[] imported = new IFile[1];
        CoreException[] failure = new CoreException[1];
        // a 4 MB copy: a busy cursor is enough, the scoring that follows runs as a job
        BusyIndicator.showWhile(page.getWorkbenchWindow().getShell().getDisplay(), () -> {
            try {
                imported[0] = AscofOpenData.importInto(samples, new NullProgressMonitor());
            } catch (CoreException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return imported[0];
    }

    private static IFile sample(String fileName) throws CoreException {
        SamplesProject.ensure(new NullProgressMonitor());
        IFile file = SamplesProject.framework(fileName);
        if (!file.exists()) {
            throw new CoreException(Status.error("The sample " + file.getFullPath()
                + " is missing: it was deleted or renamed. Delete the Samples project and restart Framewright to "
                + "get fresh copies of the samples."));
        }
        return file;
    }

    private static IFile sampleUnchecked(String fileName) {
        try {
            return sample(fileName);
        } catch (CoreException e) {
            throw new IllegalStateException(e.getStatus().getMessage(), e);
        }
    }

    private void attempt(String title, Step step) {
        try {
            step.run();
        } catch (CoreException | CommandException | IllegalStateException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), title, e.getMessage());
        }
    }

    /** A step that may fail with a message for the user. */
    private interface Step {
        void run() throws CoreException, CommandException;
    }
}
