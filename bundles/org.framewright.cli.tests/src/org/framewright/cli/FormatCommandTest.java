package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright format}: non-canonical files become canonical; canonical ones are not touched. */
class FormatCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    @Test
    void aHandEditedFileBecomesCanonical() throws Exception {
        byte[] canonical = Files.readAllBytes(Samples.framework("cqc-la-2023.framework"));
        Path file = folder.resolve("cqc.framework");
        // hand-edited: attributes re-wrapped onto one line and a trailing blank line
        Files.writeString(file, new String(canonical, "UTF-8").replace("\n        ", " ").replace("\n      ", " ") + "\n\n");
        assertNotEquals(new String(canonical, "UTF-8"), Files.readString(file));

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": formatted" + NL, run.err());
        assertArrayEquals(canonical, Files.readAllBytes(file));
        assertEquals(0, Files.list(folder).filter(p -> !p.equals(file)).count(), "no temporary file left behind");
    }

    @Test
    void aDoctypeWithEntitiesIsNotDroppedSilently() throws Exception {
        String canonical = Files.readString(Samples.framework("csci-2006.framework"));
        int rootStart = canonical.indexOf("<fw:Framework");
        Path file = folder.resolve("entities.framework");
        Files.writeString(file, canonical.substring(0, rootStart)
            + "<!DOCTYPE fw:Framework [<!ENTITY secret SYSTEM \"file:///etc/passwd\"><!ENTITY name \"x\">]>\n"
            + canonical.substring(rootStart));

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": formatted; its DOCTYPE was removed with its 2 entity declarations (entities are never"
            + " expanded: references to them were not read)" + NL, run.err());
        assertEquals(canonical, Files.readString(file));
    }

    @Test
    void aCanonicalFileIsLeftByteIdenticalAndUntouched() throws Exception {
        Path file = folder.resolve("csci-2006.framework");
        Files.copy(Samples.framework("csci-2006.framework"), file);
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, before);

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": already canonical" + NL, run.err());
        assertArrayEquals(Files.readAllBytes(Samples.framework("csci-2006.framework")), Files.readAllBytes(file));
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void anUnreadableFileExitsTwoAndIsLeftAsItWas() throws Exception {
        Path file = folder.resolve("broken.framework");
        Files.writeString(file, "<fw:Framework xmlns:fw=\"http://framewright.org/framework/1.0\" id=\"x\">");

        CliRun run = CliRun.of("format", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("<fw:Framework xmlns:fw=\"http://framewright.org/framework/1.0\" id=\"x\">", Files.readString(file));
        assertEquals("", run.out());
    }
}
