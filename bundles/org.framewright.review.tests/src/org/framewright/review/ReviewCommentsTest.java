package org.framewright.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments kept beside a model: written, read back, replied to, resolved, and refused when unreadable. */
class ReviewCommentsTest {

    @TempDir
    Path folder;

    private static Clock at(String time) {
        return Clock.fixed(Instant.parse(time), ZoneOffset.UTC);
    }

    @Test
    void threadsAndRepliesSurviveAWriteAndARead() throws IOException {
        Path model = folder.resolve("csci.framework");
        ReviewComments comments = ReviewComments.read(model, at("2026-12-04T20:15:02Z"));
        CommentThread thread = comments.add("agg-outcomes", "Ann", "Why is older people's weight 40 %?");
        comments.add("agg-outcomes", "Bo", "Same question");
        comments.write();

        ReviewComments later = ReviewComments.read(model, at("2026-12-04T20:30:11Z"));
        later.reply(thread.id(), "Bo", "Figure 1 of the consultation.");
        later.resolve(thread.id(), true);
        later.write();

        ReviewComments reread = ReviewComments.read(model);
        List<CommentThread> threads = reread.on("agg-outcomes");
        assertEquals(2, threads.size());
        assertEquals("c20261204T201502Z", threads.get(0).id());
        assertEquals("c20261204T201502Z-2", threads.get(1).id(), "a second thread in the same second gets a suffix");
        assertTrue(threads.get(0).resolved());
        assertEquals("Figure 1 of the consultation.", threads.get(0).replies().get(0).text());
        assertEquals(Instant.parse("2026-12-04T20:30:11Z"), threads.get(0).replies().get(0).time());
        assertEquals(1, reread.openOn("agg-outcomes"));
        assertEquals(0, reread.openOn("delivery"));
        assertTrue(Files.readString(ReviewComments.fileOf(model)).contains("\"Why is older people's weight 40 %?\""));
    }

    @Test
    void noCommentsNoFile() throws IOException {
        Path model = folder.resolve("csci.framework");
        ReviewComments comments = ReviewComments.read(model);
        assertTrue(comments.threads().isEmpty());
        comments.write();
        assertFalse(Files.exists(ReviewComments.fileOf(model)));
    }

    @Test
    void anUnreadableFileIsReportedWithItsNameAndNeverReadAsEmpty() throws IOException {
        Path model = folder.resolve("csci.framework");
        Files.writeString(ReviewComments.fileOf(model), "{\"version\": 1, \"threads\": {\"c1\": {\"element\": ");
        IOException e = assertThrows(IOException.class, () -> ReviewComments.read(model));
        assertTrue(e.getMessage().startsWith(ReviewComments.fileOf(model) + ": not a comment file"), e.getMessage());
    }
}
