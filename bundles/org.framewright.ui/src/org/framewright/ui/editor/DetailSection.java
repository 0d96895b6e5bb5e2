package org.framewright.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.framewright.ui.editing.ModelDocument;

/** A titled section of the Schemes page holding one editable table. */
abstract class DetailSection {

    private final Section section;
    private final TableViewer table;
    private final ModelDocument document;

    DetailSection(FormToolkit toolkit, Composite parent, ModelDocument document, String title) {
        this.document = document;
        section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription("Select an item in the tree.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().applyTo(client);
        section.setClient(client);
        table = new TableViewer(toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 90).applyTo(table.getControl());
    }

    Section section() {
        return section;
    }

    TableViewer table() {
        return table;
    }

    ModelDocument document() {
        return document;
    }

    /** Sets the section's description (what is shown, and sums or hints). */
    void describe(String text) {
        section.setDescription(text);
        section.layout(true, true);
    }

    /** The model changed: show the current values. */
    void refresh() {
        if (!table.getControl().isDisposed()) {
            table.refresh();
            updateDescription();
        }
    }

    /** Recomputes the description from the shown element. */
    abstract void updateDescription();
}
