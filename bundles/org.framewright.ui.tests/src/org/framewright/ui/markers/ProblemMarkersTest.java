package org.framewright.ui.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ide.IDE;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Weight;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProblemMarkersTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void savingWeightsThatMissOneHundredMarksTheRuleAndTheMarkerSelectsIt() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Job.getJobManager().join(ProblemMarkers.FAMILY, null);
        AggregationRule rule = editor.document().framework().getSchemes().get(0).getAggregations().stream()
            .filter(r -> !r.getWeights().isEmpty()).findFirst().orElseThrow();
        assertTrue(markers(file, "FW-WEIGHT-01").stream().noneMatch(m -> rule.getId().equals(m.getAttribute(
            ProblemMarkers.ELEMENT_ID, null))), () -> "the sample's weights of " + rule.getId() + " sum to 100: "
            + describe(file));
        Weight weight = rule.getWeights().get(0);
        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(), weight,
            FrameworkPackage.Literals.WEIGHT__PERCENT, weight.getPercent() - 5));
        Workbenches.page().saveEditor(editor, false);
        Job.getJobManager().join(ProblemMarkers.FAMILY, null);

        List<IMarker> markers = markers(file, "FW-WEIGHT-01");
        IMarker marker = markers.stream().filter(m -> rule.getId().equals(m.getAttribute(ProblemMarkers.ELEMENT_ID, null)))
            .findFirst().orElseThrow(() -> new AssertionError("no FW-WEIGHT-01 marker on " + rule.getId() + ": "
                + describe(file)));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("FW-WEIGHT-01 "));
        assertEquals(rule.getId(), marker.getAttribute(ProblemMarkers.ELEMENT_ID, null));

        editor.setActivePage("overview");
        IDE.gotoMarker(editor, marker);
        Workbenches.processEvents();
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertSame(rule, selection.getFirstElement(), "going to the marker selects the rule");
    }

    private static String describe(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .map(m -> m.getAttribute(IMarker.MESSAGE, "") + " @" + m.getAttribute(ProblemMarkers.ELEMENT_ID, ""))
                .toList().toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static List<IMarker> markers(IFile file, String code) throws Exception {
        return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
            .filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, null))).toList();
    }
}
