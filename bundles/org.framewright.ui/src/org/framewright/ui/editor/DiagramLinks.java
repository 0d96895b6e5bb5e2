package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.IWorkbenchPartSite;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.diagrams.OpenDiagramCommand;
import org.framewright.ui.editing.ModelDocument;

/**
 * The Overview page's Diagrams section: one link per diagram of the framework (the structure, each logic model);
 * a click opens it with the Open Diagram command. The links follow the model (a new or renamed logic model).
 */
final class DiagramLinks {

    /** The label of the link to the structure diagram (logic models are linked by name). */
    static final String STRUCTURE_LINK = "Structure diagram";

    private final Composite links;
    private final FormToolkit toolkit;
    private final ModelDocument document;
    private final IWorkbenchPartSite site;
    private List<DiagramReference> shown = List.of();

    DiagramLinks(Composite parent, FormToolkit toolkit, ModelDocument document, IWorkbenchPartSite site) {
        this.toolkit = toolkit;
        this.document = document;
        this.site = site;
        this.links = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(links);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(links);
        update();
    }

    /** Lists the framework's diagrams again when they changed. */
    void update() {
        List<DiagramReference> diagrams = DiagramReference.of(document.file(), document.framework());
        if (diagrams.equals(shown) || links.isDisposed()) {
            return;
        }
        shown = diagrams;
        for (Control child : links.getChildren()) {
            child.dispose();
        }
        for (DiagramReference diagram : diagrams) {
            Hyperlink link = toolkit.createHyperlink(links, label(diagram), 0);
            link.setToolTipText("Opens the diagram in the diagram editor");
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent event) {
                    OpenDiagramCommand.execute(site, diagram, site.getShell());
                }
            });
        }
        links.getParent().layout(true, true);
    }

    private static String label(DiagramReference diagram) {
        return diagram.isStructure() ? STRUCTURE_LINK : diagram.label();
    }
}
