package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicModel;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

class IdAllocatorTest {

    @Test
    void prefixesAreTheClassNamesInLowerCaseWithHyphens() {
        assertEquals("area-", IdAllocator.prefixOf(FrameworkPackage.Literals.AREA));
        assertEquals("aggregation-rule-", IdAllocator.prefixOf(FrameworkPackage.Literals.AGGREGATION_RULE));
        assertEquals("leads-to-", IdAllocator.prefixOf(FrameworkPackage.Literals.LEADS_TO));
    }

    @Test
    void freshIdsSkipTheIdsOfTheFile() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        Area taken = framework.getAreas().get(0);
        String original = taken.getId();
        taken.setId("area-1");
        assertEquals("area-2", IdAllocator.freshId(framework.eResource(), "area-"));
        taken.setId(original);
        assertEquals("area-1", IdAllocator.freshId(framework.eResource(), "area-"));
    }

    @Test
    void assignIdsNamesTheNewElementAndItsContentsAndKeepsGivenIds() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        framework.getAreas().get(0).setId("area-1");
        Area area = FrameworkFactory.eINSTANCE.createArea();
        Area child = FrameworkFactory.eINSTANCE.createArea();
        area.getChildren().add(child);
        LogicModel logicModel = FrameworkFactory.eINSTANCE.createLogicModel();
        logicModel.setId("kept");
        area.setLogicModel(logicModel);

        IdAllocator.assignIds(framework.eResource(), area);

        assertEquals("area-2", area.getId());
        assertEquals("area-3", child.getId());
        assertEquals("kept", logicModel.getId());
        assertNull(framework.eResource().getEObject("area-2"), "assigning ids does not add the element");
        assertNotEquals(area.getId(), child.getId());
    }
}
