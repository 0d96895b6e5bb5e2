package org.framewright.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

class ImportDataWizardTest {

    @Test
    void listsTheErrorsOfABrokenFileByLineKeepsFinishDisabledAndImportsACleanFile() throws Exception {
        IFile model = Workbenches.freshSample("csci-2006.framework");
        IFolder folder = model.getProject().getFolder("imported");
        if (!folder.exists()) {
            folder.create(true, true, null);
        }
        Path broken = Workbenches.targetFolder().resolve("broken-councils.csv");
        Files.writeString(broken, """
            council,council_name,period,id,group,category,value
            E06000901,Ashbourne Vale,2006-07,O1,OP,,four
            ,Nowhere,2006-07,O1,OP,,3
            E06000901,Ashbourne Vale,2006-07,O1,LD,,4
            """);
        ImportDataWizard wizard = new ImportDataWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(folder));
        WizardDialog dialog = new WizardDialog(Workbenches.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ImportDataPage page = wizard.page();
            Job check = page.choose(broken, model, null, folder);
            check.join();
            Workbenches.processEventsUntil(page::isChecked);

            DataImport expected = CouncilDataReader.read(broken,
                new ImportOptions(FrameworkFiles.loadFramework(model.getLocation().toFile().toPath()), null));
            assertEquals(2, expected.errors().size(), expected.errors()::toString);
            TableItem[] items = page.problems().viewer().getTable().getItems();
            List<String> locations = Arrays.stream(items).map(item -> item.getText(1)).toList();
            assertEquals(ProblemsTable.rows(expected).stream().map(ProblemsTable.Row::location).toList(), locations);
            assertTrue(locations.get(0).startsWith("broken-councils.csv:2:"), locations::toString);
            assertTrue(locations.get(1).startsWith("broken-councils.csv:3:"), locations::toString);
            assertEquals("Error", items[0].getText(0));
            assertFalse(wizard.canFinish(), "Finish stays disabled while the file has errors");

            Job clean = page.choose(Samples.data("csci-2006-councils.csv"), model, null, folder);
            clean.join();
            Workbenches.processEventsUntil(page::isChecked);
            assertTrue(wizard.canFinish(), () -> String.valueOf(page.getErrorMessage()));
            assertTrue(wizard.performFinish());
            assertEquals(folder.getFile("csci-2006-councils.csv"), wizard.importedFile());
            assertTrue(wizard.importedFile().exists());
            assertEquals(Files.size(Samples.data("csci-2006-councils.csv")),
                Files.size(wizard.importedFile().getLocation().toFile().toPath()));
        } finally {
            dialog.close();
        }
    }
}
