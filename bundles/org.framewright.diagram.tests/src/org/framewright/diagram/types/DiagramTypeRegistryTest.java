package org.framewright.diagram.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.diagram.server.layout.DiagramKey;
import org.framewright.diagram.server.logicmodel.LogicModelDiagramModule;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureDiagramModule;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagram types come from the extension point {@code org.framewright.diagram.types}: Framewright's own two are
 * contributed there by this bundle's plugin.xml like any plugin's, and the GLSP server serves what the registry lists.
 */
class DiagramTypeRegistryTest {

    @TempDir
    Path folder;

    @Test
    void everyBuiltInDiagramTypeIsContributedThroughTheExtensionPoint() {
        assertNotNull(RegistryFactory.getRegistry(), "the tests run inside OSGi, with the extension registry");
        IConfigurationElement[] contributions = RegistryFactory.getRegistry()
            .getConfigurationElementsFor(DiagramTypeRegistry.EXTENSION_POINT);
        for (DiagramType builtIn : DiagramTypeRegistry.builtIns()) {
            DiagramType installed = DiagramTypeRegistry.find(builtIn.id()).orElseThrow(
                () -> new AssertionError(builtIn.id() + " is not installed"));
            assertEquals("org.framewright.diagram", installed.contributor(), builtIn.id());
            assertEquals(builtIn.label(), installed.label());
            assertEquals(builtIn.opensOn(), installed.opensOn());
            assertEquals(builtIn.order(), installed.order());
            assertTrue(List.of(contributions).stream().anyMatch(c -> builtIn.id().equals(c.getAttribute("id"))
                && "org.framewright.diagram".equals(c.getContributor().getName())), builtIn.id() + " in plugin.xml");
        }
        assertEquals(StructureDiagramModule.class,
            DiagramTypeRegistry.find(StructureTypes.DIAGRAM_TYPE).orElseThrow().module().getClass());
        assertEquals(LogicModelDiagramModule.class,
            DiagramTypeRegistry.find(LogicModelTypes.DIAGRAM_TYPE).orElseThrow().module().getClass());
        List<String> ids = DiagramTypeRegistry.installed().stream().map(DiagramType::id).toList();
        assertEquals(List.of(StructureTypes.DIAGRAM_TYPE, LogicModelTypes.DIAGRAM_TYPE), ids.subList(0, 2),
            "the built-ins come first (order 100, 200)");
    }

    @Test
    void aDiagramTypeOpensOnInstancesOfItsClass() throws Exception {
        DiagramType structure = DiagramTypeRegistry.find(StructureTypes.DIAGRAM_TYPE).orElseThrow();
        DiagramType logicModel = DiagramTypeRegistry.find(LogicModelTypes.DIAGRAM_TYPE).orElseThrow();
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            Framework framework = diagram.state().framework();
            LogicModel model = framework.getAreas().stream().filter(a -> a.getLogicModel() != null).findFirst()
                .orElseThrow().getLogicModel();
            assertTrue(structure.opensOnFramework());
            assertTrue(structure.opensOn(framework));
            assertFalse(structure.opensOn(model));
            assertTrue(logicModel.opensOn(model));
            assertFalse(logicModel.opensOnFramework());
            assertEquals(FrameworkPackage.Literals.LOGIC_MODEL, logicModel.opensOn());
            assertEquals(structure, DiagramTypeRegistry.firstOpeningOn(framework).orElseThrow());
            assertEquals(logicModel, DiagramTypeRegistry.firstOpeningOn(model).orElseThrow());
        }
    }

    @Test
    void theServerServesEachRegisteredTypeUnderItsOwnLayoutKey() throws Exception {
        try (DiagramSession structure = DiagramSession.openSample("adass-2020-option-two.framework", folder, null)) {
            assertEquals(DiagramKey.STRUCTURE, structure.state().diagramKey());
            assertFalse(structure.nodes(StructureTypes.AREA).isEmpty());
        }
        assertEquals(DiagramKey.STRUCTURE, DiagramKey.of(StructureTypes.DIAGRAM_TYPE, null));
        assertEquals(DiagramKey.logicModel("CA1-LM"), DiagramKey.of(LogicModelTypes.DIAGRAM_TYPE, "CA1-LM"));
        assertEquals("example-lineage", DiagramKey.of("example-lineage", ""));
        assertEquals("example-kind/CA1-LM", DiagramKey.of("example-kind", "CA1-LM"));
    }
}
