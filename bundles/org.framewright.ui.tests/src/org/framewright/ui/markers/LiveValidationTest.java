package org.framewright.ui.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.framewright.model.AggregationRule;
import org.framewright.model.Framework;
import org.framewright.model.Weight;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.viewers.FeatureEditingSupport;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.IncrementalValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Validation as one types: a weight made negative in the form's Weights table shows, without saving or pressing
 * Validate, as an error in the page header, on the editor tab and on the rule's items in the form tree and the Model
 * Explorer; one edit re-runs only the checks it can affect; text that is not a number is refused with a message.
 */
class LiveValidationTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void aNegativeWeightTypedIntoTheWeightsTableShowsInTheHeaderTheTabAndTheTrees() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Gestures.clickTab(editor, "Schemes");
        Image cleanTab = editor.getTitleImage();
        assertNull(header(editor).getMessage(), "the sample is clean");
        Table weights = Gestures.find(editor.getSite().getShell(), Table.class, Gestures.withColumns("Part", "Percent"));
        Weight weight = (Weight) weights.getItem(0).getData();
        AggregationRule rule = (AggregationRule) weight.eContainer();
        AggregationRule clean = editor.document().framework().getSchemes().get(0).getAggregations().stream()
            .filter(r -> r != rule && r.getWeights().isEmpty()).findFirst().orElseThrow();

        Gestures.click(weights.getItem(0), 1);
        Gestures.typeIntoCellEditor(weights, "-20");
        assertEquals(-20, weight.getPercent(), "the typed weight is set");
        Workbenches.processEventsUntil(() -> header(editor).getMessageType() == IMessageProvider.ERROR);

        assertTrue(header(editor).getMessage().matches("\\d+ errors?, .*"), header(editor).getMessage());
        assertTrue(editor.validation().diagnostics().stream().anyMatch(d -> d.code().equals("FW-WEIGHT-04")
            && d.element() == weight), "FW-WEIGHT-04 names the weight");
        assertTrue(Arrays.stream(header(editor).getForm().getChildrenMessages()).anyMatch(m -> m.getMessage()
            .startsWith("FW-WEIGHT-04 csci-2006/star-rating/agg-outcomes/weights[1]: ")), "the header's hover lists"
            + " the problems");
        assertNotEquals(cleanTab, editor.getTitleImage(), "the tab's image carries the error overlay");
        assertSame(editor.getTitleImage(), editorTab(editor).getImage(), "and the tab shows it");
        Tree schemes = Gestures.find(editor.getSite().getShell(), Tree.class, t -> item(t, rule) != null);
        assertOverlaid(item(schemes, rule), item(schemes, clean), "the form's Schemes tree");
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(file);
        explorer.viewer().expandToLevel(file, 5);
        Workbenches.processEvents();
        assertOverlaid(item(explorer.viewer().getTree(), rule), item(explorer.viewer().getTree(), clean),
            "the Model Explorer");
        Workbenches.page().activate(editor);
        Workbenches.capture("live-validation-negative-weight.png");

        Gestures.press("M1+Z");
        Workbenches.processEventsUntil(() -> header(editor).getMessageType() == IMessageProvider.NONE);
        assertSame(cleanTab, editor.getTitleImage(), "undo clears the tab's overlay");
    }

    @Test
    void aSingleEditTypedIntoTheFormRevalidatesOnlyWhatItCanAffect() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Gestures.clickTab(editor, "Schemes");
        LiveValidation validation = editor.validation();
        Framework framework = editor.document().framework();
        long wholeRun = new IncrementalValidation(framework).ruleEvaluations();
        long before = validation.ruleEvaluations();
        assertTrue(before >= wholeRun, "opening the editor validated the whole model");
        Table weights = Gestures.find(editor.getSite().getShell(), Table.class, Gestures.withColumns("Part", "Percent"));

        Gestures.click(weights.getItem(0), 1);
        Gestures.typeIntoCellEditor(weights, "-20");
        Workbenches.processEventsUntil(() -> validation.ruleEvaluations() > before);

        long afterEdit = validation.ruleEvaluations() - before;
        assertTrue(afterEdit * 5 <= wholeRun, "one edit re-ran " + afterEdit + " of the " + wholeRun + " checks");
        assertEquals(FrameworkValidation.validate(framework).toString(), validation.diagnostics().toString(),
            "the incremental result is what a whole validation gives");
        assertTrue(validation.diagnostics().stream().anyMatch(d -> d.code().equals("FW-WEIGHT-04")));
    }

    @Test
    void textThatIsNotANumberIsRefusedWithAMessage() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Gestures.clickTab(editor, "Schemes");
        Table weights = Gestures.find(editor.getSite().getShell(), Table.class, Gestures.withColumns("Part", "Percent"));
        Weight weight = (Weight) weights.getItem(0).getData();
        double before = weight.getPercent();

        Gestures.Answer refused = Gestures.answer(FeatureEditingSupport.TITLE, "OK", "weights-table-refuses-text.png");
        Gestures.click(weights.getItem(0), 1);
        Gestures.typeIntoCellEditor(weights, "forty");
        Workbenches.processEventsUntil(() -> {
            try {
                return refused.text() != null;
            } catch (AssertionError notYet) {
                return false;
            }
        });

        assertTrue(refused.text().contains("\"forty\" is not a number"), refused.text());
        assertTrue(refused.text().contains("The value was not changed"), refused.text());
        assertEquals(before, weight.getPercent());
        assertFalse(editor.isDirty());
    }

    private static ScrolledForm header(FrameworkEditor editor) {
        return ((FormPage) editor.getActivePageInstance()).getManagedForm().getForm();
    }

    private static CTabItem editorTab(FrameworkEditor editor) {
        CTabFolder folder = Gestures.find(editor.getSite().getShell(), CTabFolder.class, f -> Arrays.stream(f.getItems())
            .anyMatch(i -> editor.getPartName().equals(i.getText().replace("*", ""))));
        return Arrays.stream(folder.getItems()).filter(i -> editor.getPartName().equals(i.getText().replace("*", "")))
            .findFirst().orElseThrow();
    }

    private static TreeItem item(Tree tree, Object data) {
        for (TreeItem item : tree.getItems()) {
            TreeItem found = item(item, data);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeItem item(TreeItem item, Object data) {
        if (item.getData() == data) {
            return item;
        }
        for (TreeItem child : item.getItems()) {
            TreeItem found = item(child, data);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The faulty rule's icon differs from a clean rule's (same base icon): it carries the overlay. */
    private static void assertOverlaid(TreeItem faulty, TreeItem clean, String where) {
        assertNotNull(faulty, "the faulty rule is in " + where);
        assertNotNull(clean, "the clean rule is in " + where);
        assertFalse(Arrays.equals(faulty.getImage().getImageData().data, clean.getImage().getImageData().data),
            "the faulty rule's icon has the error overlay in " + where);
    }
}
