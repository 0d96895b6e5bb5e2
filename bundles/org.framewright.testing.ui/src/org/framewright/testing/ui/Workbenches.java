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

    /** The workspace copy of the sample data file {@code fileName} (copied if missing). */
    public static IFile sampleData(String fileName) throws CoreException, IOException {
        SamplesProject.ensure(new NullProgressMonitor());
        org.eclipse.core.resources.IFolder folder = SamplesProject.framework(fileName).getParent().getParent()
            .getFolder(new org.eclipse.core.runtime.Path("data"));
        if (!folder.exists()) {
            folder.create(true, true, null);
        }
        IFile file = folder.getFile(fileName);
        if (!file.exists()) {
            try (InputStream original = Files.newInputStream(Samples.data(fileName))) {
                file.create(original, IResource.FORCE, new NullProgressMonitor());
            }
        }
        return file;
    }

    /** A workspace file in the project {@code Shared data} linked to {@code file} outside the workspace (not copied). */
    public static IFile linkedData(Path file) throws CoreException {
        org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
            .getProject("Shared data");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile link = project.getFile(file.getFileName().toString());
        if (!link.exists()) {
            link.createLink(new org.eclipse.core.runtime.Path(file.toAbsolutePath().toString()), IResource.NONE, null);
        }
        return link;
    }

    /** Runs the event loop until {@code condition} holds (at most 30 s, then fails). */
    public static void processEventsUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the workbench did not get there within 30 s");
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }

    /** Captures the workbench window (1280 x 820) as a PNG under target/screenshots/ and returns the file. */
    public static Path capture(String name) throws Exception {
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 820);
        shell.forceActive();
        Display display = shell.getDisplay();
        long until = System.currentTimeMillis() + 800;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            shell.print(gc);
        } finally {
            gc.dispose();
        }
        Path folder = targetFolder().resolve("screenshots");
        Files.createDirectories(folder);
        Path png = folder.resolve(name);
        try {
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(png.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return png;
    }

    /** The test module's {@code target} folder (the workspace is {@code target/work/data}). */
    public static Path targetFolder() {
        Path data = Path.of(Platform.getInstanceLocation().getURL().getPath());
        Path work = data.getParent();
        return work != null && work.getParent() != null ? work.getParent() : data;
    }
}
