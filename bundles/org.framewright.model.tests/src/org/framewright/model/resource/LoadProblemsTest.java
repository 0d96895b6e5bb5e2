package org.framewright.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load problems say what is wrong in the user's terms with file:line:column (issue 10, point 4): no Java class
 * names, object hashes or parser exception names, one line each.
 */
class LoadProblemsTest {

    @TempDir
    Path folder;

    @Test
    void aReferenceToAnElementOfTheWrongKindNamesBothElementsAndTheLine() throws Exception {
        Path file = sampleWith("classifiedAs=\"kq-effective\"", "classifiedAs=\"QS2\"");

        List<String> problems = problems(file);

        assertEquals(1, problems.size(), problems::toString);
        String problem = problems.get(0);
        assertTrue(problem.startsWith(file + ":8:1: "), problem);
        assertTrue(problem.endsWith("classifiedAs of area 'QS1' refers to area 'QS2'; expected a classification group"),
            problem);
        assertFalse(problem.contains("Impl@"), problem);
    }

    @Test
    void invalidUtf8IsSaidSoWithoutTheParsersExceptionName() throws Exception {
        byte[] text = Files.readAllBytes(Samples.framework("cqc-la-2023.framework"));
        int at = new String(text, StandardCharsets.ISO_8859_1).indexOf("Effective");
        byte[] broken = new byte[text.length + 1];
        System.arraycopy(text, 0, broken, 0, at);
        broken[at] = (byte) 0xFF;
        System.arraycopy(text, at, broken, at + 1, text.length - at);
        Path file = Files.write(folder.resolve("latin.framework"), broken);

        String problem = problems(file).get(0);

        assertTrue(problem.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: the file is not valid"
            + " UTF-8 here .*; save it as UTF-8"), problem);
        assertFalse(problem.contains("Exception"), problem);
    }

    private Path sampleWith(String original, String replacement) throws Exception {
        String text = Files.readString(Samples.framework("cqc-la-2023.framework"));
        assertTrue(text.contains(original));
        return Files.writeString(folder.resolve("broken.framework"), text.replaceFirst(original, replacement));
    }

    private static List<String> problems(Path file) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> FrameworkFiles.loadFramework(file));
        e.problems().forEach(problem -> assertFalse(problem.contains("\n"), problem));
        return e.problems();
    }
}
