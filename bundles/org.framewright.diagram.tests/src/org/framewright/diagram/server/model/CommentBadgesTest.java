package org.framewright.diagram.server.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.review.CommentThread;
import org.framewright.review.ReviewComments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review comments on the GLSP server's GModel (issue 18): a node whose element has open threads in the model's
 * {@code .comments} file carries a badge with their number, redrawn when the comments change; resolved threads do not
 * count, and an unreadable comment file draws no badge rather than breaking the diagram.
 */
class CommentBadgesTest {

    @TempDir
    Path folder;

    @Test
    void aNodeCarriesTheNumberOfOpenThreadsOnItsElementAndFollowsTheirChanges() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            assertTrue(badge(diagram, "CA1").isEmpty(), "no comments, no badge");

            ReviewComments comments = ReviewComments.read(diagram.file());
            comments.add("CA1", "Ann", "Is this area too broad?");
            CommentThread split = comments.add("CA1", "Bo", "Split it into two?");
            comments.add("CA2", "Ann", "Source of the 2 indicators?");
            comments.write();
            CommentBadges.changed(diagram.file());

            GNode badge = awaitBadge(diagram, "CA1", "2");
            assertEquals(DiagramTypes.COMMENT_BADGE, badge.getType());
            assertTrue(badge.getCssClasses().contains("fw-comment-badge"), badge.getCssClasses().toString());
            assertEquals(2L, ((Number) badge.getArgs().get(CommentBadges.OPEN_ARGUMENT)).longValue());
            GNode area = (GNode) diagram.element("CA1");
            assertTrue(badge.getPosition().getX() + badge.getSize().getWidth() > area.getSize().getWidth(),
                "on the node's right edge");
            assertTrue(badge.getPosition().getY() < 0, "over the node's top edge");
            assertEquals("1", text(awaitBadge(diagram, "CA2", "1")));
            assertTrue(badge(diagram, "CA3").isEmpty(), "an area nobody commented on has no badge");

            comments.resolve(split.id(), true);
            comments.write();
            CommentBadges.changed(diagram.file());
            awaitBadge(diagram, "CA1", "1");
        }
    }

    @Test
    void anUnreadableCommentFileDrawsNoBadge() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            ReviewComments comments = ReviewComments.read(diagram.file());
            comments.add("CA1", "Ann", "Is this area too broad?");
            comments.write();
            CommentBadges.changed(diagram.file());
            awaitBadge(diagram, "CA1", "1");

            Files.writeString(ReviewComments.fileOf(diagram.file()), "{\"version\": 1, \"threads\": {\"c1\": ");
            CommentBadges.changed(diagram.file());

            long until = System.currentTimeMillis() + 20_000;
            while (badge(diagram, "CA1").isPresent() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertTrue(badge(diagram, "CA1").isEmpty(), "the badge went with the readable file");
            assertTrue(diagram.state().getIndex().get("CA1").isPresent(), "the diagram is still drawn");
        }
    }

    /** Waits (the redraw runs on GLSP's dispatcher thread) until {@code id}'s badge shows {@code count}. */
    private static GNode awaitBadge(DiagramSession diagram, String id, String count) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        Optional<GNode> badge = badge(diagram, id);
        while (!(badge.isPresent() && count.equals(text(badge.get()))) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            badge = badge(diagram, id);
        }
        assertTrue(badge.isPresent(), "no comment badge on " + id);
        assertEquals(count, text(badge.get()), "the badge of " + id);
        return badge.get();
    }

    private static Optional<GNode> badge(DiagramSession diagram, String id) {
        return diagram.state().getIndex().get(id + CommentBadges.SUFFIX).map(GNode.class::cast);
    }

    private static String text(GNode badge) {
        for (GModelElement child : badge.getChildren()) {
            if (child instanceof GLabel label) {
                return label.getText();
            }
        }
        return "";
    }
}
