package org.framewright.ui.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.framewright.samples.Samples;

/**
 * The workspace project {@value #NAME}: on first start, copies of the shipped sample frameworks
 * ({@code models/*.framework}) and council data ({@code data/*.csv}). The installed originals are only read.
 */
public final class SamplesProject {

    /** The project's name. */
    public static final String NAME = "Samples";

    private SamplesProject() {
    }

    /** The samples project, created and filled if it does not exist yet, and opened. */
    public static IProject ensure(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        SubMonitor progress = SubMonitor.convert(monitor, "Creating the Samples project", 10);
        if (project.exists()) {
            if (!project.isOpen()) {
                project.open(progress.split(10));
            }
            return project;
        }
        project.create(progress.split(1));
        project.open(progress.split(1));
        copyAll(Samples.modelsFolder(), ".framework", project.getFolder("models"), progress.split(6));
        copyAll(Samples.dataFolder(), ".csv", project.getFolder("data"), progress.split(2));
        return project;
    }

    /** The copy of the sample framework {@code fileName} in the samples project. */
    public static IFile framework(String fileName) {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(NAME).getFolder("models").getFile(fileName);
    }

    private static void copyAll(Path from, String extension, IFolder to, IProgressMonitor monitor) throws CoreException {
        List<Path> files = list(from, extension);
        SubMonitor progress = SubMonitor.convert(monitor, files.size() + 1);
        if (!to.exists()) {
            to.create(IResource.NONE, true, progress.split(1));
        }
        for (Path file : files) {
            IFile copy = to.getFile(file.getFileName().toString());
            try (InputStream in = Files.newInputStream(file)) {
                copy.create(in, IResource.NONE, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error(file + ": cannot be read: " + e.getMessage(), e));
            }
        }
    }

    private static List<Path> list(Path folder, String extension) throws CoreException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList());
        } catch (IOException e) {
            throw new CoreException(Status.error(folder + ": cannot be listed: " + e.getMessage(), e));
        }
    }
}
