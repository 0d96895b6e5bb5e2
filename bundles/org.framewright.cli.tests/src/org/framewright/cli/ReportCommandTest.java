package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.review.CommentThread;
import org.framewright.review.ReviewComments;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright report}: one HTML file, written whole or not at all. */
class ReportCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2019-20.framework").toString();

    @Test
    void writesOneSelfContainedPage(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("report.html");
        CliRun run = CliRun.of("report", ASCOF, "--data", SharedData.file("ascof/trend_data.csv").toString(),
            "--period", "2019-20", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<table id=\"league\">") && html.contains("<svg"));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void simulateAddsTheMonteCarloSummary(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("csci.html");
        CliRun run = CliRun.of("report", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--simulate", "200", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<table id=\"simulation\">"), "simulation table");
        assertTrue(html.contains("200 draws"), "the number of draws is stated");
        assertEquals(2, CliRun.of("report", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--simulate", "many", "--out", out.toString())
            .exitCode());
    }

    @Test
    void anUnwritableDestinationIsExitTwoAndWritesNothing(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("missing").resolve("report.html");
        CliRun run = CliRun.of("report", ASCOF, "--data", SharedData.file("ascof/trend_data.csv").toString(),
            "--period", "2019-20", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(out));
    }

    @Test
    void commentsAddsTheReviewThreadsOpenOnesFirstAndOnlyWhenAsked(@TempDir Path folder) throws Exception {
        Path model = Files.copy(Samples.framework("csci-2006.framework"), folder.resolve("csci.framework"));
        ReviewComments comments = ReviewComments.read(model);
        CommentThread settled = comments.add("delivery", "Ann", "Is delivery weighted by outcome?");
        comments.reply(settled.id(), "Bo", "No: Figure 2 <matrix> decides.");
        comments.resolve(settled.id(), true);
        comments.add("capacity", "Cy", "Capacity needs a source.");
        comments.add("gone-element", "Di", "About an element since deleted.");
        comments.write();
        String data = Samples.data("csci-2006-councils.csv").toString();

        Path plain = folder.resolve("plain.html");
        assertEquals(0, CliRun.of("report", model.toString(), "--data", data, "--out", plain.toString()).exitCode());
        assertFalse(Files.readString(plain).contains("Review comments"), "comments only when asked");

        Path out = folder.resolve("reviewed.html");
        CliRun run = CliRun.of("report", model.toString(), "--data", data, "--comments", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out);
        String table = html.substring(html.indexOf("<table id=\"comments\">"), html.indexOf("</table>",
            html.indexOf("<table id=\"comments\">")));
        assertTrue(html.contains("2 open and 1 resolved comment threads"), html);
        assertTrue(table.indexOf("Capacity needs a source.") < table.indexOf("Is delivery weighted by outcome?"),
            "open threads first");
        assertTrue(table.contains("(capacity)") && table.contains("gone-element (no longer in the model)"), table);
        assertTrue(table.contains("Bo, ") && table.contains("Figure 2 &lt;matrix&gt; decides."), "replies, escaped");
        assertTrue(table.contains("Resolved") && table.contains("Open"), table);
    }
}
