package org.framewright.ui.editor;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.FrameworkStatus;

/**
 * The framework's general information (name, version, status, publisher, source, description), bound with EMF
 * edit data binding: every change is a set command on the shared stack. And what the framework contains, with
 * links to its diagrams.
 */
final class OverviewPage extends FrameworkPage {

    static final String ID = "overview";

    /** The title of the section that links to the framework's diagrams. */
    static final String DIAGRAMS_SECTION = "Diagrams";

    private DataBindingContext bindings;
    private DiagramLinks diagramLinks;
    private Label contents;

    OverviewPage(FrameworkEditor editor) {
        super(editor, ID, "Overview");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(10, 10).spacing(16, 10).applyTo(body);
        bindings = new DataBindingContext();
        Composite general = section(toolkit, body, "General information",
            "What the framework is and where it comes from. Changes can be undone with Ctrl+Z.", 1);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(general);
        text(toolkit, general, "Name:", Literals.MODEL_ELEMENT__NAME, SWT.SINGLE);
        text(toolkit, general, "Version:", Literals.FRAMEWORK__VERSION, SWT.SINGLE);
        status(toolkit, general);
        text(toolkit, general, "Publisher:", Literals.FRAMEWORK__PUBLISHER, SWT.SINGLE);
        text(toolkit, general, "Source:", Literals.FRAMEWORK__SOURCE, SWT.MULTI | SWT.WRAP);
        text(toolkit, general, "Description:", Literals.MODEL_ELEMENT__DESCRIPTION, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        Composite side = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(side);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(side);
        Composite diagrams = section(toolkit, side, DIAGRAMS_SECTION,
            "The framework's diagrams: its structure and each logic model. Click one to open it.", 1);
        GridLayoutFactory.fillDefaults().applyTo(diagrams);
        diagramLinks = new DiagramLinks(diagrams, toolkit, document(), getSite());
        Composite summary = section(toolkit, side, "Contents", "What this framework holds.", 1);
        GridLayoutFactory.fillDefaults().applyTo(summary);
        contents = toolkit.createLabel(summary, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(contents);
        updateContents();
    }

    private Composite section(FormToolkit toolkit, Composite body, String title, String description, int span) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        GridDataFactory.fillDefaults().grab(span == 1 && title.startsWith("General"), true).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    private void text(FormToolkit toolkit, Composite parent, String label, EAttribute feature, int style) {
        Label caption = toolkit.createLabel(parent, label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(caption);
        Text text = toolkit.createText(parent, "", style);
        int height = (style & SWT.MULTI) == 0 ? SWT.DEFAULT : (style & SWT.V_SCROLL) != 0 ? 160 : 40;
        GridDataFactory.fillDefaults().grab(true, false).hint(360, height).applyTo(text);
        bindings.bindValue(WidgetProperties.text(SWT.FocusOut).observe(text),
            EMFEditProperties.value(document().domain(), feature).observe(document().framework()));
    }

    private void status(FormToolkit toolkit, Composite parent) {
        toolkit.createLabel(parent, "Status:");
        ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setContentProvider(ArrayContentProvider.getInstance());
        combo.setInput(FrameworkStatus.VALUES);
        toolkit.adapt(combo.getCombo());
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(combo.getControl());
        bindings.bindValue(ViewerProperties.singleSelection().observe(combo),
            EMFEditProperties.value(document().domain(), Literals.FRAMEWORK__STATUS).observe(document().framework()));
    }

    private void updateContents() {
        Framework framework = document().framework();
        long areas = count(framework.getAreas());
        String basedOn = framework.getBasedOn() == null ? "none" : framework.getBasedOn().getName();
        contents.setText("Id: " + framework.getId() + "\n"
            + "Based on: " + basedOn + "\n"
            + "Levels: " + String.join(" > ", framework.getLevelNames()) + "\n\n"
            + areas + " areas\n"
            + framework.getIndicators().size() + " indicators\n"
            + framework.getDisaggregations().size() + " disaggregations\n"
            + framework.getEvidenceCategories().size() + " evidence categories\n"
            + framework.getClassifications().size() + " classifications\n"
            + framework.getSchemes().size() + " scoring schemes");
        contents.getParent().layout(true, true);
    }

    private static long count(java.util.List<? extends org.framewright.model.Area> areas) {
        long total = areas.size();
        for (org.framewright.model.Area area : areas) {
            total += count(area.getChildren());
        }
        return total;
    }

    @Override
    StructuredViewer viewer() {
        return null;
    }

    @Override
    boolean shows(EObject element) {
        return element instanceof Framework;
    }

    @Override
    void documentChanged() {
        if (contents != null && !contents.isDisposed()) {
            updateContents();
            diagramLinks.update();
        }
    }

    @Override
    public void dispose() {
        if (bindings != null) {
            bindings.dispose();
        }
        super.dispose();
    }
}
