package org.framewright.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * One way to write a file: every file Framewright writes on the file system (models, layouts, comments, CSV, exports,
 * chart PNGs, benchmark data) goes through {@code org.framewright.model.resource.AtomicFiles} (whole or not at all, an
 * existing file keeping its permissions). Only that class and its {@code AtomicFile} open files for writing; no other
 * hand-written or generated class of a non-test bundle calls Java's or SWT's writers on a path. Workspace writes
 * ({@code IFile.create}, {@code setContents}) go through Eclipse's resources and are not counted.
 */
class OneFileWriterTest {

    /** Java and SWT calls that write a file by path. */
    static final Pattern WRITES = Pattern.compile("(?<![\\w])Files\\.(write|writeString|newBufferedWriter|newOutputStream"
        + "|copy|move|newByteChannel)\\(|new (FileOutputStream|FileWriter|RandomAccessFile)\\("
        + "|new (PrintStream|PrintWriter)\\((new File|[\\w.]+\\.toFile\\(\\)|[\\w.]+\\.toString\\(\\))"
        + "|FileChannel\\.open\\(|\\.save\\([^,()]*(toString\\(\\)|getAbsolutePath\\(\\))\\s*,\\s*SWT\\.IMAGE_");

    /** The one writer. */
    static final List<String> WRITER = List.of("src/org/framewright/model/resource/AtomicFile.java",
        "src/org/framewright/model/resource/AtomicFiles.java");

    @Test
    void onlyAtomicFilesWritesFiles() {
        List<String> writers = new ArrayList<>();
        for (BundleSources bundle : BundleSources.all()) {
            if (bundle.name().equals("org.framewright.testing")) {
                continue; // test helpers write fixtures into temporary folders
            }
            for (String[] text : bundle.texts()) {
                if (!text[0].endsWith(".java") || WRITER.contains(text[0])) {
                    continue;
                }
                String[] lines = text[1].split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (WRITES.matcher(lines[i]).find()) {
                        writers.add(bundle.name() + "/" + text[0] + ":" + (i + 1) + ": " + lines[i].trim());
                    }
                }
            }
        }
        assertEquals(List.of(), writers, "files written other than through model.resource.AtomicFiles");
    }

    @Test
    void thePatternSeesTheWritersAndNotTheirLookAlikes() {
        assertTrue(WRITES.matcher("try (Writer out = Files.newBufferedWriter(file, UTF_8)) {").find());
        assertTrue(WRITES.matcher("chart.save(file.toString(), SWT.IMAGE_PNG);").find());
        assertTrue(WRITES.matcher("new PrintStream(Files.newOutputStream(target))").find());
        assertTrue(WRITES.matcher("new FileOutputStream(name)").find());
        assertFalse(WRITES.matcher("AtomicFiles.writeString(out, merged);").find());
        assertFalse(WRITES.matcher("new PrintStream(bytes, true, StandardCharsets.UTF_8)").find());
        assertFalse(WRITES.matcher("loader.save(out.stream(), SWT.IMAGE_PNG);").find());
    }
}
