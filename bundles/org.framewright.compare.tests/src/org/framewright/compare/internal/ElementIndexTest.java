package org.framewright.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.Scale;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The compact index of a framework's identified elements: keys, positions, parents, and the look-ups by key. */
class ElementIndexTest {

    static final List<String> SAMPLES = Samples.FRAMEWORKS;

    private static final FrameworkFactory MAKE = FrameworkFactory.eINSTANCE;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everySampleIsIndexedInContainmentOrderAndFoundByItsId(String sample) throws ModelLoadException {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        List<ModelElement> identified = new ArrayList<>();
        framework.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement element) {
                identified.add(element);
            }
        });

        ElementIndex index = new ElementIndex(framework);

        assertEquals(identified.size(), index.size(), "the samples' ids are unique");
        for (int i = 0; i < index.size(); i++) {
            ModelElement element = identified.get(i);
            assertSame(element, index.element(i));
            assertEquals(element.getId(), index.keyAt(i));
            assertEquals(i, index.position(element.getId()));
            assertSame(element, index.get(element.getId()));
            assertEquals(element.getId(), index.key(element));
        }
        assertEquals(-1, index.position("no-such-id"));
        assertNull(index.get("no-such-id"));
        assertEquals(identified.size(), index.elements().size());
    }

    @Test
    void anElementWithoutIdIsKeyedByItsContainmentPathAndADuplicatedIdByItsFirstHolder() {
        Framework framework = MAKE.createFramework();
        framework.setId("fw");
        ScoringScheme scheme = MAKE.createScoringScheme();
        scheme.setId("scheme-a");
        framework.getSchemes().add(scheme);
        Scale named = MAKE.createScale();
        named.setId("stars");
        Scale first = MAKE.createScale();
        Scale second = MAKE.createScale();
        second.setId("  ");
        scheme.getScales().addAll(List.of(named, first, second));
        Area one = area("A");
        Area duplicate = area("A");
        framework.getAreas().addAll(List.of(one, duplicate));

        ElementIndex index = new ElementIndex(framework);

        assertEquals(List.of("A", "scheme-a", "stars", "scheme-a/scales[1]", "scheme-a/scales[2]"),
            List.copyOf(index.elements().keySet()), "areas come before schemes in a framework");
        assertEquals(List.copyOf(index.elements().keySet()), keys(index));
        assertSame(first, index.get("scheme-a/scales[1]"));
        assertSame(second, index.get("scheme-a/scales[2]"));
        assertEquals("scheme-a", index.containerKeyAt(index.position("scheme-a/scales[2]")));
        assertEquals(ElementIndex.FRAMEWORK, index.containerKeyAt(index.position("scheme-a")));
        assertSame(one, index.get("A"), "the first element with a key is the one matched");
        assertEquals(5, index.size());
        assertEquals("A", index.key(duplicate), "a duplicate keeps its key");
        assertNull(index.key(framework), "the root is not indexed");
    }

    @Test
    void parentsAreTheNearestIdentifiedContainerAndTheAreasListingAnIndicator() {
        Framework framework = MAKE.createFramework();
        Area domain = area("D1");
        Area outcome = area("D1-1");
        domain.getChildren().add(outcome);
        Area other = area("D2");
        framework.getAreas().addAll(List.of(domain, other));
        Indicator listedTwice = indicator("I1");
        Indicator unlisted = indicator("I2");
        framework.getIndicators().addAll(List.of(listedTwice, unlisted));
        outcome.getIndicators().add(listedTwice);
        other.getIndicators().add(listedTwice);

        ElementIndex index = new ElementIndex(framework);

        assertEquals(ElementIndex.FRAMEWORK, index.parentAt(index.position("D1")));
        assertEquals("D1", index.parentAt(index.position("D1-1")));
        assertEquals("D1", index.parentOf(outcome));
        assertEquals("D1-1 D2", index.parentAt(index.position("I1")));
        assertEquals(List.of("D1-1", "D2"), index.areasOf(listedTwice));
        assertEquals(ElementIndex.NO_AREA, index.parentAt(index.position("I2")));
        assertEquals(ElementIndex.NO_AREA, index.parentOf(unlisted));
    }

    @Test
    void theCounterpartIsFoundAtTheSamePositionOrElsewhereByKey() {
        Framework before = MAKE.createFramework();
        before.getAreas().addAll(List.of(area("A"), area("B"), area("C")));
        Framework after = EcoreUtil.copy(before);
        after.getAreas().move(0, 2);
        after.getAreas().add(area("new"));

        ElementIndex old = new ElementIndex(before);
        ElementIndex changed = new ElementIndex(after);

        assertEquals(List.of("C", "A", "B", "new"), keys(changed));
        assertEquals(2, old.positionOf(changed, 0), "C moved to the front");
        assertEquals(0, old.positionOf(changed, 1));
        assertEquals(-1, old.positionOf(changed, 3), "new has no counterpart");
        assertEquals(1, changed.positionOf(old, 0));
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void theComparerAgreesWithSameOnEveryElementOfASampleAndItsEditedCopy(String sample) throws ModelLoadException {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        Framework copy = FrameworkFiles.loadFramework(Samples.framework(sample));
        FeatureFlattener.Comparer comparer = new FeatureFlattener.Comparer();
        List<EObject> pairs = new ArrayList<>();
        framework.eAllContents().forEachRemaining(pairs::add);
        List<EObject> copies = new ArrayList<>();
        copy.eAllContents().forEachRemaining(copies::add);
        for (int i = 0; i < pairs.size(); i++) {
            assertTrue(comparer.same(pairs.get(i), copies.get(i)), pairs.get(i)::toString);
        }
        // an edit in a contained part and one of a referenced element's id make elements differ
        for (int i = 0; i < copies.size(); i++) {
            if (copies.get(i) instanceof AggregationRule rule && !rule.getWeights().isEmpty()) {
                rule.getWeights().get(0).setPercent(rule.getWeights().get(0).getPercent() + 1);
                assertFalse(comparer.same(pairs.get(i), rule));
                assertEquals(FeatureFlattener.same(pairs.get(i), rule), comparer.same(pairs.get(i), rule));
            }
            if (copies.get(i) instanceof Area area && !area.getIndicators().isEmpty()) {
                Area original = (Area) pairs.get(i);
                area.getIndicators().get(0).setId(area.getIndicators().get(0).getId() + "-renamed");
                assertFalse(comparer.same(original, area), "the area lists another id");
            }
        }
        assertFalse(comparer.same(framework, MAKE.createArea()), "another class");
    }

    private static List<String> keys(ElementIndex index) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            keys.add(index.keyAt(i));
        }
        return keys;
    }

    private static Area area(String id) {
        Area area = MAKE.createArea();
        area.setId(id);
        return area;
    }

    private static Indicator indicator(String id) {
        Indicator indicator = MAKE.createIndicator();
        indicator.setId(id);
        return indicator;
    }
}
