package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are replaced whole or not at all, and no temporary file is left behind either way. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesAnExistingFileWithTheNewContent() throws Exception {
        Path target = Files.writeString(folder.resolve("result.csv"), "old content that is longer than the new");

        AtomicFiles.writeString(target, "new");

        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), filesInFolder());
    }

    @Test
    void aFailedReplaceLeavesTheTargetAsItWas() throws Exception {
        Path target = Files.writeString(folder.resolve("model.framework"), "saved before");
        Path temporary = AtomicFiles.temporaryBeside(target);
        Files.writeString(temporary, "half written");
        Files.delete(temporary); // the writer died before finishing: there is nothing to rename

        assertThrows(IOException.class, () -> AtomicFiles.replace(temporary, target));

        assertEquals("saved before", Files.readString(target));
        assertEquals(List.of(target), filesInFolder());
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        Path target = folder.resolve("no-such-folder").resolve("out.html");

        IOException problem = assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));

        assertTrue(problem.getMessage().contains("no-such-folder"), problem.getMessage());
        assertTrue(Files.notExists(target.getParent()));
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
