package org.framewright.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.framewright.samples.Samples;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Controls;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

/** Importing council data for the framework selected in the Model Explorer puts it in that project's data folder. */
class ImportDefaultFolderTest {

    @Test
    void importsIntoTheDataFolderOfTheSelectedFrameworksProject() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Council work");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        IFile framework = project.getFile("csci-2006.framework");
        try (InputStream in = Files.newInputStream(Samples.framework("csci-2006.framework"))) {
            framework.create(in, IResource.NONE, null);
        }
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        Workbenches.processEvents();
        explorer.viewer().setSelection(new StructuredSelection(framework), true);
        IStructuredSelection selected = explorer.viewer().getStructuredSelection();
        assertEquals(framework, selected.getFirstElement(), "the framework is selected in the explorer");

        ImportDataWizard wizard = new ImportDataWizard();
        wizard.init(PlatformUI.getWorkbench(), selected);
        WizardDialog dialog = new WizardDialog(Workbenches.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("/Council work/data", wizard.page().folderText(), "the project's data folder is proposed");
            Text dataFile = Controls.all(dialog.getShell(), Text.class).get(0);
            dataFile.setText(Samples.data("csci-2006-councils.csv").toString());
            Workbenches.processEventsUntil(wizard.page()::isChecked);
            Workbenches.capture("import-default-folder.png");
            Button finish = Controls.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "")
                .equals("Finish"));
            assertTrue(finish.isEnabled(), () -> String.valueOf(wizard.page().getErrorMessage()));
            finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Workbenches.processEvents();
        } finally {
            if (dialog.getShell() != null) { // Finish closed it unless something failed
                dialog.close();
            }
        }
        IFile imported = project.getFolder("data").getFile("csci-2006-councils.csv");
        assertTrue(imported.exists(), "the data folder was created and the file copied into it");
        assertEquals(Files.size(Samples.data("csci-2006-councils.csv")),
            Files.size(imported.getLocation().toFile().toPath()));
        assertFalse(project.getFile("csci-2006-councils.csv").exists(), "not in the project root");
    }
}
