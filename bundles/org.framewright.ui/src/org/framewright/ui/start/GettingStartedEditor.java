package org.framewright.ui.start;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.framewright.ui.help.UserGuideEditor;

/**
 * The Getting Started page in the editor area: what Framewright is for, for each of its users, and links that take
 * the first steps on the shipped samples ({@link StartActions}). Opened on first start and from Help > Getting
 * Started.
 */
public final class GettingStartedEditor extends ReadOnlyPage {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.start.gettingStarted";

    /** The page's title. */
    public static final String TITLE = "Getting Started";

    private FormToolkit toolkit;
    private ScrolledForm form;

    /** Opens the page in {@code page} (or brings it to the front). */
    public static GettingStartedEditor open(IWorkbenchPage page) throws PartInitException {
        return (GettingStartedEditor) page.openEditor(new PageInput(TITLE,
            "What Framewright is for, and first steps on the shipped samples"), ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Framewright: design, score and compare adult social care outcomes frameworks");
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        layout.horizontalSpacing = 24;
        form.getBody().setLayout(layout);
        StartActions actions = new StartActions(getSite().getPage());

        Composite design = section("Design a framework", """
            For policy designers and working groups: model an outcomes framework as its authors describe it \
            (outcome areas, "I" and "We" statements, indicators with their definitions and polarity, the logic \
            model that leads from resources to impact) and draw it together on diagrams.""");
        link(design, "Open the ASCOF 2023-24 framework", actions::openFramework);
        link(design, "Draw its structure diagram", actions::openDiagram);

        Composite analyse = section("Score councils and test the rules", """
            For analysts: load published council results, score every council under a framework's scheme \
            (weights, thresholds, aggregation, rating bands, all visible in the model), then see how certain the \
            ratings are when the weights move.""");
        link(analyse, "Score every council on the published 2023-24 ASCOF results", actions::score);
        link(analyse, "Simulate how the ranks move when the weights vary", actions::simulate);

        Composite compare = section("Compare frameworks", """
            See what a revised framework keeps, revises, adds and retires, indicator by indicator: for example the \
            ADASS Option One proposal against the ASCOF 2019-20 it was based on.""");
        link(compare, "Compare ASCOF 2019-20 with ADASS Option One", actions::compare);

        Composite learn = section("Learn more", """
            The user guide has a page per job: model a framework, draw its logic model, validate, import council \
            data, score, simulate, compare and report. The shipped samples are in the Samples project of the \
            Model Explorer; this page is always under Help > Getting Started.""");
        link(learn, "Read the user guide", () -> UserGuideEditor.openQuietly(getSite().getPage()));
    }

    private Composite section(String title, String description) {
        Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        // aligned to the top: a section stretched to its row's height would stretch its last link's clickable area
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP));
        Composite links = toolkit.createComposite(section);
        links.setLayout(new TableWrapLayout());
        section.setClient(links);
        return links;
    }

    private void link(Composite parent, String text, Runnable action) {
        // Forms' Hyperlink reports its accessible bounds shifted by its own position in its parent, which sends
        // screen readers and assistive clicks below it: in a parent of its own it sits at 0,0 and is found right
        Composite holder = toolkit.createComposite(parent);
        holder.setLayout(new FillLayout());
        holder.setLayoutData(new TableWrapData(TableWrapData.LEFT, TableWrapData.TOP));
        Hyperlink link = toolkit.createHyperlink(holder, text, SWT.WRAP);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                action.run();
            }
        });
    }

    /** The page's form (tests find its links by their text). */
    public ScrolledForm form() {
        return form;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
