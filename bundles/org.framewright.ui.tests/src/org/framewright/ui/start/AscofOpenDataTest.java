package org.framewright.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

/** Finding the published ASCOF data beside the checkout, and saying clearly where it was looked for when it is not. */
class AscofOpenDataTest {

    @Test
    void findsThePublishedFileInTheSharedFolderBesideTheCheckout() throws CoreException {
        Path shared = SharedData.dataFolder().getParent();
        Path empty = Workbenches.targetFolder().resolve("no-shared-here");

        assertEquals(SharedData.file(AscofOpenData.RELATIVE_PATH), AscofOpenData.find(List.of(empty, shared)));
        assertEquals(SharedData.file(AscofOpenData.RELATIVE_PATH), AscofOpenData.find());
    }

    @Test
    void aMissingFileNamesEveryPlaceLookedAndHowToProvideIt() throws Exception {
        Path empty = Files.createDirectories(Workbenches.targetFolder().resolve("empty-shared"));

        CoreException missing = assertThrows(CoreException.class, () -> AscofOpenData.find(List.of(empty)));

        String message = missing.getStatus().getMessage();
        assertTrue(message.startsWith("The published ASCOF data (shared/data/ascof/trend_data.csv) was not found."),
            message);
        assertTrue(message.contains(empty.resolve("data/ascof/trend_data.csv").toString()), message);
        assertTrue(message.contains("-Dframewright.shared=FOLDER"), message);
        assertTrue(message.contains("File > Import > Framewright > Council Data"), message);
    }
}
