package org.framewright.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Band;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taking THEIRS' version of conflicts on whole elements, moves, orders and whole weights, on the samples: each case
 * is a real three-way merge with one conflict; after {@link TakeTheirs#apply} the merged model is exactly the expected
 * one (byte for byte, canonically), validates, and the recorded change undoes it.
 */
class TakeTheirsTest {

    @TempDir
    Path folder;

    private static Framework load(String sample) throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework(sample));
    }

    @SuppressWarnings("unchecked")
    private static <T extends EObject> T element(Framework framework, String id) {
        return (T) framework.eResource().getEObject(id);
    }

    private static MergeConflict only(MergeResult result, String feature) {
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        assertEquals(feature, result.conflicts().get(0).feature());
        return result.conflicts().get(0);
    }

    /** Takes THEIRS, checks the model is valid, and that the change undoes to OURS' merge. */
    private static void takeTheirs(MergeResult result, Framework theirs, MergeConflict conflict) throws Exception {
        String before = canonical(result.merged());
        ChangeDescription change = TakeTheirs.apply(result.merged(), theirs, conflict);
        assertNotEquals(before, canonical(result.merged()), "taking THEIRS changed the model");
        assertValid(result.merged());
        String after = canonical(result.merged());
        change.applyAndReverse();
        assertEquals(before, canonical(result.merged()), "the change undoes to OURS");
        change.applyAndReverse();
        assertEquals(after, canonical(result.merged()), "and redoes");
    }

    @Test
    void theirsDeletedABandOursChanged() throws Exception {
        Framework base = load("cqc-la-2023.framework");
        Framework ours = load("cqc-la-2023.framework");
        Framework theirs = load("cqc-la-2023.framework");
        ((Band) element(ours, "statement-band-2")).setUpper(61);
        EcoreUtil.delete(element(theirs, "statement-band-2"), true);
        ((Band) element(theirs, "statement-band-1")).setUpper(62);
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        assertEquals(62, ((Band) element(result.merged(), "statement-band-1")).getUpper(), "merged cleanly");

        takeTheirs(result, theirs, only(result, "(element)"));

        assertNull(element(result.merged(), "statement-band-2"));
        assertEquals(canonical(theirs), canonical(result.merged()), "the merge is THEIRS: OURS' only change is gone");
    }

    @Test
    void oursDeletedAnIndicatorTheirsRenamedItComesBackWithItsAreaAndPlace() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        EcoreUtil.delete(element(ours, "1E"), true);
        ((Indicator) element(theirs, "1E")).setName("Adults with a learning disability in paid work");
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        MergeConflict conflict = only(result, "(element)");
        assertNull(element(result.merged(), "1E"));

        takeTheirs(result, theirs, conflict);

        Indicator back = element(result.merged(), "1E");
        assertEquals("Adults with a learning disability in paid work", back.getName());
        assertTrue(((Area) element(result.merged(), "1")).getIndicators().contains(back), "area 1 lists it again");
        assertEquals(canonical(theirs), canonical(result.merged()), "the merge is THEIRS, references and order too");
    }

    @Test
    void anAreaAddedOnBothSidesTakesTheirsContentInOursPlace() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ((Area) element(ours, "6")).getChildren().add(area("6a", "Workforce"));
        ((Area) element(theirs, "6")).getChildren().add(area("6a", "Prevention"));
        ((Area) element(ours, "2")).setName("Independence (ours)");
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);

        takeTheirs(result, theirs, only(result, "(element)"));

        assertEquals("Prevention", ((Area) element(result.merged(), "6a")).getName());
        assertEquals(List.of("6a"), ids(((Area) element(result.merged(), "6")).getChildren()));
        ((Area) element(theirs, "2")).setName("Independence (ours)");
        assertEquals(canonical(theirs), canonical(result.merged()), "THEIRS' area 7 with OURS' other change");
    }

    @Test
    void anAreaMovedToDifferentPlacesGoesWhereTheirsPutItAndKeepsOursRename() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        Area oursSix = element(ours, "6");
        oursSix.setName("Quality of care (ours)");
        ((Area) element(ours, "1")).getChildren().add(oursSix);
        ((Area) element(theirs, "2")).getChildren().add((Area) element(theirs, "6"));
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        MergeConflict conflict = only(result, "(container)");
        assertEquals(List.of("(framework).areas", "1.children", "2.children"),
            List.of(conflict.base(), conflict.ours(), conflict.theirs()));

        takeTheirs(result, theirs, conflict);

        Area six = element(result.merged(), "6");
        assertSame(element(result.merged(), "2"), six.eContainer());
        assertEquals("Quality of care (ours)", six.getName());
        assertEquals(List.of(), ids(((Area) element(result.merged(), "1")).getChildren()));
        ((Area) element(theirs, "6")).setName("Quality of care (ours)");
        assertEquals(canonical(theirs), canonical(result.merged()));
    }

    @Test
    void areasReorderedDifferentlyTakeTheirsOrder() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        ours.getAreas().move(0, (Area) element(ours, "5"));
        ((Area) element(ours, "3")).setName("Information and advice");
        theirs.getAreas().move(0, (Area) element(theirs, "6"));
        theirs.getAreas().move(5, 1);
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        assertEquals(List.of("5", "1", "2", "3", "4", "6"), ids(result.merged().getAreas()));

        takeTheirs(result, theirs, only(result, "order of areas"));

        assertEquals(ids(theirs.getAreas()), ids(result.merged().getAreas()));
        assertEquals(List.of("6", "2", "3", "4", "5", "1"), ids(result.merged().getAreas()));
        assertEquals("Information and advice", ((Area) element(result.merged(), "3")).getName());
    }

    @Test
    void aWeightOursRemovedAndTheirsChangedComesBackWithTheirsPercent() throws Exception {
        Framework base = load("csci-2006.framework");
        Framework ours = load("csci-2006.framework");
        Framework theirs = load("csci-2006.framework");
        AggregationRule oursRule = element(ours, "agg-outcomes");
        oursRule.getWeights().remove(weight(ours, "LD"));
        weight(theirs, "LD").setPercent(12);
        weight(theirs, "PSD").setPercent(18);
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        MergeConflict conflict = only(result, "weights[LD]");
        assertNull(ConflictTarget.locate(result.merged(), conflict), "a whole weight is not one value");

        takeTheirs(result, theirs, conflict);

        assertEquals(12.0, weight(result.merged(), "LD").getPercent());
        assertEquals(18.0, weight(result.merged(), "PSD").getPercent());
        assertEquals(canonical(theirs), canonical(result.merged()), "in THEIRS' place among the weights");
    }

    @Test
    void theirsCannotBePutInsideWhatTheMergeDoesNotHave() throws Exception {
        Framework base = load("ascof-2023-24.framework");
        Framework ours = load("ascof-2023-24.framework");
        Framework theirs = load("ascof-2023-24.framework");
        EcoreUtil.delete(element(ours, "6"), true);
        ((Area) element(theirs, "6")).getChildren().add(area("6a", "Workforce"));
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        MergeConflict inside = result.conflicts().stream().filter(c -> c.element().equals("6a")).findFirst()
            .orElseThrow(() -> new AssertionError(result.conflicts().toString()));
        String before = canonical(result.merged());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> TakeTheirs.apply(result.merged(), theirs, inside));

        assertTrue(refused.getMessage().contains("6a") && refused.getMessage().contains("inside 6"),
            refused.getMessage());
        assertEquals(before, canonical(result.merged()), "nothing was changed");
    }

    @Test
    void theirsModelIsWrittenBesideTheConflictsAndRemovedWithThem() throws Exception {
        Framework base = load("csci-2006.framework");
        Framework ours = load("csci-2006.framework");
        Framework theirs = load("csci-2006.framework");
        weight(ours, "OP").setPercent(45);
        weight(theirs, "OP").setPercent(35);
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        Path merged = folder.resolve("csci.framework");
        FrameworkFiles.saveAs(result.merged(), merged);

        ConflictFile.write(merged, result.conflicts(), theirs);

        assertTrue(Files.exists(folder.resolve("csci.framework.theirs")));
        assertEquals(canonical(theirs), canonical(ConflictFile.readTheirs(merged)));
        ConflictFile.write(merged, List.of());
        assertTrue(!Files.exists(folder.resolve("csci.framework.theirs"))
            && !Files.exists(folder.resolve("csci.framework.conflicts")), "both go once every conflict is settled");
        assertNull(ConflictFile.readTheirs(merged));
    }

    private static Weight weight(Framework framework, String part) {
        AggregationRule rule = element(framework, "agg-outcomes");
        return rule.getWeights().stream().filter(w -> w.getPart().getId().equals(part)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getId).toList();
    }

    private static Area area(String id, String name) {
        Area area = FrameworkFactory.eINSTANCE.createArea();
        area.setId(id);
        area.setName(name);
        return area;
    }

    private static void assertValid(Framework framework) {
        List<ModelDiagnostic> errors = FrameworkValidation.validate(framework).stream()
            .filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(d -> d.code() + " " + d.message()).toList());
    }

    /**
     * The model as written from one place, the samples' folder, whatever file it came from: a reference into another
     * file (ASCOF 2023-24's basedOn) is written relative to where the model is written.
     */
    private static String canonical(Framework framework) throws Exception {
        Resource resource = framework.eResource();
        URI own = resource.getURI();
        resource.setURI(URI.createFileURI(Samples.framework("ascof-2023-24.framework").toString()));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            resource.save(bytes, null);
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            resource.setURI(own);
        }
    }
}
