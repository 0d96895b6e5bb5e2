package org.framewright.diagram.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout file beside the model: round trip, absence, removal when empty, errors naming the file. */
class DiagramLayoutFileTest {

    @TempDir
    Path folder;

    @Test
    void positionsRoundTripAndAnEmptyLayoutRemovesTheFile() throws IOException {
        Path model = folder.resolve("x.framework");
        assertTrue(DiagramLayoutFile.read(model).all().isEmpty(), "no file: empty layout");
        DiagramLayout layout = new DiagramLayout();
        layout.setPosition(DiagramKey.logicModel("LM1"), "e1", new DiagramLayout.Position(10.5, 20));
        layout.setPosition(DiagramKey.STRUCTURE, "a1", new DiagramLayout.Position(-3, 4));
        DiagramLayoutFile.write(model, layout);
        assertEquals(folder.resolve("x.framework.layout"), DiagramLayoutFile.of(model));
        assertEquals(layout.all(), DiagramLayoutFile.read(model).all());

        layout.replacePositions(DiagramKey.logicModel("LM1"), Map.of());
        layout.setPosition(DiagramKey.STRUCTURE, "a1", null);
        DiagramLayoutFile.write(model, layout);
        assertFalse(Files.exists(DiagramLayoutFile.of(model)));
    }

    @Test
    void filtersRoundTripPerDiagramAndAFileWithoutThemHasNone() throws IOException {
        Path model = folder.resolve("f.framework");
        DiagramLayout layout = new DiagramLayout();
        layout.setFilters(DiagramKey.STRUCTURE, Set.of("HIDE_INDICATORS", "SHOW_CLASSIFICATIONS"));
        DiagramLayoutFile.write(model, layout);
        assertTrue(Files.readString(DiagramLayoutFile.of(model)).contains("\"filters\""));
        DiagramLayout read = DiagramLayoutFile.read(model);
        assertEquals(Set.of("HIDE_INDICATORS", "SHOW_CLASSIFICATIONS"), read.filters(DiagramKey.STRUCTURE));
        assertEquals(Set.of(), read.filters(DiagramKey.logicModel("LM1")));

        Files.writeString(DiagramLayoutFile.of(model), "{\"version\":1,\"diagrams\":{}}");
        assertTrue(DiagramLayoutFile.read(model).allFilters().isEmpty(), "an older file has no filters");
    }

    @Test
    void aBrokenFileIsReportedWithItsName() throws IOException {
        Path model = folder.resolve("y.framework");
        Files.writeString(DiagramLayoutFile.of(model), "{ not json");
        IOException e = assertThrows(IOException.class, () -> DiagramLayoutFile.read(model));
        assertTrue(e.getMessage().startsWith(DiagramLayoutFile.of(model) + ":1:1:"), e.getMessage());
    }
}
