package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.framewright.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading resolves references by id through one walk of the model, also when they point further down the file (areas
 * list indicators defined after them) or at ids the file lacks: load time grows linearly with the model.
 */
class FrameworkResourceLoadTest {

    private static final int AREAS = 40;

    @TempDir
    Path folder;

    /** A resource that counts the walks over its whole contents (each builds the id index). */
    static final class CountingResource extends FrameworkResource {
        int walks;

        CountingResource(URI uri) {
            super(uri);
        }

        @Override
        protected TreeIterator<EObject> getAllProperContents(List<EObject> contents) {
            walks++;
            return super.getAllProperContents(contents);
        }
    }

    @Test
    void referencesDownTheFileAreResolvedWithOneWalk() throws Exception {
        Path file = write(AREAS, "");
        ResourceSet resourceSet = countingResourceSet();

        Framework framework = FrameworkFiles.loadFramework(resourceSet, file);

        CountingResource resource = (CountingResource) framework.eResource();
        assertEquals(1, resource.walks, "walks over the model while loading " + AREAS + " areas' references");
        for (int i = 0; i < AREAS; i++) {
            assertSame(framework.getIndicators().get(i), framework.getAreas().get(i).getIndicators().get(0));
        }
    }

    @Test
    void idsTheFileLacksAreReportedWithTheirLineWithoutWalkingAgain() throws Exception {
        Path file = write(AREAS, " missing-a missing-b");
        ResourceSet resourceSet = countingResourceSet();

        ModelLoadException e = assertThrows(ModelLoadException.class,
            () -> FrameworkFiles.loadFramework(resourceSet, file));

        assertEquals(2 * AREAS, e.problems().size(), String.join("\n", e.problems()));
        assertTrue(e.problems().get(0).startsWith(file + ":3:"), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("missing-a"), e.problems().get(0));
        // the failed resource has left the resource set; the factory kept it
        assertEquals(1, lastCreated.walks);
    }

    private static CountingResource lastCreated;

    private static ResourceSet countingResourceSet() {
        ResourceSet resourceSet = FrameworkFiles.newResourceSet();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FrameworkResourceFactory.EXTENSION,
            new Resource.Factory() {
                @Override
                public Resource createResource(URI uri) {
                    lastCreated = new CountingResource(uri);
                    return lastCreated;
                }
            });
        return resourceSet;
    }

    /** A framework whose areas each list the indicator defined after all areas, plus {@code extraIds}. */
    private Path write(int areas, String extraIds) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fw:Framework xmi:version=\"2.0\""
            + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:fw=\"http://framewright.org/framework/1.0\" id=\"fw\">\n");
        for (int i = 0; i < areas; i++) {
            xml.append("  <areas id=\"A").append(i).append("\" indicators=\"I").append(i).append(extraIds).append("\"/>\n");
        }
        for (int i = 0; i < areas; i++) {
            xml.append("  <indicators id=\"I").append(i).append("\"/>\n");
        }
        xml.append("</fw:Framework>\n");
        Path file = folder.resolve("forward.framework");
        Files.writeString(file, xml);
        return file;
    }
}
