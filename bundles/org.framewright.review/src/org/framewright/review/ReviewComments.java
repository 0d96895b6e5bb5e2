package org.framewright.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import org.framewright.model.resource.AtomicFiles;

/**
 * The review comments of one framework, kept beside it in {@code <model>.framework.comments} so that they diff and
 * merge on their own (JSON objects keyed by thread and reply id, which {@code framewright merge} merges member by
 * member: two people's new comments never conflict). Written atomically; a file that cannot be read is reported with
 * its name and Gson's line and column, never as an empty list (which a save would then write over).
 */
public final class ReviewComments {

    /** The suffix appended to the model file's name. */
    public static final String SUFFIX = ".comments";

    private static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private record ReplyJson(String author, String time, String text) {
    }

    private record ThreadJson(String element, String author, String time, String text, boolean resolved,
            Map<String, ReplyJson> replies) {
    }

    private record FileJson(int version, Map<String, ThreadJson> threads) {
    }

    private final Path modelFile;
    private final Map<String, CommentThread> threads = new LinkedHashMap<>();
    private final Clock clock;

    private ReviewComments(Path modelFile, Clock clock) {
        this.modelFile = modelFile;
        this.clock = clock;
    }

    /** The comment file beside {@code modelFile}. */
    public static Path fileOf(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
    }

    /** Reads the comments of {@code modelFile} (none when there is no comment file). */
    public static ReviewComments read(Path modelFile) throws IOException {
        return read(modelFile, Clock.systemUTC());
    }

    /** Reads the comments, stamping new ones with {@code clock}'s time. */
    public static ReviewComments read(Path modelFile, Clock clock) throws IOException {
        ReviewComments comments = new ReviewComments(modelFile, clock);
        Path file = fileOf(modelFile);
        if (!Files.exists(file)) {
            return comments;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            FileJson content = GSON.fromJson(reader, FileJson.class);
            if (content != null && content.threads() != null) {
                content.threads().forEach((id, thread) -> comments.threads.put(id, fromJson(id, thread)));
            }
        } catch (JsonParseException | DateTimeParseException | NullPointerException e) {
            throw new IOException(file + ": not a comment file: " + e.getMessage(), e);
        }
        return comments;
    }

    private static CommentThread fromJson(String id, ThreadJson thread) {
        List<Reply> replies = new ArrayList<>();
        if (thread.replies() != null) {
            thread.replies().forEach((replyId, reply) -> replies.add(new Reply(replyId, reply.author(),
                Instant.parse(reply.time()), reply.text())));
        }
        replies.sort(Comparator.comparing(Reply::time).thenComparing(Reply::id));
        return new CommentThread(id, thread.element(), thread.author(), Instant.parse(thread.time()), thread.text(),
            thread.resolved(), replies);
    }

    /** Every thread, oldest first. */
    public List<CommentThread> threads() {
        return threads.values().stream().sorted(Comparator.comparing(CommentThread::time)
            .thenComparing(CommentThread::id)).toList();
    }

    /** The threads on the element with this id, oldest first. */
    public List<CommentThread> on(String elementId) {
        return threads().stream().filter(thread -> thread.element().equals(elementId)).toList();
    }

    /** The number of unresolved threads on the element with this id. */
    public long openOn(String elementId) {
        return on(elementId).stream().filter(thread -> !thread.resolved()).count();
    }

    /** The thread with this id. */
    public Optional<CommentThread> thread(String id) {
        return Optional.ofNullable(threads.get(id));
    }

    /** Starts a thread on an element; not written until {@link #write()}. */
    public CommentThread add(String elementId, String author, String text) {
        Instant now = clock.instant();
        CommentThread thread = new CommentThread(freshId(now, threads.keySet()), elementId, author, now, text, false,
            List.of());
        threads.put(thread.id(), thread);
        return thread;
    }

    /** Adds a reply to a thread. */
    public CommentThread reply(String threadId, String author, String text) {
        CommentThread thread = existing(threadId);
        Instant now = clock.instant();
        CommentThread replied = thread.withReply(new Reply(freshId(now,
            thread.replies().stream().map(Reply::id).toList()), author, now, text));
        threads.put(threadId, replied);
        return replied;
    }

    /** Marks a thread resolved or open again. */
    public CommentThread resolve(String threadId, boolean resolved) {
        CommentThread changed = existing(threadId).withResolved(resolved);
        threads.put(threadId, changed);
        return changed;
    }

    private CommentThread existing(String threadId) {
        CommentThread thread = threads.get(threadId);
        if (thread == null) {
            throw new IllegalArgumentException("no comment thread " + threadId + " in " + fileOf(modelFile));
        }
        return thread;
    }

    /** An id from the time, e.g. {@code c20261204T201502Z}, with a suffix when it is taken. */
    private static String freshId(Instant time, java.util.Collection<String> taken) {
        String base = "c" + time.toString().replaceAll("[-:]", "").replaceAll("\\.\\d+", "");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Writes the comments beside the model, atomically (removes the file when there are none). */
    public void write() throws IOException {
        Path file = fileOf(modelFile);
        if (threads.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Map<String, ThreadJson> json = new TreeMap<>();
        for (CommentThread thread : threads.values()) {
            Map<String, ReplyJson> replies = new TreeMap<>();
            thread.replies().forEach(reply -> replies.put(reply.id(), new ReplyJson(reply.author(),
                reply.time().toString(), reply.text())));
            json.put(thread.id(), new ThreadJson(thread.element(), thread.author(), thread.time().toString(),
                thread.text(), thread.resolved(), replies.isEmpty() ? null : replies));
        }
        AtomicFiles.writeString(file, GSON.toJson(new FileJson(VERSION, json)) + "\n");
    }
}
