package org.framewright.examples.methods;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/** The sample models the example plugin ships, as files (from the installed bundle, as the product sees them). */
final class ExampleModels {

    static final String GEOMETRIC = "models/ascof-2023-24-geometric.framework";

    private ExampleModels() {
    }

    static Path file(String entry) throws IOException {
        URL url = FrameworkUtil.getBundle(GeometricMean.class).getEntry(entry);
        return Path.of(new java.io.File(FileLocator.toFileURL(url).getPath()).getAbsolutePath());
    }
}
