package org.framewright.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Import > Framewright > Council data (also New > Other): choose a CSV or XLSX file and optionally a
 * framework and period; the file is read and its errors and warnings listed (file:line:column) before Finish, which
 * stays disabled while there are errors and copies the file into a workspace folder: by default the {@code data}
 * folder of the project the user works in ({@link DataFolders}), created when missing.
 */
public final class ImportDataWizard extends Wizard implements IImportWizard, INewWizard {

    private ImportDataPage page;
    private IContainer initialFolder;
    private IFile imported;

    /** A wizard for one data file. */
    public ImportDataWizard() {
        setWindowTitle("Import Council Data");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        initialFolder = DataFolders.defaultFor(first, workbench.getActiveWorkbenchWindow());
    }

    @Override
    public void addPages() {
        page = new ImportDataPage(initialFolder);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path source = page.file();
        IFile target = page.folder().getFile(new org.eclipse.core.runtime.Path(source.getFileName().toString()));
        try (InputStream in = Files.newInputStream(source)) {
            DataFolders.create(page.folder(), null);
            if (target.exists()) {
                target.setContents(in, IResource.KEEP_HISTORY, null);
            } else {
                target.create(in, IResource.NONE, null);
            }
            imported = target;
            return true;
        } catch (IOException | CoreException e) {
            page.setErrorMessage(target.getFullPath() + ": " + e.getMessage());
            return false;
        }
    }

    /** The page (tests fill it in). */
    public ImportDataPage page() {
        return page;
    }

    /** The workspace copy made by Finish, or null. */
    public IFile importedFile() {
        return imported;
    }
}
