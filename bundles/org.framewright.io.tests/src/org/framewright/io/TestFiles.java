package org.framewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;

/** Small helpers shared by the import tests: writing data files, loading sample frameworks, checking problems. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code folder/name}. */
    static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample framework with this file name. */
    static Framework sample(String fileName) {
        try {
            return FrameworkFiles.loadFramework(Samples.framework(fileName));
        } catch (ModelLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Asserts the problem's place, its column header, and that its message holds each of {@code fragments}. */
    static void assertProblem(DataProblem problem, Path file, long line, int column, String header,
        String... fragments) {
        String place = file + ":" + line + ":" + column + ": ";
        assertTrue(problem.toString().startsWith(place), () -> "expected " + place + "... but got " + problem);
        assertEquals(line, problem.line(), problem::toString);
        assertEquals(column, problem.column(), problem::toString);
        assertEquals(header, problem.columnName(), problem::toString);
        if (!header.isEmpty()) {
            assertTrue(problem.message().contains("'" + header + "'"), () -> "no column header in: " + problem);
        }
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment), () -> "'" + fragment + "' not in: " + problem);
        }
    }

    /** The only error of {@code result}. */
    static DataProblem onlyError(DataImport result) {
        assertEquals(1, result.errors().size(), () -> "expected one error, got " + result.errors());
        return result.errors().get(0);
    }

    /** An observation as one comparable line: council|name|period|id|group|category|value-or-marker. */
    public static String describe(Observation o) {
        return o.getCouncil().getId() + "|" + o.getCouncil().getName() + "|" + o.getPeriod() + "|" + o.getNodeId() + "|"
            + o.getGroup() + "|" + o.getCategory() + "|" + (o.getValue() != null ? o.getValue() : "missing:" + o.getMissingMarker());
    }

    /** All observations of {@code result}, described. */
    static List<String> observations(DataImport result) {
        return result.dataSet().getObservations().stream().map(TestFiles::describe).toList();
    }
}
