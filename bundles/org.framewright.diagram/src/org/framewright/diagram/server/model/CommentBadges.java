package org.framewright.diagram.server.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.review.ReviewComments;

/**
 * Review comments on the diagram (issue 18): a node whose element has open threads in
 * {@code <model>.framework.comments} gets a badge on its top-right corner with their number (the GModel node
 * {@code <id>_comments} of type {@link DiagramTypes#COMMENT_BADGE}, argument {@link #OPEN_ARGUMENT}). The comment file
 * is read at every render, so a badge follows the file; whoever changes the comments calls {@link #changed} so that
 * the open diagrams of that model render again at once (the workbench does it for the Comments view and Add Comment).
 */
public final class CommentBadges {

    /** Suffix of the badge's id after its node's id. */
    public static final String SUFFIX = "_comments";
    /** The badge's argument: the number of open threads. */
    public static final String OPEN_ARGUMENT = "openComments";

    private static final double HEIGHT = 18;
    private static final double CHAR_WIDTH = 7;
    private static final List<Consumer<Path>> WATCHERS = new CopyOnWriteArrayList<>();

    private final ReviewComments comments;

    private CommentBadges(ReviewComments comments) {
        this.comments = comments;
    }

    /**
     * The badges of {@code modelFile}'s comments; none when the comment file cannot be read (the Comments view
     * reports that file and line; a diagram without badges is then no worse than one before comments existed).
     */
    public static CommentBadges of(Path modelFile) {
        try {
            return new CommentBadges(ReviewComments.read(modelFile));
        } catch (IOException e) {
            return new CommentBadges(null);
        }
    }

    /** Adds a badge to each of {@code nodes} whose element has open threads. */
    public void decorate(List<GNode> nodes) {
        if (comments == null) {
            return;
        }
        for (GNode node : nodes) {
            long open = comments.openOn(node.getId());
            if (open > 0) {
                node.getChildren().add(badge(node, open));
            }
        }
    }

    private static GNode badge(GNode node, long open) {
        String text = Long.toString(open);
        double width = text.length() * CHAR_WIDTH + 12;
        // straddles the top-right corner, clear of the name and of validation markers (top-left)
        GNode badge = new GNodeBuilder(DiagramTypes.COMMENT_BADGE).id(node.getId() + SUFFIX)
                .addCssClass("fw-comment-badge").position(node.getSize().getWidth() - width + 6, -HEIGHT / 2)
                .size(width, HEIGHT)
                .add(NodeShapes.label(node.getId() + SUFFIX + "_label", DiagramTypes.BADGE_LABEL, text, 6, 13))
                .build();
        badge.getArgs().put(OPEN_ARGUMENT, open);
        return badge;
    }

    /** Tells the open diagrams of {@code modelFile} that its comments changed (they render again). */
    public static void changed(Path modelFile) {
        Path changed = modelFile.toAbsolutePath().normalize();
        WATCHERS.forEach(watcher -> watcher.accept(changed));
    }

    /** Calls {@code watcher} with the (absolute) model file after each {@link #changed}. */
    static void watch(Consumer<Path> watcher) {
        WATCHERS.add(watcher);
    }

    /** Stops calling {@code watcher}. */
    static void unwatch(Consumer<Path> watcher) {
        WATCHERS.remove(watcher);
    }
}
