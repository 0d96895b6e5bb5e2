package org.framewright.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real published data in {@code shared/data} beside the repository checkout (ASCOF results for every council,
 * Oflog measures and comparator groups). Found by walking up from the working directory, and from the
 * {@code framewright.shared} system property when set.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file at {@code relative} below {@code shared/data}, e.g. {@code ascof/trend_data.csv}. */
    public static Path file(String relative) {
        Path file = dataFolder().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("The shared data file " + file + " does not exist");
        }
        return file;
    }

    /**
     * The seed document numbered {@code number} (e.g. {@code 002}) in {@code shared/seeds}, the public source documents
     * the samples are modelled from (its {@code README.md} lists them).
     */
    public static Path seed(String number) {
        Path seeds = dataFolder().getParent().resolve("seeds");
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                .orElseThrow(() -> new AssertionError("No seed document " + number + "_*.txt in " + seeds));
        } catch (java.io.IOException e) {
            throw new AssertionError("Cannot list the seed documents in " + seeds + ": " + e.getMessage(), e);
        }
    }

    /** The {@code shared/data} folder; fails (never skips) when it cannot be found. */
    public static Path dataFolder() {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty("framewright.shared");
        if (property != null) {
            Path candidate = Path.of(property).toAbsolutePath().resolve("data");
            tried.add(candidate);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared").resolve("data");
            tried.add(candidate);
            if (Files.isDirectory(candidate.resolve("ascof"))) {
                return candidate;
            }
        }
        throw new AssertionError("The real data folder shared/data was not found beside the checkout; looked in "
            + tried + ". Put the shared folder beside the repository (as CI does) or set -Dframewright.shared=DIR.");
    }
}
