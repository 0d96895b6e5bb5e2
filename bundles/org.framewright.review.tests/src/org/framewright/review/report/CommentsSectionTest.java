package org.framewright.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.framewright.compare.report.ReportInput;
import org.framewright.compare.report.ReportPage;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.review.CommentThread;
import org.framewright.review.ReviewComments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's "Review comments" section: written only when asked for, open threads before resolved ones, each with
 * the element's name and id (or that it is gone), author, date, replies and status.
 */
class CommentsSectionTest {

    @TempDir
    Path folder;

    /** The page as the report writes it, kept as lines of what was written (headings, notes, table rows). */
    static final class Lines implements ReportPage {
        final List<String> lines = new ArrayList<>();

        @Override
        public ReportPage heading(int level, String text) {
            lines.add("h" + level + " " + text);
            return this;
        }

        @Override
        public ReportPage paragraph(String cssClass, String text) {
            lines.add(cssClass + " " + text);
            return this;
        }

        @Override
        public ReportPage table(String cssId, List<String> headers, List<List<String>> rows) {
            lines.add(cssId + " " + String.join(" | ", headers));
            rows.forEach(row -> lines.add(String.join(" | ", row)));
            return this;
        }

        @Override
        public ReportPage raw(String markup) {
            lines.add(markup);
            return this;
        }
    }

    @Test
    void openThreadsComeFirstWithTheElementsNameAndTheirReplies() throws Exception {
        Framework framework = FrameworkFactory.eINSTANCE.createFramework();
        Area area = FrameworkFactory.eINSTANCE.createArea();
        area.setId("A1");
        area.setName("Wellbeing & choice");
        framework.getAreas().add(area);
        Path model = folder.resolve("option.framework");
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        ReviewComments comments = ReviewComments.read(model, clock);
        CommentThread resolved = comments.add("A1", "Bo", "Rename it");
        comments.resolve(resolved.id(), true);
        CommentThread open = comments.add("gone-7", "Ann", "Why <this> weight?");
        comments.reply(open.id(), "Bo", "Policy says so");
        comments.write();
        Lines page = new Lines();

        new CommentsSection().write(page, new ReportInput(framework, null, null, null, model, Set.of("comments")));

        assertEquals(List.of("h2 Review comments",
            "note 1 open and 1 resolved comment threads, kept in option.framework.comments.",
            "comments Element | Comment | Author | Date | Replies | Status",
            "gone-7 (no longer in the model) | Why &lt;this&gt; weight? | Ann | 4 Dec 2026 | Bo, 4 Dec 2026: Policy says so"
                + " | Open",
            "Wellbeing &amp; choice (A1) | Rename it | Bo | 4 Dec 2026 |  | Resolved"), page.lines);
    }

    @Test
    void aReportThatDoesNotAskForCommentsHasNoSection() throws Exception {
        Lines page = new Lines();
        Path model = folder.resolve("plain.framework");
        ReviewComments comments = ReviewComments.read(model);
        comments.add("A1", "Ann", "A note");
        comments.write();

        new CommentsSection().write(page, new ReportInput(FrameworkFactory.eINSTANCE.createFramework(), null, null,
            null, model, Set.of()));

        assertTrue(page.lines.isEmpty(), page.lines.toString());
    }

    @Test
    void aModelWithoutCommentsSaysSo() {
        Lines page = new Lines();
        new CommentsSection().write(page, new ReportInput(FrameworkFactory.eINSTANCE.createFramework(), null, null,
            null, folder.resolve("quiet.framework"), Set.of("comments")));
        assertEquals(List.of("h2 Review comments", "note No review comments are kept beside quiet.framework."),
            page.lines);
    }
}
