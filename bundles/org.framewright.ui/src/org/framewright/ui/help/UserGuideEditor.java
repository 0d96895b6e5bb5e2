package org.framewright.ui.help;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.framewright.ui.start.PageInput;
import org.framewright.ui.start.ReadOnlyPage;

/**
 * Help > Contents: the user guide in the editor area, its table of contents (from the Eclipse help system's
 * {@code org.eclipse.help.toc} extensions) on the left and the selected topic's page in a browser on the right.
 * Framewright does not ship the help web application (it needs a servlet container and JSP engine that do not fit
 * the Jetty the diagrams use), so the pages are shown here, read straight from the contributing bundle.
 */
public final class UserGuideEditor extends ReadOnlyPage {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.help.userGuide";

    /** The page's title. */
    public static final String TITLE = "User Guide";

    private TreeViewer contents;
    private Browser browser;
    private Label noBrowser;

    /** Opens the user guide in {@code page} (or brings it to the front). */
    public static UserGuideEditor open(IWorkbenchPage page) throws PartInitException {
        return (UserGuideEditor) page.openEditor(new PageInput(TITLE,
            "How to model, validate, score, simulate, compare and report with Framewright"), ID);
    }

    /** Opens the user guide, telling the user why when it cannot be opened. */
    public static void openQuietly(IWorkbenchPage page) {
        try {
            open(page);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), TITLE, e.getMessage());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        contents = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER);
        contents.setContentProvider(new TocContentProvider());
        contents.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IToc toc ? toc.getLabel() : ((ITopic) element).getLabel();
            }
        });
        contents.addSelectionChangedListener(event -> show(event.getStructuredSelection().getFirstElement()));
        try {
            browser = new Browser(sash, SWT.NONE);
        } catch (SWTError e) {
            noBrowser = new Label(sash, SWT.WRAP);
            noBrowser.setText("The user guide's pages need a web browser component (WebKitGTK), which is not "
                + "installed here: " + e.getMessage());
        }
        sash.setWeights(26, 74);
        contents.setInput(GuideTopics.tocs());
        contents.expandToLevel(2);
        if (!GuideTopics.tocs().isEmpty()) {
            contents.setSelection(new StructuredSelection(GuideTopics.tocs().get(0)), true);
        }
    }

    private void show(Object element) {
        if (browser == null || element == null) {
            return;
        }
        String href = element instanceof IToc toc ? toc.getTopic(null).getHref() : ((ITopic) element).getHref();
        try {
            URL page = GuideTopics.pageUrl(href);
            if (page == null) {
                browser.setText("<p>The page " + href + " is missing from the installation.</p>");
            } else {
                browser.setUrl(page.toString());
            }
        } catch (IOException e) {
            browser.setText("<p>The page " + href + " cannot be read: " + e.getMessage() + "</p>");
        }
    }

    /** The table of contents (tests read its labels and select topics). */
    public TreeViewer contents() {
        return contents;
    }

    /** The page browser, or null when no browser component is installed. */
    public Browser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        contents.getControl().setFocus();
    }

    /** Tocs, then their topics and subtopics. */
    private static final class TocContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return GuideTopics.children(parent);
        }

        @Override
        public Object getParent(Object element) {
            return null; // only used to reveal elements, which this viewer never does
        }

        @Override
        public boolean hasChildren(Object element) {
            return GuideTopics.children(element).length > 0;
        }
    }
}
