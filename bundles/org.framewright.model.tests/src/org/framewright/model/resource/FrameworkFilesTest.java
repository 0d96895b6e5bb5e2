package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading reports bad files by file, line and column; saving is deterministic and leaves no temporary files. */
class FrameworkFilesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<fw:Framework xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
        + "xmlns:fw=\"http://framewright.org/framework/1.0\" id=\"broken\">\n";

    @TempDir
    Path folder;

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path file = write("malformed.framework", HEADER + "  <areas id=\"A1\">\n  </indicators>\n</fw:Framework>\n");

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> FrameworkFiles.loadFramework(file));

        String line = problem.problems().get(0);
        assertTrue(line.startsWith(file + ":4:"), line);
        assertTrue(line.matches(".*:4:\\d+: The element type \"areas\" must be terminated by the matching end-tag \"</areas>\"\\."), line);
    }

    @Test
    void unknownAttributeNamesTheFeatureAndLine() throws Exception {
        Path file = write("unknown.framework", HEADER + "  <indicators id=\"1A\" colour=\"blue\"/>\n</fw:Framework>\n");

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> FrameworkFiles.loadFramework(file));

        assertTrue(problem.problems().stream().anyMatch(p -> p.startsWith(file + ":3:") && p.contains("colour")),
            problem.problems().toString());
    }

    @Test
    void badEnumerationValueIsReportedNotThrown() throws Exception {
        Path file = write("enum.framework", HEADER + "  <indicators id=\"1A\" polarity=\"sideways\"/>\n</fw:Framework>\n");

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> FrameworkFiles.loadFramework(file));

        assertTrue(problem.problems().get(0).startsWith(file + ":3:"), problem.problems().toString());
    }

    @Test
    void missingFileIsNamed() {
        Path file = folder.resolve("nowhere.framework");

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> FrameworkFiles.loadFramework(file));

        assertEquals(List.of(file + ": no such file"), problem.problems());
    }

    @Test
    void emptyFileIsReported() throws Exception {
        Path file = write("empty.framework", "");

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> FrameworkFiles.loadFramework(file));

        assertTrue(problem.problems().get(0).startsWith(file.toString()), problem.problems().toString());
    }

    @Test
    void savingTwiceGivesTheSameBytesAndLeavesNoTemporaryFiles() throws Exception {
        Path file = folder.resolve("new.framework");
        Framework framework = FrameworkFactory.eINSTANCE.createFramework();
        framework.setId("new");
        Indicator indicator = FrameworkFactory.eINSTANCE.createIndicator();
        indicator.setId("2A");
        indicator.setPolarity(Polarity.LOWER_IS_BETTER);
        framework.getIndicators().add(indicator);

        FrameworkFiles.saveAs(framework, file);
        byte[] first = Files.readAllBytes(file);
        indicator.setName("changed");
        FrameworkFiles.save(framework);
        indicator.setName(null);
        FrameworkFiles.save(framework);

        assertEquals(new String(first, "UTF-8"), Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(Polarity.LOWER_IS_BETTER,
            FrameworkFiles.loadFramework(file).getIndicators().get(0).getPolarity());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
