package org.framewright.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.samples.Samples;
import org.framewright.ui.application.SamplesProject;

/** Helpers for workbench tests: the active page, event processing, fresh sample copies, the build folder. */
public final class Workbenches {

    private Workbenches() {
    }

    /** The active workbench page. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the UI event loop until no events are pending. */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    /** Closes every editor without saving. */
    public static void closeAllEditors() {
        page().closeAllEditors(false);
        processEvents();
    }

    /** The workspace copy of the sample {@code fileName}, reset to the installed original's content. */
    public static IFile freshSample(String fileName) throws CoreException, IOException {
        SamplesProject.ensure(new NullProgressMonitor());
        IFile file = SamplesProject.framework(fileName);
        try (InputStream original = Files.newInputStream(Samples.framework(fileName))) {
            if (file.exists()) {
                file.setContents(original, IResource.FORCE, new NullProgressMonitor());
            } else {
                file.create(original, IResource.FORCE, new NullProgressMonitor());
            }
        }
        return file;
    }

    /** The test module's {@code target} folder (the workspace is {@code target/work/data}). */
    public static Path targetFolder() {
        Path data = Path.of(Platform.getInstanceLocation().getURL().getPath());
        Path work = data.getParent();
        return work != null && work.getParent() != null ? work.getParent() : data;
    }
}
