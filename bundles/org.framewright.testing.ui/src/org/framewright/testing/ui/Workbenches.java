package org.framewright.testing.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.model.resource.AtomicFile;
import org.framewright.model.resource.AtomicFiles;
import org.framewright.samples.Samples;
import org.framewright.ui.application.SamplesProject;

/**
 * Helpers for workbench tests: the active page, event processing and waiting, fresh sample copies, screenshots under
 * the test module's {@code target/screenshots/}.
 */
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

    /** Runs the UI event loop for {@code millis} milliseconds (what a person's pause lets the workbench do). */
    public static void processEvents(long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Runs the event loop until {@code condition} holds; after {@code timeoutMillis} fails with {@code failure}. */
    public static void waitFor(BooleanSupplier condition, long timeoutMillis, Supplier<String> failure) {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(failure.get());
            }
            processEvents(50);
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

    /** {@link #freshSample}, and without the diagram layout saved beside it (diagrams start from the automatic layout). */
    public static IFile freshSampleWithoutLayout(String fileName) throws CoreException, IOException {
        IFile file = freshSample(fileName);
        Files.deleteIfExists(file.getLocation().toFile().toPath().resolveSibling(fileName + ".layout"));
        processEvents();
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
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 820);
        shell.forceActive();
        processEvents(800);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        try {
            GC gc = new GC(image);
            try {
                shell.print(gc);
            } finally {
                gc.dispose();
            }
            return savePng(image, name);
        } finally {
            image.dispose();
        }
    }

    /**
     * Captures what the screen shows where {@code shell} is (after 1.5 s of events) as a PNG under
     * target/screenshots/: unlike {@link #capture(String)}'s {@code print}, this includes what an SWT Browser draws
     * (the diagrams).
     */
    public static Path captureScreen(Shell shell, String name) throws IOException {
        processEvents(1500);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            return savePng(image, name);
        } finally {
            image.dispose();
        }
    }

    /** Writes {@code image} as target/screenshots/{@code name} (through the one atomic writer) and returns the file. */
    public static Path savePng(Image image, String name) throws IOException {
        Path folder = targetFolder().resolve("screenshots");
        Files.createDirectories(folder);
        Path png = folder.resolve(name);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        try (AtomicFile file = AtomicFiles.open(png)) {
            loader.save(file.stream(), SWT.IMAGE_PNG);
            file.commit();
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
