package org.framewright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Provenance;
import org.framewright.model.query.ProvenanceQuery;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 in the form editor, used as a person does: the Structure page lists the CQC quality statement Assessing
 * needs with its evidence items, best-practice lines and guidance as rows of the tree; on the Indicators page an
 * indicator of ADASS Option One whose polarity is inferred carries the marker (a dot on its icon, "(inferred)" after
 * the polarity, the reason as the cell's tooltip); and the explorer shows no provenance record as a child.
 */
class EvidenceItemsAndProvenanceMarkersTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theStructureTreeShowsAssessingNeedsWithItsEvidenceItems() throws Exception {
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(
            Workbenches.freshSample("cqc-la-2023.framework"));
        Gestures.clickTab(editor, "Structure");
        Tree tree = Gestures.find(((IFormPage) editor.getSelectedPage()).getManagedForm().getForm(), Tree.class,
            t -> true);
        TreeItem theme = Person.row(tree, "Area Working with people");
        Person.expand(theme);
        TreeItem assessing = Person.row(theme, "Area Assessing needs");
        Person.expand(assessing);

        List<String> rows = Arrays.stream(assessing.getItems()).map(TreeItem::getText).toList();
        assertEquals(56, rows.stream().filter(r -> r.startsWith("Evidence Item ")).count(), rows.toString());
        assertTrue(rows.contains("Evidence Item Joint Strategic Needs Assessment"), rows.toString());
        assertTrue(rows.contains("Evidence Item Personalisation, SCIE Guidance"), rows.toString());
        TreeItem item = Person.row(assessing, "Evidence Item Joint Strategic Needs Assessment");
        assertNotNull(item.getImage(), "an evidence item has its icon");
        Person.select(item);
        tree.showItem(item);
        Workbenches.capture("structure-evidence-items.png");
    }

    @Test
    void anInferredPolarityIsMarkedOnTheIndicatorsPageWithItsReason() throws Exception {
        IFile file = Workbenches.freshSample("adass-2020-option-one.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Framework framework = editor.document().framework();
        Indicator inferred = framework.getIndicators().stream()
            .filter(i -> ProvenanceQuery.of(i, "polarity") != null).findFirst().orElseThrow();
        Indicator plain = framework.getIndicators().stream()
            .filter(i -> ProvenanceQuery.unstatedReadings(i).isEmpty()).findFirst().orElse(null);
        Gestures.clickTab(editor, "Indicators");
        Table table = Gestures.find(((IFormPage) editor.getSelectedPage()).getManagedForm().getForm(), Table.class,
            Gestures.withColumns("Id", "Name", "Unit", "Polarity"));

        TableItem row = Person.select(table, 0, inferred.getId());
        assertTrue(row.getText(3).endsWith(" (inferred)"), row.getText(3));
        assertEquals(inferred.getPolarity().getLiteral() + " (inferred)", row.getText(3));
        if (plain != null) {
            TableItem other = Person.select(table, 0, plain.getId());
            assertEquals(plain.getPolarity().getLiteral(), other.getText(3), "no marker on a stated polarity");
            assertNotSame(row.getImage(0), other.getImage(0), "the dot on the icon of the inferred one");
        }
        hover(table, row, 3);
        assertNotNull(table.getToolTipText(), "no tooltip on the polarity cell");
        assertTrue(table.getToolTipText().startsWith("inferred polarity: 001 states no polarity"),
            table.getToolTipText());
        Person.select(table, 0, inferred.getId());
        table.showItem(row);
        Workbenches.capture("indicators-inferred-polarity.png");

        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        Workbenches.processEventsUntil(() -> {
            Object[] roots = ((ITreeContentProvider) explorer.viewer().getContentProvider()).getChildren(file);
            return roots.length > 0 && roots[0] instanceof Framework;
        });
        Framework shown = (Framework) ((ITreeContentProvider) explorer.viewer().getContentProvider())
            .getChildren(file)[0];
        Indicator inExplorer = shown.getIndicators().stream().filter(i -> i.getId().equals(inferred.getId()))
            .findFirst().orElseThrow();
        explorer.viewer().reveal(inExplorer);
        explorer.viewer().expandToLevel(inExplorer, 1);
        Workbenches.processEvents();
        TreeItem explorerRow = (TreeItem) explorer.viewer().testFindItem(inExplorer);
        assertNotNull(explorerRow, "the indicator's row in the explorer");
        assertTrue(Arrays.stream(explorerRow.getItems()).noneMatch(i -> i.getData() instanceof Provenance),
            "the explorer shows no provenance record as a child");
        assertEquals(0, explorerRow.getItemCount(), "an indicator has no children in the explorer");
    }

    /** Rests the pointer on cell ({@code row}, {@code column}) as SWT reports it: a MouseHover at its centre. */
    private static void hover(Table table, TableItem row, int column) {
        Rectangle cell = row.getBounds(column);
        Event event = new Event();
        event.x = cell.x + cell.width / 2;
        event.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseHover, event);
        Workbenches.processEvents();
    }
}
