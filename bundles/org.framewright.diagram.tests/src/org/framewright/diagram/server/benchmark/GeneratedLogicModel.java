package org.framewright.diagram.server.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.model.resource.FrameworkFiles;

/**
 * A deterministic synthetic framework with one big logic model: {@code elements} elements spread over the six kinds
 * and {@code links} distinct leads-to links, each from one kind to the next.
 */
final class GeneratedLogicModel {

    static final String LOGIC_MODEL_ID = "BIG-LM";

    private GeneratedLogicModel() {
    }

    static Path write(Path folder, int elements, int links, long seed) throws IOException {
        FrameworkFactory factory = FrameworkFactory.eINSTANCE;
        Framework framework = factory.createFramework();
        framework.setId("generated");
        framework.setName("Generated benchmark framework");
        Area area = factory.createArea();
        area.setId("A1");
        area.setName("Generated area");
        framework.getAreas().add(area);
        LogicModel logicModel = factory.createLogicModel();
        logicModel.setId(LOGIC_MODEL_ID);
        logicModel.setName("Generated logic model");
        area.setLogicModel(logicModel);
        List<List<LogicElement>> byKind = new ArrayList<>();
        LogicElementKind.VALUES.forEach(kind -> byKind.add(new ArrayList<>()));
        for (int i = 0; i < elements; i++) {
            LogicElementKind kind = LogicElementKind.get(i % 6);
            LogicElement element = factory.createLogicElement();
            element.setId("e" + i);
            element.setKind(kind);
            element.setName(kind.getLiteral() + " number " + i + " of the generated logic model");
            logicModel.getElements().add(element);
            byKind.get(kind.getValue()).add(element);
        }
        Random random = new Random(seed);
        java.util.Set<String> made = new java.util.HashSet<>();
        while (made.size() < links) {
            int kind = random.nextInt(5);
            LogicElement source = byKind.get(kind).get(random.nextInt(byKind.get(kind).size()));
            LogicElement target = byKind.get(kind + 1).get(random.nextInt(byKind.get(kind + 1).size()));
            if (made.add(source.getId() + ">" + target.getId())) {
                LeadsTo link = factory.createLeadsTo();
                link.setId("l" + made.size());
                link.setSource(source);
                link.setTarget(target);
                logicModel.getLinks().add(link);
            }
        }
        Path file = folder.resolve("generated.framework");
        Resource resource = FrameworkFiles.newResourceSet().createResource(
                org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        resource.getContents().add(framework);
        FrameworkFiles.save(framework);
        return file;
    }
}
