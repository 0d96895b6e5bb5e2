package org.framewright.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.framewright.io.CouncilDataFormats;

/** The Import Council Data page: file, framework, period, problems table and the workspace folder to copy into. */
public final class ImportDataPage extends WizardPage {

    private static final String NO_FRAMEWORK = "(none: check the file's format only)";

    private final IContainer initialFolder;
    private Text file;
    private ComboViewer framework;
    private Text period;
    private Text folder;
    private ProblemsTable problems;
    private ImportCheckJob.Outcome outcome;
    private Job check;

    ImportDataPage(IContainer initialFolder) {
        super("importCouncilData");
        this.initialFolder = initialFolder;
        setTitle("Import council data");
        setDescription("Choose a CSV or XLSX file of council results; it is checked before it is imported.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        file = text(page, "Data file:");
        button(page, "Browse...", this::browseFile);
        new Label(page, SWT.NONE).setText("Framework:");
        framework = new ComboViewer(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        framework.setContentProvider(ArrayContentProvider.getInstance());
        framework.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IFile f ? f.getFullPath().toString().substring(1) : String.valueOf(element);
            }
        });
        framework.setInput(frameworks());
        framework.setSelection(new StructuredSelection(NO_FRAMEWORK));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(framework.getControl());
        period = text(page, "Period:");
        period.setMessage("all periods");
        new Label(page, SWT.NONE);
        folder = text(page, "Import into:");
        folder.setText(initialFolder == null ? "" : initialFolder.getFullPath().toString());
        button(page, "Browse...", this::browseFolder);
        Label label = new Label(page, SWT.NONE);
        label.setText("Problems found in the file:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(label);
        problems = new ProblemsTable(page);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(720, 260).applyTo(problems.viewer().getControl());
        file.addModifyListener(e -> check());
        period.addModifyListener(e -> check());
        framework.addSelectionChangedListener(e -> check());
        folder.addModifyListener(e -> updateCompletion());
        setControl(page);
    }

    private static Text text(Composite page, String label) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    private static void button(Composite page, String label, Runnable action) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void browseFile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        // the filters of the installed readers (org.framewright.io.formats), so a plugin's format is offered too
        List<CouncilDataFormats.FileFilter> filters = CouncilDataFormats.fileFilters();
        dialog.setFilterExtensions(filters.stream().map(CouncilDataFormats.FileFilter::pattern).toArray(String[]::new));
        dialog.setFilterNames(filters.stream().map(CouncilDataFormats.FileFilter::name).toArray(String[]::new));
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void browseFolder() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder(), false,
            "Choose the folder to import the data file into:");
        if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
            folder.setText(dialog.getResult()[0].toString());
        }
    }

    /** Sets the inputs (tests); {@code frameworkFile} and {@code periodOrNull} may be null. Returns the check job. */
    public Job choose(Path data, IFile frameworkFile, String periodOrNull, IContainer target) {
        framework.setSelection(new StructuredSelection(frameworkFile == null ? NO_FRAMEWORK : frameworkFile));
        period.setText(periodOrNull == null ? "" : periodOrNull);
        folder.setText(target.getFullPath().toString());
        file.setText(data.toString());
        return check;
    }

    private void check() {
        outcome = null;
        problems.show(List.of());
        updateCompletion();
        Path path = file();
        if (path == null || !Files.isRegularFile(path)) {
            setErrorMessage(file.getText().isBlank() ? null : file.getText() + ": no such file");
            return;
        }
        Object chosen = framework.getStructuredSelection().getFirstElement();
        Path model = chosen instanceof IFile f && f.getLocation() != null ? f.getLocation().toFile().toPath() : null;
        String p = period.getText().isBlank() ? null : period.getText().trim();
        setMessage("Reading " + path.getFileName() + "...");
        if (check != null) {
            check.cancel(); // superseded: the user changed the file, framework or period
        }
        check = new ImportCheckJob(path, model, p, done -> getShell().getDisplay().asyncExec(() -> show(done)));
        check.schedule();
    }

    private void show(ImportCheckJob.Outcome done) {
        if (getControl().isDisposed() || !done.file().equals(file())) {
            return;
        }
        outcome = done;
        if (done.error() != null) {
            problems.show(List.of());
        } else {
            problems.show(ProblemsTable.rows(done.dataImport()));
        }
        updateCompletion();
    }

    private void updateCompletion() {
        String error = null;
        if (outcome != null && outcome.error() != null) {
            error = outcome.error();
        } else if (outcome != null && outcome.dataImport().hasErrors()) {
            error = outcome.dataImport().errors().size() + " errors in the file: fix them, then choose it again.";
        } else if (folder() == null) {
            error = "Choose a folder of an open workspace project to import into.";
        }
        setErrorMessage(error);
        if (error == null && outcome != null) {
            setMessage(outcome.dataImport().dataSet().getCouncils().size() + " councils read, "
                + outcome.dataImport().warnings().size() + " warnings.");
        }
        setPageComplete(error == null && outcome != null);
    }

    @Override
    public void dispose() {
        if (check != null) {
            check.cancel();
        }
        super.dispose();
    }

    /** The chosen data file, or null. */
    public Path file() {
        return file.getText().isBlank() ? null : Path.of(file.getText().trim());
    }

    /** The chosen workspace folder (created on Finish when it is a new folder of an open project), or null. */
    public IContainer folder() {
        return folder.getText().isBlank() ? null : DataFolders.container(IPath.fromOSString(folder.getText().trim()));
    }

    /** The folder field's text, as the user sees it (tests read it). */
    public String folderText() {
        return folder.getText();
    }

    /** The problems table (tests read it). */
    public ProblemsTable problems() {
        return problems;
    }

    /** True once the chosen file was read. */
    public boolean isChecked() {
        return outcome != null;
    }

    private static List<Object> frameworks() {
        List<Object> files = new ArrayList<>(List.of(NO_FRAMEWORK));
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile f && "framework".equals(f.getFileExtension())) {
                    files.add(f);
                }
                return true;
            }, IResource.DEPTH_INFINITE, false);
        } catch (CoreException e) {
            // an unreadable workspace: only "none" is offered
        }
        return files;
    }

}
