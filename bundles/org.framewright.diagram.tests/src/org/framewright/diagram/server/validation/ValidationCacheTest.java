package org.framewright.diagram.server.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The validation results a diagram shows are reused while the model is unchanged and recomputed after a change. */
class ValidationCacheTest {

    private static final FrameworkFactory FACTORY = FrameworkFactory.eINSTANCE;
    private Framework framework;
    private LogicModel logicModel;

    @BeforeEach
    void createFramework() {
        framework = FACTORY.createFramework();
        framework.setId("cache-test");
        framework.setName("Cache test");
        Area area = FACTORY.createArea();
        area.setId("A1");
        area.setName("Area");
        framework.getAreas().add(area);
        logicModel = FACTORY.createLogicModel();
        logicModel.setId("LM");
        logicModel.setName("Logic model");
        area.setLogicModel(logicModel);
        logicModel.getElements().add(element("O1", LogicElementKind.OUTCOME));
        FrameworkFiles.newResourceSet().createResource(URI.createFileURI("/tmp/cache-test.framework"))
                .getContents().add(framework);
    }

    private static LogicElement element(String id, LogicElementKind kind) {
        LogicElement element = FACTORY.createLogicElement();
        element.setId(id);
        element.setKind(kind);
        element.setName("Element " + id);
        return element;
    }

    private static List<String> unmeasuredOutcomes(List<ModelDiagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.code().equals("FW-LOGIC-02"))
                .map(d -> ((LogicElement) d.element()).getId()).sorted().toList();
    }

    @Test
    void unchangedModelReusesTheResults() {
        List<ModelDiagnostic> first = ValidationCache.diagnostics(framework);
        assertEquals(List.of("O1"), unmeasuredOutcomes(first));
        assertSame(first, ValidationCache.diagnostics(framework));
        // setting a value to what it already is (a touch) changes nothing
        logicModel.getElements().get(0).setName("Element O1");
        assertSame(first, ValidationCache.diagnostics(framework));
    }

    @Test
    void addingAnElementRevalidates() {
        List<ModelDiagnostic> first = ValidationCache.diagnostics(framework);
        logicModel.getElements().add(element("O2", LogicElementKind.OUTCOME));
        List<ModelDiagnostic> second = ValidationCache.diagnostics(framework);
        assertNotSame(first, second);
        assertEquals(List.of("O1", "O2"), unmeasuredOutcomes(second));
    }

    @Test
    void changingANewlyAddedElementRevalidates() {
        assertEquals(List.of("O1"), unmeasuredOutcomes(ValidationCache.diagnostics(framework)));
        LogicElement added = element("X2", LogicElementKind.ACTIVITY);
        logicModel.getElements().add(added);
        assertEquals(List.of("O1"), unmeasuredOutcomes(ValidationCache.diagnostics(framework)));
        // the cache watches elements added after it was installed too
        added.setKind(LogicElementKind.OUTCOME);
        assertEquals(List.of("O1", "X2"), unmeasuredOutcomes(ValidationCache.diagnostics(framework)));
        logicModel.getElements().remove(added);
        assertEquals(List.of("O1"), unmeasuredOutcomes(ValidationCache.diagnostics(framework)));
    }

    @Test
    void decorationsFollowTheChangedModel() {
        LogicElement outcome = logicModel.getElements().get(0);
        assertTrue(!DiagramDiagnostics.of(framework).issuesOf(outcome).isEmpty());
        outcome.setKind(LogicElementKind.OUTPUT);
        assertTrue(DiagramDiagnostics.of(framework).issuesOf(outcome).isEmpty());
    }
}
