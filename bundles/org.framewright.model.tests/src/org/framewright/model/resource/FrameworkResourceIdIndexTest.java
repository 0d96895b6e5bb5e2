package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Looking elements up by id through the resource's index follows every change of the model. */
class FrameworkResourceIdIndexTest {

    private static final FrameworkFactory FACTORY = FrameworkFactory.eINSTANCE;
    private Resource resource;
    private Framework framework;
    private Area first;

    @BeforeEach
    void createModel() {
        framework = FACTORY.createFramework();
        framework.setId("fw");
        first = area("A1");
        framework.getAreas().add(first);
        framework.getAreas().add(area("A2"));
        resource = FrameworkFiles.newResourceSet().createResource(URI.createFileURI("/tmp/index-test.framework"));
        resource.getContents().add(framework);
    }

    private static Area area(String id) {
        Area area = FACTORY.createArea();
        area.setId(id);
        area.setName("Area " + id);
        return area;
    }

    @Test
    void findsElementsAddedAfterTheIndexWasBuilt() {
        assertSame(first, resource.getEObject("A1"));
        Area added = area("A3");
        framework.getAreas().add(added);
        assertSame(added, resource.getEObject("A3"));
        assertNull(resource.getEObject("A4"));
    }

    @Test
    void followsChangedIds() {
        assertSame(first, resource.getEObject("A1"));
        first.setId("B1");
        assertNull(resource.getEObject("A1"));
        assertSame(first, resource.getEObject("B1"));
    }

    @Test
    void forgetsRemovedElements() {
        assertSame(first, resource.getEObject("A1"));
        framework.getAreas().remove(first);
        assertNull(resource.getEObject("A1"));
    }

    @Test
    void duplicateIdsGiveTheFirstInModelOrder() {
        framework.getAreas().get(1).setId("A1");
        assertSame(first, resource.getEObject("A1"));
        framework.getAreas().move(0, 1);
        framework.getAreas().remove(first);
        assertSame(framework.getAreas().get(0), resource.getEObject("A1"));
    }
}
