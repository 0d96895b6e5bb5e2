package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped sample loads, and saving it again gives the very same bytes (so Git diffs stay readable). */
class SampleRoundTripTest {

    @TempDir
    Path temporaryFolder;

    static List<String> samples() {
        return Samples.FRAMEWORKS;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void savingAnUnchangedSampleGivesIdenticalBytes(String sample) throws Exception {
        Path original = Samples.framework(sample);
        Framework framework = FrameworkFiles.loadFramework(original);

        // saved where it was loaded from, so references to sibling files keep their relative form
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        framework.eResource().save(saved, null);

        assertArrayEquals(Files.readAllBytes(original), saved.toByteArray(),
            sample + " is not in canonical form: load and save it once with the product to fix it");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void idsAndContentSurviveSaveAndLoad(String sample) throws Exception {
        Framework original = FrameworkFiles.loadFramework(Samples.framework(sample));
        Path copy = temporaryFolder.resolve(sample);
        FrameworkFiles.saveAs(EcoreUtil.copy(original), copy);

        Framework reloaded = FrameworkFiles.loadFramework(copy);

        assertTrue(EcoreUtil.equals(original, reloaded), sample + " changed in a save/load round trip");
        List<String> originalIds = ids(original);
        assertEquals(originalIds, ids(reloaded));
        assertFalse(originalIds.isEmpty());
        for (String id : originalIds) {
            EObject found = reloaded.eResource().getEObject(id);
            assertTrue(found instanceof ModelElement element && id.equals(element.getId()),
                "id " + id + " of " + sample + " does not resolve to its element after reload");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsAFrameworkWithItsFileNameAsId(String sample) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        assertEquals(sample.replace(".framework", ""), framework.getId());
        assertSame(framework, framework.eResource().getContents().get(0));
    }

    private static List<String> ids(Framework framework) {
        List<String> ids = new ArrayList<>();
        framework.eAllContents().forEachRemaining(object -> {
            if (object instanceof ModelElement element && element.getId() != null) {
                ids.add(element.getId());
            }
        });
        return ids;
    }
}
