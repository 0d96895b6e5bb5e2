package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void discardingAPendingWriteLeavesTheTargetAsItWas() throws Exception {
        Path target = Files.writeString(folder.resolve("model.framework"), "saved before");

        try (AtomicFile pending = AtomicFiles.open(target)) {
            pending.stream().write("half written".getBytes(StandardCharsets.UTF_8));
            assertTrue(Files.exists(pending.temporary()));
        }

        assertEquals("saved before", Files.readString(target));
        assertEquals(List.of(target), filesInFolder());
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewFileGetsTheUsualOnes() throws Exception {
        Path target = Files.writeString(folder.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path readOnlyForOthers = Files.writeString(folder.resolve("private.csv"), "old");
        Files.setPosixFilePermissions(readOnlyForOthers, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.writeString(target, "new");
        AtomicFiles.writeString(readOnlyForOthers, "new");
        Path created = folder.resolve("created.csv");
        AtomicFiles.writeString(created, "new");

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnlyForOthers)));
        Path plain = Files.createFile(folder.resolve("plain.csv"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(created),
            "a new file gets the permissions of any new file (the umask's), not 600");
    }

    @Test
    void theNextWriteRemovesACrashedWritesTemporaryFilesButNotALiveOnes() throws Exception {
        Path target = Files.writeString(folder.resolve("scores.csv"), "old");
        Path leftover = Files.writeString(folder.resolve(".scores.csv-4711.tmp"), "half");
        Path otherTargets = Files.writeString(folder.resolve(".other.csv-4711.tmp"), "not ours");

        try (AtomicFile live = AtomicFiles.open(target)) {
            assertTrue(Files.notExists(leftover), "the crash's leftover is removed");
            AtomicFiles.writeString(target, "meanwhile");
            assertTrue(Files.exists(live.temporary()), "a write in progress keeps its temporary file");
        }

        assertEquals("meanwhile", Files.readString(target));
        assertEquals(List.of(otherTargets, target), filesInFolder());
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
