package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.merge.FrameworkMerge;
import org.framewright.compare.merge.MergeResult;
import org.framewright.model.Area;
import org.framewright.model.EvidenceItem;
import org.framewright.model.EvidenceItemKind;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * Evidence items (issue 19) in the semantic diff and the three-way merge, on the CQC sample: matched by their stable
 * ids, an edited text, a moved item and an added one are reported as such, and two people's edits to different items
 * of one statement merge cleanly.
 */
class EvidenceItemChangesTest {

    @Test
    void anEditedAMovedAndAnAddedItemAreReportedByTheirIds() throws Exception {
        Framework before = load();
        Framework after = EcoreUtil.copy(before);
        item(after, "QS1-best-practice-3").setText("Local Authority has a published eligibility framework.");
        EvidenceItem moved = item(after, "QS7-descriptor-2");
        area(after, "QS6").getEvidenceItems().add(moved);
        EvidenceItem added = FrameworkFactory.eINSTANCE.createEvidenceItem();
        added.setId("QS2-descriptor-1");
        added.setKind(EvidenceItemKind.DESCRIPTOR);
        added.setText("People are supported to plan ahead.");
        area(after, "QS2").getEvidenceItems().add(added);

        FrameworkDiff diff = FrameworkComparison.compare(before, after);

        assertEquals(3, diff.elements().size(), diff.elements()::toString);
        ElementChange edited = change(diff, "QS1-best-practice-3");
        assertEquals(ChangeKind.CHANGED, edited.kind());
        assertEquals(List.of(new FeatureChange("text", ChangeCategory.ATTRIBUTE,
            "Local Authority has an eligibility framework to ensure that there is clarity and consistency around local"
                + " authority determinations on eligibility.",
            "Local Authority has a published eligibility framework.")), edited.changes());
        ElementChange relocated = change(diff, "QS7-descriptor-2");
        assertEquals(ChangeKind.MOVED, relocated.kind());
        assertEquals("QS7", relocated.oldParent());
        assertEquals("QS6", relocated.newParent());
        assertEquals(ChangeKind.ADDED, change(diff, "QS2-descriptor-1").kind());
        assertEquals("EvidenceItem", change(diff, "QS2-descriptor-1").type());
    }

    @Test
    void editsToDifferentItemsOfOneStatementMergeCleanly() throws Exception {
        Framework base = load();
        Framework ours = EcoreUtil.copy(base);
        Framework theirs = EcoreUtil.copy(base);
        item(ours, "QS1-evidence-processes-1").setText("Joint Strategic Needs Assessment (JSNA)");
        area(theirs, "QS1").getEvidenceItems().remove(item(theirs, "QS1-guidance-13"));

        MergeResult merged = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(merged.clean(), merged.conflicts()::toString);
        assertEquals("Joint Strategic Needs Assessment (JSNA)",
            item(merged.merged(), "QS1-evidence-processes-1").getText());
        assertEquals(55, area(merged.merged(), "QS1").getEvidenceItems().size());
        assertEquals("processes", item(merged.merged(), "QS1-evidence-processes-1").getCategory().getId());
    }

    private static ElementChange change(FrameworkDiff diff, String id) {
        return diff.elements().stream().filter(e -> e.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError(id + " not reported: " + diff.elements()));
    }

    /** The item with this id (a copy has no resource, so the walk). */
    private static EvidenceItem item(Framework framework, String id) {
        for (var it = framework.eAllContents(); it.hasNext();) {
            if (it.next() instanceof EvidenceItem item && id.equals(item.getId())) {
                return item;
            }
        }
        throw new AssertionError("no evidence item " + id);
    }

    private static Area area(Framework framework, String id) {
        for (var it = framework.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Area area && id.equals(area.getId())) {
                return area;
            }
        }
        throw new AssertionError("no area " + id);
    }

    private static Framework load() throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
    }
}
