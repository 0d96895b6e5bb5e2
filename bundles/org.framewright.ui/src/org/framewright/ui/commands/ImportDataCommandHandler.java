package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.wizards.ImportDataWizard;

/** Import Council Data...: the council data import wizard, on the current selection. */
public final class ImportDataCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.importData";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ImportDataWizard wizard = new ImportDataWizard();
        wizard.init(HandlerUtil.getActiveWorkbenchWindowChecked(event).getWorkbench(),
            HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection ? selection
                : StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), wizard);
        dialog.open();
        return wizard.importedFile();
    }
}
