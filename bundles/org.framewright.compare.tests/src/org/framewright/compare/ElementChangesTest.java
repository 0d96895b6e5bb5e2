package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Band;
import org.framewright.model.Framework;
import org.framewright.model.MatrixCell;
import org.framewright.model.ModelElement;
import org.framewright.model.ScaleLevel;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Element changes with old and new values on real sample frameworks, edited the way a designer would. */
class ElementChangesTest {

    static final List<String> SAMPLES = Samples.FRAMEWORKS;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everySampleIsIdenticalToItself(String sample) throws ModelLoadException {
        FrameworkDiff diff = FrameworkComparison.compare(load(sample), load(sample));
        assertTrue(diff.identical(), () -> diff.elements().toString());
        assertTrue(diff.lineage().stream().allMatch(l -> l.lineage() == LineageClass.KEEP), diff.lineage()::toString);
    }

    @Test
    void csciWeightMatrixAndBandChangesCarryOldAndNewValues() throws ModelLoadException {
        Framework before = load("csci-2006.framework");
        Framework after = EcoreUtil.copy(before);
        AggregationRule outcomes = find(after, AggregationRule.class, "agg-outcomes");
        Weight olderPeople = outcomes.getWeights().stream().filter(w -> ((ModelElement) w.getPart()).getId()
            .equals("OP")).findFirst().orElseThrow();
        olderPeople.setPercent(30.0);
        AggregationRule overall = find(after, AggregationRule.class, "agg-overall");
        MatrixCell cell = overall.getMatrix().getCells().stream().filter(c -> c.getRow().getId().equals("delivery-2")
            && c.getColumn().getId().equals("capacity-4")).findFirst().orElseThrow();
        cell.setResult(find(after, ScaleLevel.class, "star-1"));

        FrameworkDiff diff = FrameworkComparison.compare(before, after);

        assertEquals(List.of(
            new FeatureChange("weights[OP].percent", ChangeCategory.WEIGHT, "40", "30")),
            changesOf(diff, "agg-outcomes"));
        assertEquals(List.of(
            new FeatureChange("matrix.cells[delivery-2, capacity-4].result", ChangeCategory.MATRIX, "star-2", "star-1")),
            changesOf(diff, "agg-overall"));
        assertEquals(2, diff.elements().size(), diff.elements()::toString);
    }

    @Test
    void cqcBandBoundsAndAMovedAreaAreReported() throws ModelLoadException {
        Framework before = load("cqc-la-2023.framework");
        Framework after = EcoreUtil.copy(before);
        Band band = find(after, Band.class, "statement-band-2");
        band.setUpper(60.0);
        List<Area> themes = after.getAreas();
        Area movedStatement = themes.get(0).getChildren().get(0);
        themes.get(1).getChildren().add(movedStatement);

        FrameworkDiff diff = FrameworkComparison.compare(before, after);

        assertEquals(List.of(new FeatureChange("upper", ChangeCategory.BAND, "62", "60")),
            changesOf(diff, "statement-band-2"));
        ElementChange moved = diff.elements(ChangeKind.MOVED).get(0);
        assertEquals(movedStatement.getId(), moved.id());
        assertEquals(themes.get(0).getId(), moved.oldParent());
        assertEquals(themes.get(1).getId(), moved.newParent());
    }

    private static List<FeatureChange> changesOf(FrameworkDiff diff, String id) {
        return diff.elements().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().changes();
    }

    private static <T extends ModelElement> T find(Framework framework, Class<T> type, String id) {
        List<T> found = new java.util.ArrayList<>();
        framework.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o) && id.equals(((ModelElement) o).getId())) {
                found.add(type.cast(o));
            }
        });
        assertEquals(1, found.size(), () -> type.getSimpleName() + " " + id);
        return found.get(0);
    }

    private static Framework load(String sample) throws ModelLoadException {
        return FrameworkFiles.loadFramework(Samples.framework(sample));
    }
}
