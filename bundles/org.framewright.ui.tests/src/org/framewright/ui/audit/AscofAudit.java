package org.framewright.ui.audit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;

/**
 * What the Audit view's tests do first, as a person does it: right-click a fresh ASCOF 2023-24 in the Model Explorer,
 * Audit..., choose the published results of every council and the period 2023-24 ({@link #open}); then Run audit and
 * wait for the tables ({@link #run}); click a tab by its label ({@link #clickTab}).
 */
final class AscofAudit {

    /** The framework's file in the workspace, and the Audit view showing it. */
    record Opened(IFile model, AuditView view) {
    }

    private AscofAudit() {
    }

    /** Opens the Audit view on ASCOF 2023-24 from the explorer's context menu, data and period chosen, not yet run. */
    static Opened open() throws Exception {
        IFile model = Workbenches.freshSample("ascof-2023-24.framework");
        IFile data = Workbenches.linkedData(SharedData.file("ascof/trend_data.csv"));
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(model);
        explorer.viewer().setSelection(new StructuredSelection(model), true);
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Audit...");
        AuditView view = (AuditView) Workbenches.page().findView(AuditView.ID);
        assertNotNull(view, "Audit... shows the Audit view");
        Person.choose(view.choices().get(1), data.getName());
        Workbenches.processEventsUntil(() -> view.periodCombo().getItemCount() > 0);
        Person.choose(view.periodCombo(), "2023-24");
        return new Opened(model, view);
    }

    /** Clicks Run audit and waits until the view shows the outcome; fails if the audit gave no report. */
    static void run(AuditView view) throws Exception {
        Person.click(view.runButton());
        Job job = view.lastJob();
        assertNotNull(job, view::statusText);
        job.join();
        Workbenches.processEventsUntil(() -> view.outcome() != null);
        assertNotNull(view.outcome().report(), view::statusText);
    }

    /** Clicks the tab labelled {@code label}. */
    static void clickTab(AuditView view, String label) {
        CTabItem tab = Arrays.stream(view.tabs().getItems()).filter(i -> i.getText().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no tab labelled " + label));
        view.tabs().setSelection(tab);
        Event click = new Event();
        click.item = tab;
        view.tabs().notifyListeners(SWT.Selection, click);
        Workbenches.processEvents();
    }

    /** Hides the Audit view, so that the next test opens it fresh, as a person would find it. */
    static void hide() {
        AuditView view = (AuditView) Workbenches.page().findView(AuditView.ID);
        if (view != null) {
            Workbenches.page().hideView(view);
        }
    }
}
