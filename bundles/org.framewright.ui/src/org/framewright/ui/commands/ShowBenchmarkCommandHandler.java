package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.scorecard.BenchmarkView;

/** Benchmark...: shows the Benchmark view on the selected framework (data, groups and council to choose there). */
public final class ShowBenchmarkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.showBenchmark";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = SelectedFrameworks.first(event, "Benchmark");
        if (file == null) {
            return null;
        }
        try {
            BenchmarkView view = (BenchmarkView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .showView(BenchmarkView.ID);
            view.showFramework(file);
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException("The Benchmark view could not be opened", e);
        }
    }
}
