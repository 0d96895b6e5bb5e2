package org.framewright.model.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One pending replacement of a file (see {@link AtomicFiles#open}): a temporary file beside the target, locked
 * while it is written so that another process's cleanup can tell a live write from a crash's leftover.
 */
public final class AtomicFile implements Closeable {

    /** Temporary files of this JVM still being written; the cleanup never touches them. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        // Ctrl+C (SIGINT) or kill (SIGTERM) ends the JVM without running finally blocks: remove what was being
        // written, so an interrupted command leaves neither a partial target nor a temporary file
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removeLive, "framewright-atomic-files"));
    }

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    private AtomicFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.stream = Channels.newOutputStream(channel);
    }

    static AtomicFile create(Path target) throws IOException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(target + ": the folder " + folder + " does not exist");
        }
        removeLeftovers(target);
        while (true) {
            Path temporary = folder.resolve(prefix(target) + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            LIVE.add(temporary);
            try {
                // created like any new file (umask permissions), not as 600 like Files.createTempFile
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                lock(channel);
                return new AtomicFile(target, temporary, channel);
            } catch (FileAlreadyExistsException e) {
                LIVE.remove(temporary);
            } catch (IOException | RuntimeException e) {
                LIVE.remove(temporary);
                throw e;
            }
        }
    }

    /** Marks the file as being written for other processes' cleanup; a file system without locks still works. */
    private static void lock(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException | RuntimeException e) {
            // without a lock another process may take the file for a leftover only while it races this write
        }
    }

    /** Where the content goes until {@link #commit()}. */
    public OutputStream stream() {
        return stream;
    }

    /** The temporary file (for tests and messages). */
    public Path temporary() {
        return temporary;
    }

    /** Renames the written content over the target, keeping the target's permissions and owner. */
    public void commit() throws IOException {
        stream.flush();
        channel.force(false);
        AtomicFiles.replace(temporary, target);
        committed = true;
        close();
    }

    /** Ends the write; without {@link #commit()} the output is discarded and the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } finally {
            try {
                if (!committed) {
                    Files.deleteIfExists(temporary);
                }
            } finally {
                LIVE.remove(temporary);
            }
        }
    }

    private static void removeLive() {
        for (Path temporary : LIVE) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the JVM is ending; the next write to the target removes it
            }
        }
    }

    /** The name every temporary file of {@code target} starts with. */
    static String prefix(Path target) {
        return "." + target.getFileName() + "-";
    }

    /**
     * Deletes the temporary files a crashed write to {@code target} left: those of its name pattern that no live
     * writer holds (a live writer in another process keeps its file locked; those of this JVM are known).
     */
    static void removeLeftovers(Path target) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote(prefix(target)) + "\\d+\\.tmp");
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(target.getParent(),
            path -> leftover.matcher(path.getFileName().toString()).matches())) {
            for (Path candidate : candidates) {
                if (!LIVE.contains(candidate) && !heldByLiveWriter(candidate)) {
                    Files.deleteIfExists(candidate);
                }
            }
        }
    }

    private static boolean heldByLiveWriter(Path candidate) {
        try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // not ours to judge (already gone, or not writable): leave it
        }
    }
}
