package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.simulation.SimulationView;

/**
 * Simulate...: shows the Simulation view with the selected framework, its first scheme and the data file named like
 * it chosen; the user sets draws and perturbation and runs it (a simulation takes a while).
 */
public final class SimulateFrameworkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.simulate";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = SelectedFrameworks.first(event, "Simulate");
        if (file == null) {
            return null;
        }
        try {
            SimulationView view = (SimulationView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .showView(SimulationView.ID);
            view.chooseFramework(file);
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException("The Simulation view could not be opened", e);
        }
    }
}
