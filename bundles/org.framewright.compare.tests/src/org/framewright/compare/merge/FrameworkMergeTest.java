package org.framewright.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Band;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of merge cases of issue 18, each on a sample: two edited copies of one base. */
class FrameworkMergeTest {

    @TempDir
    Path folder;

    private static Framework load(String sample) throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework(sample));
    }

    @SuppressWarnings("unchecked")
    private static <T extends EObject> T element(Framework framework, String id) {
        return (T) framework.eResource().getEObject(id);
    }

    private static Weight weight(Framework framework, String rule, String part) {
        AggregationRule aggregation = element(framework, rule);
        return aggregation.getWeights().stream().filter(w -> w.getPart().getId().equals(part)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<? extends org.framewright.model.ModelElement> elements) {
        return elements.stream().map(org.framewright.model.ModelElement::getId).toList();
    }

    @Test
    void eachSideChangesADifferentWeightOfOneRule() throws Exception {
        Framework base = load("csci-2006.framework");
        Framework ours = load("csci-2006.framework");
        Framework theirs = load("csci-2006.framework");
        weight(ours, "agg-outcomes", "OP").setPercent(50);
        weight(ours, "agg-outcomes", "CAR").setPercent(5);
        weight(theirs, "agg-outcomes", "LD").setPercent(10);
        weight(theirs, "agg-outcomes", "MH").setPercent(20);

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(result.clean(), () -> result.conflicts().toString());
        assertEquals(50, weight(result.merged(), "agg-outcomes", "OP").getPercent());
        assertEquals(5, weight(result.merged(), "agg-outcomes", "CAR").getPercent());
        assertEquals(10, weight(result.merged(), "agg-outcomes", "LD").getPercent());
        assertEquals(20, weight(result.merged(), "agg-outcomes", "MH").getPercent());
        assertEquals(15, weight(result.merged(), "agg-outcomes", "PSD").getPercent());
    }

    @Test
    void oneRenamesAnIndicatorWhileTheOtherMovesItToAnotherArea() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ((Indicator) element(ours, "1A")).setName("Quality of life (renamed)");
        Indicator moved = element(theirs, "1A");
        ((Area) element(theirs, "1")).getIndicators().remove(moved);
        ((Area) element(theirs, "2")).getIndicators().add(0, moved);

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(result.clean(), () -> result.conflicts().toString());
        Indicator merged = element(result.merged(), "1A");
        assertEquals("Quality of life (renamed)", merged.getName());
        assertFalse(((Area) element(result.merged(), "1")).getIndicators().contains(merged));
        assertSame(merged, ((Area) element(result.merged(), "2")).getIndicators().get(0),
            "the area lists the merged model's own indicator, not THEIRS'");
    }

    @Test
    void bothAddAreasAndTheirsListsItsNewIndicatorInItsNewArea() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ours.getAreas().add(area("7", "Ours' new area"));
        Area theirsArea = area("8", "Theirs' new area");
        theirs.getAreas().add(theirsArea);
        Indicator theirsIndicator = FrameworkFactory.eINSTANCE.createIndicator();
        theirsIndicator.setId("8A");
        theirsIndicator.setName("A new measure");
        theirs.getIndicators().add(theirsIndicator);
        theirsArea.getIndicators().add(theirsIndicator);

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(result.clean(), () -> result.conflicts().toString());
        List<String> areas = ids(result.merged().getAreas());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), areas);
        Area merged = element(result.merged(), "8");
        assertSame(element(result.merged(), "8A"), merged.getIndicators().get(0));
        assertRoundTrips(result.merged());
    }

    @Test
    void anIdAddedOnBothSidesWithDifferentContentIsAConflict() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ours.getAreas().add(area("7", "Workforce"));
        theirs.getAreas().add(area("7", "Prevention"));

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("7", conflict.element());
        assertEquals("(element)", conflict.feature());
        assertTrue(conflict.ours().contains("name=Workforce"), conflict.ours());
        assertTrue(conflict.theirs().contains("name=Prevention"), conflict.theirs());
        assertEquals("Workforce", ((Area) element(result.merged(), "7")).getName());
    }

    @Test
    void oneDeletesWhatTheOtherChangedIsAConflictAndTheChangeIsKept() throws Exception {
        Framework base = load("cqc-la-2023.framework");
        Framework ours = load("cqc-la-2023.framework");
        Framework theirs = load("cqc-la-2023.framework");
        ((Band) element(ours, "statement-band-2")).setUpper(61);
        org.eclipse.emf.ecore.util.EcoreUtil.delete(element(theirs, "statement-band-2"), true);

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("statement-band-2", conflict.element());
        assertEquals("(element)", conflict.feature());
        assertEquals("", conflict.theirs());
        assertTrue(conflict.path().endsWith("/statement-bands/statement-band-2"), conflict.path());
        assertEquals(61, ((Band) element(result.merged(), "statement-band-2")).getUpper());
    }

    @Test
    void bothChangeOneThresholdDifferentlyIsAConflictWithTheThreeValues() throws Exception {
        Framework base = load("cqc-la-2023.framework");
        Framework ours = load("cqc-la-2023.framework");
        Framework theirs = load("cqc-la-2023.framework");
        ((Band) element(ours, "statement-band-2")).setLower(40);
        ((Band) element(theirs, "statement-band-2")).setLower(41);
        ((Band) element(theirs, "statement-band-3")).setUpper(86);

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertEquals(List.of(new MergeConflict("statement-band-2",
            result.conflicts().get(0).path(), "lower", "39", "40", "41", "changed differently on both sides")),
            result.conflicts());
        assertEquals(40, ((Band) element(result.merged(), "statement-band-2")).getLower());
        assertEquals(86, ((Band) element(result.merged(), "statement-band-3")).getUpper(),
            "the other band's change is still merged");
    }

    @Test
    void theirsReorderingIsTakenWhileOursRenames() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ((Area) element(ours, "3")).setName("Information and advice");
        theirs.getAreas().move(0, (Area) element(theirs, "6"));

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(result.clean(), () -> result.conflicts().toString());
        assertEquals(List.of("6", "1", "2", "3", "4", "5"), ids(result.merged().getAreas()));
        assertEquals("Information and advice", ((Area) element(result.merged(), "3")).getName());
    }

    @Test
    void reorderingDifferentlyOnBothSidesIsAConflict() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ours.getAreas().move(0, (Area) element(ours, "5"));
        theirs.getAreas().move(0, (Area) element(theirs, "6"));

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertEquals(1, result.conflicts().size());
        assertEquals("order of areas", result.conflicts().get(0).feature());
        assertEquals(List.of("5", "1", "2", "3", "4", "6"), ids(result.merged().getAreas()));
    }

    @Test
    void aDeletionOfAnUntouchedIndicatorRemovesItAndEveryReferenceToIt() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ((Area) element(ours, "4")).setName("Safety first");
        org.eclipse.emf.ecore.util.EcoreUtil.delete(element(theirs, "1E"), true);

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(result.clean(), () -> result.conflicts().toString());
        assertNull(element(result.merged(), "1E"));
        assertEquals("Safety first", ((Area) element(result.merged(), "4")).getName());
        assertRoundTrips(result.merged());
        // both written from the same place: ASCOF 2023-24's basedOn names another file, relative to where it is written
        theirs.eResource().setURI(result.merged().eResource().getURI());
        assertEquals(canonical(theirsWithOursRename(theirs)), canonical(result.merged()),
            "the merge equals THEIRS plus OURS' one change, byte for byte");
    }

    @Test
    void mergingAnUnchangedSideGivesTheOtherSideCanonically() throws Exception {
        Framework base = load("adass-2020-option-two.framework");
        Framework ours = load("adass-2020-option-two.framework");
        Framework theirs = load("adass-2020-option-two.framework");
        ((Area) ours.getAreas().get(0)).setName("Renamed by ours");

        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        assertTrue(result.clean());
        assertEquals(canonical(ours), canonical(result.merged()));
        assertEquals(canonical(ours), canonical(FrameworkMerge.merge(base, theirs, ours).merged()));
    }

    @Test
    void theInputsAreNotModified() throws Exception {
        Framework base = load("csci-2006.framework");
        Framework ours = load("csci-2006.framework");
        Framework theirs = load("csci-2006.framework");
        weight(theirs, "agg-outcomes", "LD").setPercent(10);
        String oursBefore = canonical(ours);

        FrameworkMerge.merge(base, ours, theirs);

        assertEquals(oursBefore, canonical(ours));
        assertEquals(15, weight(base, "agg-outcomes", "LD").getPercent());
    }

    private static Framework theirsWithOursRename(Framework theirs) {
        ((Area) element(theirs, "4")).setName("Safety first");
        return theirs;
    }

    private static Area area(String id, String name) {
        Area area = FrameworkFactory.eINSTANCE.createArea();
        area.setId(id);
        area.setName(name);
        return area;
    }

    private static String canonical(Framework framework) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        framework.eResource().save(bytes, null);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertRoundTrips(Framework merged) throws Exception {
        Path file = folder.resolve("merged.framework");
        FrameworkFiles.saveAs(merged, file);
        Framework reloaded = FrameworkFiles.loadFramework(file);
        assertEquals(Files.readString(file), canonical(reloaded));
    }
}
