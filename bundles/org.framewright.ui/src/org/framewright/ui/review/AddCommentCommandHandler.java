package org.framewright.ui.review;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.model.ModelElement;
import org.framewright.review.ReviewComments;

/** Add Comment...: starts a review comment thread on the selected model element and shows the Comments view. */
public final class AddCommentCommandHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof ModelElement element) || element.getId() == null) {
            return null;
        }
        Path file = CommentStore.fileOf(element);
        if (file == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Add Comment",
                "Comments are kept beside a saved framework file; save the framework first.");
            return null;
        }
        CommentDialog dialog = new CommentDialog(HandlerUtil.getActiveShell(event), "Add Comment",
            "Comment on " + element.eClass().getName() + " " + element.getId() + " (" + element.getName() + "):");
        if (dialog.open() != Window.OK) {
            return null;
        }
        try {
            ReviewComments comments = CommentStore.of(file);
            comments.add(element.getId(), Authors.current(), dialog.value());
            CommentStore.save(file, comments);
            CommentsView view = (CommentsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .showView(CommentsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.show(file);
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Add Comment", e.getMessage());
        } catch (PartInitException e) {
            throw new ExecutionException("The Comments view could not be opened", e);
        }
        return null;
    }
}
