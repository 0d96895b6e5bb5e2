package org.framewright.compare.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.compare.FrameworkComparison;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;

/**
 * Compare Frameworks: compares the two selected {@code .framework} files (as saved; with fewer or more selected, it
 * asks for the two) and shows the result in the Framework Comparison view. The file whose framework the other is {@code basedOn} is the old one; otherwise the
 * first selected is.
 */
public final class CompareFrameworksCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.compare.ui.compare";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = frameworkFiles(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 2) {
            files = FrameworkPairDialog.ask(HandlerUtil.getActiveShell(event), files);
            if (files.size() != 2) {
                return null;
            }
        }
        try {
            Framework first = load(files.get(0));
            Framework second = load(files.get(1));
            // the first is based on the second (and not the other way round): the second is the old one
            boolean swap = Objects.equals(second.getId(), FrameworkComparison.basedOnId(first))
                && !Objects.equals(first.getId(), FrameworkComparison.basedOnId(second));
            Framework oldOne = swap ? second : first;
            Framework newOne = swap ? first : second;
            FrameworkDiffView view = (FrameworkDiffView) HandlerUtil.getActiveWorkbenchWindowChecked(event)
                .getActivePage().showView(FrameworkDiffView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            view.show(FrameworkComparison.compare(oldOne, newOne), oldOne, newOne);
            return view;
        } catch (ModelLoadException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Compare Frameworks", e.getMessage());
            return null;
        } catch (PartInitException e) {
            throw new ExecutionException("The Framework Comparison view could not be opened", e);
        }
    }

    /** The .framework files in {@code selection}, in selection order. */
    static List<IFile> frameworkFiles(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object item : structured.toList()) {
                IFile file = Adapters.adapt(item, IFile.class);
                if (file != null && "framework".equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static Framework load(IFile file) throws ModelLoadException {
        return FrameworkFiles.loadFramework(Path.of(file.getLocationURI()));
    }
}
