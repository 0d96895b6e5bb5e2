package org.framewright.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Disaggregation;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Limiter;
import org.framewright.model.Weight;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Edits a person can trust in the Properties view: it shows the value an undo restores at once, Ctrl+Z and
 * Edit > Undo work with the focus in it, and a weight's Part chooser offers only the rule's inputs.
 */
class PropertiesUndoTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void ctrlZWithTheFocusInThePropertiesViewUndoesAndTheViewShowsTheOldValue() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Gestures.clickTab(editor, "Schemes");
        Table weights = Gestures.find(editor.getSite().getShell(), Table.class, Gestures.withColumns("Part", "Percent"));
        Weight weight = (Weight) weights.getItem(0).getData();
        double before = weight.getPercent();
        IViewPart properties = Workbenches.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbenches.page().activate(editor);
        editor.selectElement(weight);
        Workbenches.processEvents();
        Tree sheet = Gestures.find(properties.getSite().getShell(), Tree.class, t -> row(t, "Percent") != null);
        assertEquals(number(before), row(sheet, "Percent").getText(1), "Properties shows the selected weight");

        Gestures.click(weights.getItem(0), 1);
        Gestures.typeIntoCellEditor(weights, "25");
        assertEquals(25, weight.getPercent());
        Workbenches.processEvents();
        assertEquals("25.0", row(sheet, "Percent").getText(1), "Properties follows the edit");

        Workbenches.page().activate(properties);
        sheet.setFocus();
        assertTrue(undoItem().isEnabled(), "Edit > Undo is enabled with the focus in Properties");
        Gestures.press("M1+Z");
        Workbenches.processEvents();

        assertEquals(before, weight.getPercent(), "Ctrl+Z in Properties undoes on the editor's stack");
        assertEquals(number(before), row(sheet, "Percent").getText(1), "Properties shows the old value at once");
        Workbenches.capture("properties-undo.png");
        Gestures.press("M1+M2+Z");
        assertEquals(25, weight.getPercent(), "Ctrl+Shift+Z redoes");
    }

    @Test
    void aWeightsPartChooserOffersOnlyTheRulesInputs() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Weight weight = editor.document().framework().getSchemes().get(0).getAggregations().stream()
            .flatMap(r -> r.getWeights().stream()).findFirst().orElseThrow();
        IPropertySource source = new ItemPropertySourceProvider(editor.document().adapterFactory())
            .getPropertySource(weight);
        IPropertyDescriptor part = Arrays.stream(source.getPropertyDescriptors())
            .filter(d -> d.getDisplayName().equals("Part")).findFirst().orElseThrow();
        Shell shell = new Shell(editor.getSite().getShell());
        try {
            CellEditor chooser = part.createPropertyEditor(shell);
            Set<String> offered = Arrays.stream(((ComboBoxCellEditor) chooser).getItems()).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
            Set<String> groups = editor.document().framework().getDisaggregations().stream()
                .map(g -> part.getLabelProvider().getText(g)).collect(Collectors.toSet());
            assertEquals(groups, offered, "the client groups the rule weighs, not the framework, schemes or rules");
            assertTrue(weight.getPart() instanceof Disaggregation);
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aLimitersConditionChooserOffersOnlyAreasAndIndicators() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        ModelDocument document = editor.document();
        AggregationRule rule = document.framework().getSchemes().get(0).getAggregations().get(0);
        Limiter limiter = FrameworkFactory.eINSTANCE.createLimiter();
        document.commandStack().execute(AddCommand.create(document.domain(), rule,
            FrameworkPackage.Literals.AGGREGATION_RULE__LIMITERS, limiter));
        IPropertySource source = new ItemPropertySourceProvider(document.adapterFactory()).getPropertySource(limiter);
        IPropertyDescriptor condition = Arrays.stream(source.getPropertyDescriptors())
            .filter(d -> d.getDisplayName().equals("Condition")).findFirst().orElseThrow();
        Shell shell = new Shell(editor.getSite().getShell());
        try {
            List<String> offered = Arrays.stream(((ComboBoxCellEditor) condition.createPropertyEditor(shell))
                .getItems()).filter(s -> !s.isEmpty()).toList();
            assertTrue(offered.stream().allMatch(s -> s.startsWith("Area ") || s.startsWith("Indicator ")), offered
                .toString());
            long areas = java.util.stream.StreamSupport.stream(((Iterable<org.eclipse.emf.ecore.EObject>)
                document.framework()::eAllContents).spliterator(), false).filter(Area.class::isInstance).count();
            assertEquals(document.framework().getIndicators().size() + areas, offered.size(),
                "every area and indicator: " + offered);
        } finally {
            shell.dispose();
        }
    }

    private static MenuItem undoItem() {
        Menu bar = Workbenches.page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem edit = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Edit"))
            .findFirst().orElseThrow();
        edit.getMenu().notifyListeners(SWT.Show, new Event());
        MenuItem undo = Arrays.stream(edit.getMenu().getItems()).filter(i -> i.getText().replace("&", "")
            .startsWith("Undo")).findFirst().orElseThrow();
        edit.getMenu().notifyListeners(SWT.Hide, new Event());
        return undo;
    }

    private static TreeItem row(Tree sheet, String name) {
        for (TreeItem item : all(sheet.getItems())) {
            if (name.equals(item.getText(0))) {
                return item;
            }
        }
        return null;
    }

    private static List<TreeItem> all(TreeItem[] items) {
        List<TreeItem> all = new java.util.ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            all.addAll(all(item.getItems()));
        }
        return all;
    }

    private static String number(double value) {
        return String.valueOf(value);
    }
}
