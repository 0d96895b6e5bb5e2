package org.framewright.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A generated source folder emptied before a clean generation, so that the code depends on the .ecore
 * and .genmodel alone (merging into old code keeps stale imports, odd formatting and the files of removed
 * classes). Files that come back byte-identical get their old timestamps back, so builds see no change.
 * It refuses to empty a folder that holds anything other than plain generated Java code.
 */
final class GeneratedSources {
    private final Map<Path, byte[]> oldContents = new HashMap<>();

    private final Map<Path, FileTime> oldTimes = new HashMap<>();

    private GeneratedSources() {
    }

    /**
     * Empties the given folders (a genmodel's model and edit directories), remembering what they held.
     * Every file of every folder is checked before anything is deleted.
     */
    static GeneratedSources empty(List<Path> folders) {
        GeneratedSources sources = new GeneratedSources();
        List<Path> doomed = new ArrayList<>();
        try {
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> walk = Files.walk(folder)) {
                        doomed.addAll(walk.sorted(Comparator.reverseOrder()).toList());
                    }
                }
            }
            for (Path path : doomed) {
                if (Files.isRegularFile(path)) {
                    byte[] content = Files.readAllBytes(path);
                    requireGenerated(path, new String(content, StandardCharsets.UTF_8));
                    sources.oldContents.put(path, content);
                    sources.oldTimes.put(path, Files.getLastModifiedTime(path));
                }
            }
            for (Path path : doomed) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new CodegenFailure("cannot empty " + folders + ": " + e.getMessage());
        }
        return sources;
    }

    /** Gives every regenerated file whose bytes did not change its old modification time back. */
    void keepUnchangedTimestamps() {
        oldContents.forEach((path, content) -> {
            try {
                if (Files.isRegularFile(path) && Arrays.equals(content, Files.readAllBytes(path))) {
                    Files.setLastModifiedTime(path, oldTimes.get(path));
                }
            } catch (IOException e) {
                // only a timestamp: the content is right, so a failure here is not worth failing the run
            }
        });
    }

    private static void requireGenerated(Path file, String content) {
        if (!file.toString().endsWith(".java") || !content.contains("@generated")) {
            throw new CodegenFailure(file + " is not generated code, and a clean generation would delete it;"
                + " nothing was deleted. Move it to src/ (or merge: regenerate-model.sh --merge)");
        }
        if (content.contains("@generated NOT")) {
            throw new CodegenFailure(file + " has hand-written \"@generated NOT\" members that a clean generation would lose;"
                + " nothing was deleted. Move them to src/ (or merge: regenerate-model.sh --merge)");
        }
    }
}
