package org.framewright.samples;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Finds the samples bundle's folder through OSGi; kept apart so plain-Java use never loads OSGi classes. */
final class OsgiBundleFolder {

    private OsgiBundleFolder() {
    }

    /** The bundle folder, or null outside OSGi (or when the runtime bundle is absent). */
    static Path find() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(Samples.class);
            if (bundle == null) {
                return null;
            }
            URL root = FileLocator.toFileURL(bundle.getEntry("/"));
            Path folder = Path.of(new java.io.File(root.getPath()).getAbsolutePath());
            return Files.isDirectory(folder.resolve("models")) ? folder : null;
        } catch (LinkageError | Exception e) {
            return null;
        }
    }
}
