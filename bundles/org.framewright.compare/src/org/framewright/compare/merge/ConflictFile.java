package org.framewright.compare.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.io.CsvTableWriter;

/**
 * {@code <merged file>.conflicts}: the conflicts of a merge as CSV with the columns
 * {@code element,path,feature,base,ours,theirs,reason}, beside the merged file, so that a person (or the workbench's
 * merge editor) can settle them. A clean merge leaves no such file.
 */
public final class ConflictFile {

    /** The suffix appended to the merged file's name. */
    public static final String SUFFIX = ".conflicts";

    /** The CSV header. */
    public static final List<String> HEADER = List.of("element", "path", "feature", "base", "ours", "theirs", "reason");

    private ConflictFile() {
    }

    /** The conflict file beside {@code mergedFile}. */
    public static Path of(Path mergedFile) {
        return mergedFile.resolveSibling(mergedFile.getFileName() + SUFFIX);
    }

    /** Writes the conflicts beside {@code mergedFile} (atomically), or removes a stale file when there are none. */
    public static void write(Path mergedFile, List<MergeConflict> conflicts) throws IOException {
        Path file = of(mergedFile);
        if (conflicts.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        CsvTableWriter.write(file, HEADER, conflicts.stream().map(c -> List.of(c.element(), c.path(), c.feature(),
            c.base(), c.ours(), c.theirs(), c.reason())).toList());
    }
}
