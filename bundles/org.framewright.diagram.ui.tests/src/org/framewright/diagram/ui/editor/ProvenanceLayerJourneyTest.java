package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.isDrawn;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.showAtFullSize;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.framewright.model.Indicator;
import org.framewright.model.query.ProvenanceQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The structure diagram's layers of issue 19, used as a person does from the diagram's Layers menu: "Provenance"
 * puts a dashed outline and a marker, whose tooltip gives the reason, on an indicator of ADASS Option One whose
 * polarity is inferred, and stays on after save and reopen; "Show evidence items" hangs CQC's descriptors below the
 * Safeguarding statement.
 */
class ProvenanceLayerJourneyTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void theProvenanceLayerMarksAnInferredPolarityWithItsReason() throws Exception {
        IFile file = freshSample("adass-2020-option-one.framework");
        DiagramEditor editor = openStructure(file);
        Indicator inferred = editor.document().framework().getIndicators().stream()
            .filter(i -> ProvenanceQuery.of(i, "polarity") != null && isDrawn(editor, i.getId())).findFirst()
            .orElseThrow();
        String id = inferred.getId();
        assertFalse(hasMarker(editor, id), "no marker while the layer is off");

        tick(editor, "SHOW_PROVENANCE");
        waitFor(() -> hasMarker(editor, id), 20_000, () -> "no provenance marker on " + id);
        String tooltip = String.valueOf(editor.browser().evaluate(
            "return document.querySelector('#sprotty_" + id + "_provenance title').textContent;"));
        assertTrue(tooltip.startsWith("inferred polarity: 001 states no polarity"), tooltip);
        assertTrue(Boolean.TRUE.equals(editor.browser().evaluate(
            "return document.getElementById('sprotty_" + id + "').classList.contains('fw-provenance-inferred');")),
            "the node has the dashed outline's class");
        showAtFullSize(editor, id);
        capture(editor.getSite().getShell(), "provenance-layer.png");

        editor.doSave(new NullProgressMonitor());
        String layout = Files.readString(file.getLocation().toFile().toPath().resolveSibling(file.getName() + ".layout"));
        assertTrue(layout.contains("SHOW_PROVENANCE"), "the layout file keeps the layer: " + layout);
        page().closeAllEditors(false);
        processEvents(500);
        DiagramEditor reopened = openStructure(file);
        waitFor(() -> hasMarker(reopened, id), 20_000, () -> "the layer is off after reopening");
    }

    @Test
    void theEvidenceItemLayerShowsTheSafeguardingDescriptors() throws Exception {
        DiagramEditor editor = openStructure(freshSample("cqc-la-2023.framework"));
        assertFalse(isDrawn(editor, "QS7-descriptor-1"), "evidence items are a layer, off at first");

        tick(editor, "SHOW_EVIDENCE_ITEMS");
        // the client draws only what is in view: bring the descriptor into view once the new model is there
        waitFor(() -> {
            showAtFullSize(editor, "QS7-descriptor-1");
            return isDrawn(editor, "QS7-descriptor-1");
        }, 30_000, () -> "QS7's first descriptor is not drawn; box ticked: " + editor.browser().evaluate(
            "return document.querySelector('input[data-filter=SHOW_EVIDENCE_ITEMS]').checked;"));
        String text = String.valueOf(editor.browser().evaluate(
            "return document.getElementById('sprotty_QS7-descriptor-1').textContent;"));
        assertTrue(text.startsWith("Descriptor: LA has a"), text);
        capture(editor.getSite().getShell(), "evidence-items-layer.png");
    }

    /** Opens the Layers menu and ticks the box of {@code filter}, as a person's click on it does. */
    private static void tick(DiagramEditor editor, String filter) {
        editor.browser().evaluate("document.getElementById('fw-layers').open = true;"
            + " document.querySelector('input[data-filter=" + filter + "]').click(); return true;");
        processEvents(300);
    }

    private static boolean hasMarker(DiagramEditor editor, String id) {
        return Boolean.TRUE.equals(editor.browser().evaluate(
            "return document.getElementById('sprotty_" + id + "_provenance') !== null;"));
    }
}
