package org.framewright.model.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written whole or not at all, the one way every Framewright writer replaces a file: the content goes to a
 * temporary file beside the target ({@code .<target name>-<digits>.tmp}), which is then renamed over it. An error
 * while writing leaves the target as it was and deletes the temporary file; a crash (kill -9, power cut) can leave
 * the temporary file, and the next write to the same target deletes it (unless a live writer still holds it).
 * A replaced file keeps its permissions and, where the user may set them, its owner and group; a new file gets the
 * permissions the user's umask gives (not the 600 of an ordinary temporary file).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target} with {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        try (AtomicFile file = open(target)) {
            file.stream().write(content);
            file.commit();
        }
    }

    /** Replaces (or creates) {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts replacing {@code target}, for writers that stream their output: write to {@link AtomicFile#stream()},
     * then {@link AtomicFile#commit()}; closing without commit discards the output. Leftover temporary files of
     * earlier, crashed writes to the same target are deleted first. The folder must exist.
     */
    public static AtomicFile open(Path target) throws IOException {
        return AtomicFile.create(target.toAbsolutePath());
    }

    /**
     * Renames {@code temporary} over {@code target}, atomically where the file system can, keeping the target's
     * permissions and owner.
     */
    public static void replace(Path temporary, Path target) throws IOException {
        FileAttributes.copy(target, temporary);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
