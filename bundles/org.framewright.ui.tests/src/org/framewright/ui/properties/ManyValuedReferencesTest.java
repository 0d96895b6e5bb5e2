package org.framewright.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManyValuedReferencesTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void anAreasIndicatorsAreEditedWithOneUndoableCommand() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        ModelDocument document = FrameworkEditor.open(Workbenches.page(), file, null).document();
        Framework framework = document.framework();
        Area area = first(framework, Area.class, a -> a.getIndicators().size() >= 2);
        Indicator other = framework.getIndicators().stream().filter(i -> !area.getIndicators().contains(i)).findFirst()
            .orElseThrow(() -> new AssertionError("every indicator belongs to " + area.getId()));
        List<Indicator> before = List.copyOf(area.getIndicators());
        IPropertySource source = new ItemPropertySourceProvider(document.adapterFactory()).getPropertySource(area);
        IPropertyDescriptor indicators = descriptor(source, "Indicators");
        assertEditedInADialog(indicators);

        List<Indicator> chosen = new ArrayList<>(before.subList(1, before.size()));
        chosen.add(other);
        source.setPropertyValue(indicators.getId(), chosen);
        assertEquals(chosen, area.getIndicators(), "the area now has the chosen indicators");
        assertTrue(document.isDirty());

        document.commandStack().undo();
        assertEquals(before, area.getIndicators(), "one undo restores the indicators in their order");
        assertFalse(document.isDirty());
    }

    @Test
    void anAggregationRulesAreasAreEditedInADialog() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        ModelDocument document = FrameworkEditor.open(Workbenches.page(), file, null).document();
        AggregationRule rule = first(document.framework(), AggregationRule.class, r -> !r.getAreas().isEmpty());
        IPropertySource source = new ItemPropertySourceProvider(document.adapterFactory()).getPropertySource(rule);
        assertEditedInADialog(descriptor(source, "Areas"));
    }

    private static void assertEditedInADialog(IPropertyDescriptor descriptor) {
        Shell shell = new Shell(Workbenches.page().getWorkbenchWindow().getShell());
        try {
            CellEditor editor = descriptor.createPropertyEditor(shell);
            assertInstanceOf(DialogCellEditor.class, editor, descriptor.getDisplayName() + " opens a checkbox list");
            editor.dispose();
        } finally {
            shell.dispose();
        }
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String name) {
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (name.equals(descriptor.getDisplayName())) {
                return descriptor;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static <T extends EObject> T first(Framework framework, Class<T> type, java.util.function.Predicate<T> test) {
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (type.isInstance(element) && test.test(type.cast(element))) {
                return type.cast(element);
            }
        }
        throw new AssertionError(framework.getId() + " has no fitting " + type.getSimpleName());
    }
}
