package org.framewright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.ScoringScheme;
import org.framewright.samples.Samples;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data treatments without a name are told apart by what they treat (issue 16): the sample ascof-2023-24-treated with
 * its treatments' names taken out shows, in the form's Schemes tree and in the Model Explorer, "Outlier Treatment of
 * 2D1 (winsorise up to 5)" and "Outlier Treatment of 3D1A, 3D1B (winsorise up to 5, then Box-Cox lambda 4)", the
 * denominations with their denominators, the imputation with its method; a treatment added with New Child is
 * "Outlier Treatment of every indicator (winsorise up to 5)" until it is given indicators.
 */
class TreatmentLabelsTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void treatmentsWithoutANameSayWhatTheyTreatInTheFormAndTheExplorer() throws Exception {
        IFile sample = Workbenches.freshSample("ascof-2023-24-treated.framework");
        IFile file = sample.getParent().getFile(new Path("ascof-2023-24-unnamed-treatments.framework"));
        String text = Files.readString(Samples.framework("ascof-2023-24-treated.framework"))
            .replaceAll("(<(treatments|denominations|imputations) id=\"[^\"]+\") name=\"[^\"]*\"", "$1");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, null);
        } else {
            file.create(new ByteArrayInputStream(bytes), IResource.FORCE, null);
        }
        List<String> expected = List.of("Outlier Treatment of 2D1 (winsorise up to 5)",
            "Outlier Treatment of 3D1A, 3D1B (winsorise up to 5, then Box-Cox lambda 4)",
            "Denomination of 3D2A per 3D1A x 100", "Denomination of 3D2B per 3D1B x 100",
            "Imputation of every indicator (comparator median of similar councils)");

        // the file written a moment ago is shown once the explorer has refreshed (as a person would press F5)
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        Workbenches.waitFor(() -> {
            explorer.viewer().refresh();
            explorer.viewer().reveal(file);
            explorer.viewer().setSelection(new StructuredSelection(file), true);
            return explorer.viewer().getTree().getSelection().length > 0;
        }, 20_000, () -> file.getName() + " is in the Model Explorer");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Gestures.clickTab(editor, "Schemes");
        ScoringScheme scheme = editor.document().framework().getSchemes().get(0);
        Tree schemes = Gestures.find(editor.getSite().getShell(), Tree.class, t -> shown(t.getItems(), scheme));
        for (String label : expected) {
            assertNotNull(item(schemes.getItems(), i -> i.getText().startsWith(label)), label + " in the form's tree: "
                + texts(schemes.getItems()));
        }

        Gestures.click(item(schemes.getItems(), i -> i.getData() == scheme));
        Menu newChild = Menus.item(schemes.getMenu(), "New Child").getMenu();
        Gestures.choose(newChild, "Outlier Treatment");
        OutlierTreatment added = scheme.getTreatments().get(scheme.getTreatments().size() - 1);
        TreeItem shown = item(schemes.getItems(), i -> i.getData() == added);
        assertNotNull(shown, "the new treatment is in the tree");
        assertEquals("Outlier Treatment of every indicator (winsorise up to 5)", shown.getText());
        Workbenches.capture("treatment-labels-form.png");

        Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(file);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Workbenches.processEvents();
        TreeItem fileRow = explorer.viewer().getTree().getSelection()[0];
        for (String label : expected.subList(0, 2)) {
            assertNotNull(item(new TreeItem[] {fileRow}, i -> i.getText().startsWith(label)), label
                + " in the Model Explorer");
        }
        Workbenches.capture("treatment-labels-explorer.png");
    }

    /** The first row, depth first, that {@code wanted} accepts, expanding rows on the way as a person would. */
    private static TreeItem item(TreeItem[] items, Predicate<TreeItem> wanted) {
        for (TreeItem item : items) {
            if (wanted.test(item)) {
                return item;
            }
            if (item.getItemCount() > 0 && !(item.getData() instanceof org.framewright.model.Indicator)) {
                Person.expand(item);
                TreeItem found = item(item.getItems(), wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether a row already shown (no row expanded) holds {@code element}. */
    private static boolean shown(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element || shown(item.getItems(), element)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : items) {
            texts.add(item.getText());
            texts.addAll(texts(item.getItems()));
        }
        return texts;
    }
}
