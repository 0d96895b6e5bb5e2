package org.framewright.review.report;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.compare.report.ReportInput;
import org.framewright.compare.report.ReportPage;
import org.framewright.compare.report.ReportSection;
import org.framewright.model.ModelElement;
import org.framewright.review.CommentThread;
import org.framewright.review.Reply;
import org.framewright.review.ReviewComments;

/**
 * The report's "Review comments" section ({@code report --comments}): every thread kept beside the model, open ones
 * first, each with the element it is on, its author, date, text and replies. Optional, because a report sent
 * outside the working group should not carry its review notes unless asked.
 */
public final class CommentsSection implements ReportSection {

    /** The id a report asks for this section by ({@link ReportInput#requests}). */
    public static final String ID = "comments";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    @Override
    public void write(ReportPage page, ReportInput input) {
        if (!input.requests(ID) || input.modelFile() == null) {
            return;
        }
        page.heading(2, "Review comments");
        List<CommentThread> threads;
        try {
            threads = ReviewComments.read(input.modelFile()).threads();
        } catch (IOException e) {
            page.paragraph("note", "The comments could not be read: " + e.getMessage());
            return;
        }
        if (threads.isEmpty()) {
            page.paragraph("note", "No review comments are kept beside " + input.modelFile().getFileName() + ".");
            return;
        }
        long open = threads.stream().filter(t -> !t.resolved()).count();
        page.paragraph("note", open + " open and " + (threads.size() - open) + " resolved comment threads, kept in "
            + ReviewComments.fileOf(input.modelFile()).getFileName() + ".");
        Map<String, String> names = namesById(input);
        List<List<String>> rows = new ArrayList<>();
        threads.stream().filter(t -> !t.resolved()).forEach(t -> rows.add(row(t, names)));
        threads.stream().filter(CommentThread::resolved).forEach(t -> rows.add(row(t, names)));
        page.table("comments", List.of("Element", "Comment", "Author", "Date", "Replies", "Status"), rows);
    }

    private static List<String> row(CommentThread thread, Map<String, String> names) {
        String element = names.containsKey(thread.element())
            ? names.get(thread.element()) + " (" + thread.element() + ")"
            : thread.element() + " (no longer in the model)";
        List<String> replies = new ArrayList<>();
        for (Reply reply : thread.replies()) {
            replies.add(ReportPage.escape(reply.author() + ", " + DAY.format(reply.time()) + ": " + reply.text()));
        }
        return List.of(ReportPage.escape(element), ReportPage.escape(thread.text()),
            ReportPage.escape(thread.author()), ReportPage.escape(DAY.format(thread.time())),
            String.join("<br>", replies), thread.resolved() ? "Resolved" : "Open");
    }

    private static Map<String, String> namesById(ReportInput input) {
        Map<String, String> names = new HashMap<>();
        input.framework().eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement element && element.getId() != null) {
                names.put(element.getId(), element.getName() == null ? element.getId() : element.getName());
            }
        });
        return names;
    }
}
