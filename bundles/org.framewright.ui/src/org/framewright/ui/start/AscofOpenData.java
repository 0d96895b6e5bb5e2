package org.framewright.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * NHS England's published ASCOF results of every council ({@code shared/data/ascof/trend_data.csv}). The file is
 * not shipped with Framewright (it is public data kept beside the checkout); this finds it and imports a copy into
 * a workspace project's {@code data/} folder, where the Scoring and Simulation views offer it.
 */
public final class AscofOpenData {

    /** The file below {@code shared/data}. */
    public static final String RELATIVE_PATH = "ascof/trend_data.csv";

    /** The name of the workspace copy. */
    public static final String WORKSPACE_NAME = "ascof-trend-data.csv";

    /**
     * The comparator-group files published beside the results (below {@code shared/data}) and the names of their
     * workspace copies: Oflog's nearest neighbours and the ONS codes list with each council's region, which the
     * Benchmark view offers as groups.
     */
    public static final Map<String, String> GROUP_FILES = new LinkedHashMap<>(Map.of(
        "oflog/NN.json", "oflog-nearest-neighbours.json", "ascof/ons_codes.csv", "ons-codes-regions.csv"));

    /** The system property naming the {@code shared} folder (its {@code data} folder holds the file). */
    public static final String SHARED_PROPERTY = "framewright.shared";

    private AscofOpenData() {
    }

    /** The published file, or an exception whose message says where it was looked for and how to provide it. */
    public static Path find() throws CoreException {
        return find(candidateSharedFolders());
    }

    /** The published file in the first of {@code sharedFolders} that has it, else an exception naming them all. */
    public static Path find(Collection<Path> sharedFolders) throws CoreException {
        List<Path> tried = new ArrayList<>();
        for (Path shared : sharedFolders) {
            Path file = shared.resolve("data").resolve(RELATIVE_PATH);
            tried.add(file);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new CoreException(Status.error("The published ASCOF data (shared/data/" + RELATIVE_PATH
            + ") was not found. Looked for " + tried + ". Put the shared folder beside the Framewright checkout, "
            + "start Framewright with -D" + SHARED_PROPERTY + "=FOLDER, or import the file yourself with "
            + "File > Import > Framewright > Council Data."));
    }

    /**
     * The workspace copy in {@code project}'s {@code data/} folder, imported from {@link #find()} the first time,
     * with the {@link #GROUP_FILES} found beside it. An existing copy is kept (the user may have chosen to work on it).
     */
    public static IFile importInto(IProject project, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing the published ASCOF data", 3 + GROUP_FILES.size());
        IFolder data = project.getFolder("data");
        IFile copy = data.getFile(WORKSPACE_NAME);
        Path source;
        try {
            source = find();
        } catch (CoreException e) {
            if (copy.exists()) {
                return copy; // imported before: the shared folder is no longer needed
            }
            throw e;
        }
        if (!data.exists()) {
            data.create(IResource.NONE, true, progress.split(1));
        }
        copy(source, copy, progress.split(2));
        Path sharedData = source.getParent().getParent();
        for (Map.Entry<String, String> group : GROUP_FILES.entrySet()) {
            Path file = sharedData.resolve(group.getKey());
            if (Files.isRegularFile(file)) {
                copy(file, data.getFile(group.getValue()), progress.split(1));
            }
        }
        return copy;
    }

    private static void copy(Path source, IFile copy, IProgressMonitor monitor) throws CoreException {
        if (copy.exists()) {
            return;
        }
        try (InputStream in = Files.newInputStream(source)) {
            copy.create(in, IResource.NONE, monitor);
        } catch (IOException e) {
            throw new CoreException(Status.error(source + ": cannot be read: " + e.getMessage(), e));
        }
    }

    /**
     * Folders that may be {@code shared}: the system property, then a {@code shared} folder beside any folder
     * above the installation or the folder Framewright was started from ({@code ./framewright} passes it).
     */
    private static Set<Path> candidateSharedFolders() {
        Set<Path> candidates = new LinkedHashSet<>();
        String property = System.getProperty(SHARED_PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).toAbsolutePath());
        }
        for (Path start : startFolders()) {
            for (Path folder = start; folder != null; folder = folder.getParent()) {
                candidates.add(folder.resolve("shared"));
            }
        }
        return candidates;
    }

    private static List<Path> startFolders() {
        List<Path> starts = new ArrayList<>();
        addUrlFolder(starts, Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL());
        String cwd = System.getProperty("framewright.cwd");
        if (cwd != null && !cwd.isBlank()) {
            starts.add(Path.of(cwd).toAbsolutePath());
        }
        starts.add(Path.of("").toAbsolutePath());
        return starts;
    }

    private static void addUrlFolder(List<Path> starts, URL url) {
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                starts.add(Path.of(url.toURI()).toAbsolutePath());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // an install location with spaces may not be a valid URI: fall back to its path
                starts.add(Path.of(url.getPath()).toAbsolutePath());
            }
        }
    }
}
