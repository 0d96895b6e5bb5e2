package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.merge.FrameworkMerge;
import org.framewright.compare.merge.MergeResult;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.query.ProvenanceQuery;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/** Provenance changes (issue 19) in the semantic diff and the three-way merge, on the ASCOF 2023-24 sample. */
class ProvenanceChangesTest {

    @Test
    void aChangedStatusAndReasonAndAnAddedRecordAreReported() throws Exception {
        Framework before = load();
        Framework after = EcoreUtil.copy(before);
        Provenance comparators = ProvenanceQuery.of(indicator(after, "1A"), "comparators");
        comparators.setStatus(ProvenanceStatus.STATED);
        comparators.setSource("004");
        comparators.setReason(null);
        Provenance polarity = FrameworkFactory.eINSTANCE.createProvenance();
        polarity.setAttribute("polarity");
        polarity.setStatus(ProvenanceStatus.INFERRED);
        polarity.setReason("004 lists the measure without a polarity");
        indicator(after, "1B").getProvenance().add(polarity);

        FrameworkDiff diff = FrameworkComparison.compare(before, after);

        assertEquals(2, diff.elements().size(), diff.elements()::toString);
        assertEquals(List.of(
            new FeatureChange("provenance[comparators].status", ChangeCategory.PROVENANCE, "inferred", "stated"),
            new FeatureChange("provenance[comparators].reason", ChangeCategory.PROVENANCE,
                "Neither 004 nor the published data names national or regional comparators for this measure; NHS"
                    + " England publishes England and regional averages for every ASCOF measure, so both are assumed.", ""),
            new FeatureChange("provenance[comparators].source", ChangeCategory.PROVENANCE, "", "004")),
            changesOf(diff, "1A"));
        assertEquals(List.of(
            new FeatureChange("provenance[polarity].status", ChangeCategory.PROVENANCE, "", "inferred"),
            new FeatureChange("provenance[polarity].reason", ChangeCategory.PROVENANCE, "",
                "004 lists the measure without a polarity")),
            changesOf(diff, "1B"));
        assertEquals("5 provenance fields changed", diff.briefSummary());
    }

    @Test
    void theCliDiffListsAProvenanceChange(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        Framework after = load();
        ProvenanceQuery.of(indicator(after, "4A"), "comparators").setReason("a designer's new reason");
        java.nio.file.Path file = folder.resolve("after.framework");
        FrameworkFiles.saveAs(after, file);

        FrameworkDiff diff = FrameworkComparison.compare(load(), FrameworkFiles.loadFramework(file));
        java.io.StringWriter table = new java.io.StringWriter();
        DiffFormat.named("table").write(diff, table);

        assertTrue(table.toString().contains("provenance[comparators].reason"), table::toString);
        assertTrue(table.toString().contains("a designer's new reason"), table::toString);
    }

    @Test
    void twoPeopleFlaggingDifferentFactsMergeCleanly() throws Exception {
        Framework base = load();
        Framework ours = EcoreUtil.copy(base);
        Framework theirs = EcoreUtil.copy(base);
        ProvenanceQuery.of(indicator(ours, "1A"), "comparators").setLocation("section 2");
        Provenance theirsRecord = FrameworkFactory.eINSTANCE.createProvenance();
        theirsRecord.setSource("004");
        theirsRecord.setLocation("section 2, outcome areas");
        indicator(theirs, "2A").getProvenance().add(0, theirsRecord);

        MergeResult merged = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(merged.clean(), merged.conflicts()::toString);
        assertEquals("section 2", ProvenanceQuery.of(indicator(merged.merged(), "1A"), "comparators").getLocation());
        Provenance element = ProvenanceQuery.of(indicator(merged.merged(), "2A"));
        assertEquals("section 2, outcome areas", element == null ? null : element.getLocation());
        assertEquals(ProvenanceStatus.INFERRED, ProvenanceQuery.of(indicator(merged.merged(), "2A"), "comparators").getStatus());
    }

    private static List<FeatureChange> changesOf(FrameworkDiff diff, String id) {
        return diff.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
            id + " not changed: " + diff.elements())).changes();
    }

    private static Indicator indicator(Framework framework, String id) {
        return framework.getIndicators().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Framework load() throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
    }
}
