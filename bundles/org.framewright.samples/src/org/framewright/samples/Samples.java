package org.framewright.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shipped samples: {@code models/*.framework} and {@code data/*.csv}. The bundle is installed as a folder
 * (Eclipse-BundleShape: dir), so the samples are plain files that the CLI, the workbench and tests can read.
 */
public final class Samples {

    /** The sample frameworks' file names, in the order a user meets them. */
    public static final List<String> FRAMEWORKS = List.of(
        "csci-2006.framework",
        "cqc-la-2023.framework",
        "ascof-2023-24.framework",
        "ascof-2019-20.framework",
        "adass-2020-option-one.framework",
        "adass-2020-option-two.framework",
        "west-northamptonshire-2024.framework");

    private Samples() {
    }

    /** The folder holding the sample frameworks. */
    public static Path modelsFolder() {
        return bundleFolder().resolve("models");
    }

    /** The folder holding the sample council data sets. */
    public static Path dataFolder() {
        return bundleFolder().resolve("data");
    }

    /** The sample framework file with this name, e.g. {@code csci-2006.framework}. */
    public static Path framework(String fileName) {
        return modelsFolder().resolve(fileName);
    }

    /** The sample data file with this name. */
    public static Path data(String fileName) {
        return dataFolder().resolve(fileName);
    }

    /** Every file in the data folder, sorted by name. */
    public static List<Path> dataFiles() {
        try (Stream<Path> files = Files.list(dataFolder())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle's root folder: from OSGi when running in Eclipse, else from this class's location. */
    static Path bundleFolder() {
        Path fromOsgi = OsgiBundleFolder.find();
        if (fromOsgi != null) {
            return fromOsgi;
        }
        Path fromClass = locationOfThisClass();
        for (Path folder = fromClass; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("models")) && Files.isDirectory(folder.resolve("data"))) {
                return folder;
            }
        }
        throw new IllegalStateException("The Framewright samples folder was not found near " + fromClass);
    }

    private static Path locationOfThisClass() {
        try {
            URL location = Samples.class.getProtectionDomain().getCodeSource().getLocation();
            return Path.of(location.toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot tell where the Framewright samples bundle is installed", e);
        }
    }
}
