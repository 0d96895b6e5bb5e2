package org.framewright.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.framewright.ui.editor.FrameworkEditor;

/** File > New > Framework: a new framework file, from scratch or based on another framework in the workspace. */
public final class NewFrameworkWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IContainer initialFolder;
    private Page page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
        Object first = selection == null ? null : selection.getFirstElement();
        initialFolder = first instanceof IContainer container ? container
            : first instanceof IResource resource ? resource.getParent() : null;
        setWindowTitle("New Framework");
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile target = page.target();
        try {
            NewFrameworks.create(target, page.id.getText().trim(), page.name.getText().trim(), page.basedOn());
        } catch (CoreException e) {
            ErrorDialog.openError(getShell(), "New Framework", "The framework was not created", e.getStatus());
            return false;
        }
        FrameworkEditor.open(workbench.getActiveWorkbenchWindow().getActivePage(), target, null);
        return true;
    }

    private final class Page extends WizardPage {

        private Text folder;
        private Text file;
        private Text id;
        private Text name;
        private Combo basedOn;
        private final List<IFile> frameworks = new ArrayList<>();

        Page() {
            super("framework");
            setTitle("New framework");
            setDescription("Start from scratch, or from a copy of another framework that the new one is based on.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            folder = field(body, "Folder:", initialFolder == null ? "" : initialFolder.getFullPath().toString());
            file = field(body, "File name:", "new.framework");
            id = field(body, "Id:", "new-framework");
            name = field(body, "Name:", "");
            new Label(body, SWT.NONE).setText("Based on:");
            basedOn = new Combo(body, SWT.READ_ONLY);
            basedOn.add("(none: start from scratch)");
            try {
                ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                    if (r instanceof IFile f && "framework".equals(f.getFileExtension())) {
                        frameworks.add(f);
                        basedOn.add(f.getFullPath().toString());
                    }
                    return true;
                });
            } catch (CoreException e) {
                setErrorMessage(e.getMessage());
            }
            basedOn.select(0);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(basedOn);
            setControl(body);
            validate();
        }

        private Text field(Composite body, String label, String value) {
            new Label(body, SWT.NONE).setText(label);
            Text text = new Text(body, SWT.BORDER);
            text.setText(value);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
            text.addModifyListener(e -> validate());
            return text;
        }

        private void validate() {
            String problem = null;
            IResource container = folder.getText().isBlank() ? null
                : ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().trim());
            if (!(container instanceof IContainer)) {
                problem = "Choose an existing project or folder, e.g. /Samples/models";
            } else if (!file.getText().trim().endsWith(".framework")) {
                problem = "The file name must end with .framework";
            } else if (target().exists()) {
                problem = target().getFullPath() + " exists already";
            } else if (!id.getText().trim().matches("[A-Za-z0-9._-]+")) {
                problem = "The id may use only letters, digits, '.', '_' and '-'";
            } else if (name.getText().isBlank()) {
                problem = "Give the framework a name";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        IFile target() {
            IContainer container = (IContainer) ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().trim());
            return container.getFile(new org.eclipse.core.runtime.Path(file.getText().trim()));
        }

        IFile basedOn() {
            int index = basedOn.getSelectionIndex();
            return index <= 0 ? null : frameworks.get(index - 1);
        }
    }
}
