package org.framewright.cli.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;
import org.framewright.model.LeadsTo;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/** The benchmark's large frameworks: copies of a sample with suffixed ids whose references stay in their copy. */
class ReplicatedFrameworkTest {

    @Test
    void threeCopiesHoldThreeTimesTheElementsWithUniqueSuffixedIds() throws Exception {
        Framework source = FrameworkFiles.loadFramework(Samples.framework("adass-2020-option-two.framework"));
        int sourceElements = ReplicatedFramework.identifiedElements(source);

        Framework replicated = ReplicatedFramework.of(source, 3);

        assertEquals(765, sourceElements);
        assertEquals(1 + 3 * (sourceElements - 1), ReplicatedFramework.identifiedElements(replicated));
        assertEquals(3 * source.getAreas().size(), replicated.getAreas().size());
        assertEquals("CA1-c1", replicated.getAreas().get(0).getId());
        assertEquals("CA1-c3", replicated.getAreas().get(2 * source.getAreas().size()).getId());
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> i = replicated.eAllContents(); i.hasNext();) {
            String id = EcoreUtil.getID(i.next());
            if (id != null) {
                assertTrue(ids.add(id), "id " + id + " is unique");
            }
        }
    }

    @Test
    void everyReferenceStaysWithinItsCopy() throws Exception {
        Framework source = FrameworkFiles.loadFramework(Samples.framework("adass-2020-option-two.framework"));

        Framework replicated = ReplicatedFramework.of(source, 2);

        int links = 0;
        for (TreeIterator<EObject> i = replicated.eAllContents(); i.hasNext();) {
            EObject element = i.next();
            links += element instanceof LeadsTo ? 1 : 0;
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference);
                for (Object target : value instanceof Iterable<?> list ? list : java.util.List.of(value)) {
                    assertEquals(suffix(element), suffix((EObject) target),
                        EcoreUtil.getID(element) + "." + reference.getName() + " -> " + EcoreUtil.getID((EObject) target));
                }
            }
        }
        assertEquals(2 * 449, links);
    }

    @Test
    void growthExponentIsOneForLinearAndTwoForQuadraticTimes() {
        assertEquals(1.0, GrowthTable.exponent(10, 3.0, 50, 15.0), 1e-9);
        assertEquals(2.0, GrowthTable.exponent(10, 1.0, 20, 4.0), 1e-9);
    }

    /** The copy an element belongs to: the suffix of its nearest identified container's id. */
    private static String suffix(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            String id = EcoreUtil.getID(e);
            if (id != null && id.matches(".*-c\\d+")) {
                return id.substring(id.lastIndexOf("-c"));
            }
        }
        return "";
    }
}
