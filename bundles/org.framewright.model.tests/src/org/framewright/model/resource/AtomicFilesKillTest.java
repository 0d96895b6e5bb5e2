package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during writes (issue 10, point 3): a child JVM replaces a file again and again through
 * {@link AtomicFiles}; it is killed at seeded random moments. The target is always one complete version, and no
 * temporary file survives the next write to the same target.
 */
class AtomicFilesKillTest {

    private static final int KILLS = 8;

    @TempDir
    Path folder;

    @Test
    void aWriteKilledAtAnyMomentLeavesACompleteTargetAndTheNextWriteCleansUp() throws Exception {
        Path target = folder.resolve("scores.csv");
        AtomicFiles.writeString(target, version(0, 10));
        Random random = new Random(20261204L);
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = new ProcessBuilder(javaCommand(), "-cp", classpath(), Writer.class.getName(),
                target.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
                assertEquals("writing", out.readLine(), "the child JVM started writing");
                Thread.sleep(random.nextInt(150));
                writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertComplete(Files.readString(target));
        }

        AtomicFiles.writeString(target, version(1, 3));

        assertEquals(List.of(target), filesInFolder(), "no temporary file survives the next write");
        assertComplete(Files.readString(target));
    }

    @Test
    void ctrlCDuringAWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("report.html");
        AtomicFiles.writeString(target, version(0, 10));
        Process writer = new ProcessBuilder(javaCommand(), "-cp", classpath(), PendingWriter.class.getName(),
            target.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
            StandardCharsets.UTF_8))) {
            assertEquals("pending", out.readLine(), "the child JVM is in the middle of a write");
            assertEquals(2, filesInFolder().size(), "the temporary file exists while the write is pending");
            new ProcessBuilder("kill", "-INT", Long.toString(writer.pid())).start().waitFor();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the child ends on SIGINT");
        } finally {
            writer.destroyForcibly();
        }

        assertEquals(version(0, 10), Files.readString(target));
        assertEquals(List.of(target), filesInFolder(), "the interrupted write removed its temporary file");
    }

    /** A version: a header with its line count, the lines, and an end mark, so a torn file is told at once. */
    static String version(long number, int lines) {
        StringBuilder text = new StringBuilder("version " + number + " lines " + lines + "\n");
        for (int i = 0; i < lines; i++) {
            text.append("line ").append(i).append(" of version ").append(number).append('\n');
        }
        return text.append("end\n").toString();
    }

    private static void assertComplete(String text) {
        String[] lines = text.split("\n");
        assertTrue(lines.length >= 2 && lines[0].startsWith("version "), () -> "torn header: " + head(text));
        int count = Integer.parseInt(lines[0].substring(lines[0].lastIndexOf(' ') + 1));
        assertEquals(count + 2, lines.length, () -> "torn file: " + head(text));
        assertEquals("end", lines[lines.length - 1], () -> "torn end: " + head(text));
    }

    private static String head(String text) {
        return text.substring(0, Math.min(80, text.length()));
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The model bundle's and this test bundle's classes (AtomicFiles needs nothing but the JDK). */
    private static String classpath() throws URISyntaxException {
        return classesOf(AtomicFiles.class) + File.pathSeparator + classesOf(AtomicFilesKillTest.class);
    }

    private static String classesOf(Class<?> type) throws URISyntaxException {
        URL location = type.getProtectionDomain().getCodeSource().getLocation();
        Path path = Path.of(location.toURI());
        Path classes = path.resolve("target").resolve("classes");
        return (Files.isDirectory(classes) ? classes : path).toString();
    }

    /** The child: starts replacing the file named by its argument, writes half of it, and waits to be stopped. */
    public static final class PendingWriter {

        private PendingWriter() {
        }

        public static void main(String[] args) throws Exception {
            AtomicFile pending = AtomicFiles.open(Path.of(args[0]));
            pending.stream().write("version 9 lines 1000\nline 0 of".getBytes(StandardCharsets.UTF_8));
            pending.stream().flush();
            System.out.println("pending");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** The child: replaces the file named by its argument with ever new versions until it is killed. */
    public static final class Writer {

        private Writer() {
        }

        public static void main(String[] args) throws IOException {
            Path target = Path.of(args[0]);
            System.out.println("writing");
            System.out.flush();
            Random sizes = new Random();
            for (long number = 1; ; number++) {
                AtomicFiles.writeString(target, version(number, 1 + sizes.nextInt(20_000)));
            }
        }
    }
}
