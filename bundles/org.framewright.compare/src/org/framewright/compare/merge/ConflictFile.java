package org.framewright.compare.merge;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.io.CsvTableWriter;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;

/**
 * {@code <merged file>.conflicts}: the conflicts of a merge as CSV with the columns
 * {@code element,path,feature,base,ours,theirs,reason}, beside the merged file, so that a person (or the workbench's
 * merge editor) can settle them. A clean merge leaves no such file.
 */
public final class ConflictFile {

    /** The suffix appended to the merged file's name. */
    public static final String SUFFIX = ".conflicts";

    /** The suffix of THEIRS' model beside the merged file, kept while conflicts are pending (see {@link TakeTheirs}). */
    public static final String THEIRS_SUFFIX = ".theirs";

    /** The CSV header. */
    public static final List<String> HEADER = List.of("element", "path", "feature", "base", "ours", "theirs", "reason");

    private ConflictFile() {
    }

    /** The conflict file beside {@code mergedFile}. */
    public static Path of(Path mergedFile) {
        return mergedFile.resolveSibling(mergedFile.getFileName() + SUFFIX);
    }

    /** THEIRS' model beside {@code mergedFile}: {@code <merged file>.theirs}. */
    public static Path theirsOf(Path mergedFile) {
        return mergedFile.resolveSibling(mergedFile.getFileName() + THEIRS_SUFFIX);
    }

    /**
     * Writes the conflicts beside {@code mergedFile} and THEIRS' model (canonically) as {@code <merged file>.theirs},
     * so that the Merge editor can take THEIRS' version of whole elements, moves and orders; with no conflicts, removes
     * both stale files.
     */
    public static void write(Path mergedFile, List<MergeConflict> conflicts, Framework theirs) throws IOException {
        write(mergedFile, conflicts);
        if (!conflicts.isEmpty()) {
            Framework copy = EcoreUtil.copy(theirs);
            Resource resource = FrameworkFiles.newResourceSet().createResource(URI.createFileURI(
                theirsOf(mergedFile).toAbsolutePath().normalize().toString()));
            resource.getContents().add(copy);
            resource.save(null);
        }
    }

    /** THEIRS' model beside {@code mergedFile}; null when there is none (a merge from before it was written). */
    public static Framework readTheirs(Path mergedFile) throws IOException {
        Path file = theirsOf(mergedFile);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return FrameworkFiles.loadFramework(file);
        } catch (org.framewright.model.resource.ModelLoadException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the conflicts beside {@code mergedFile} (atomically), or removes a stale file (and THEIRS' model beside
     * it) when there are none.
     */
    public static void write(Path mergedFile, List<MergeConflict> conflicts) throws IOException {
        Path file = of(mergedFile);
        if (conflicts.isEmpty()) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(theirsOf(mergedFile));
            return;
        }
        CsvTableWriter.write(file, HEADER, conflicts.stream().map(c -> List.of(c.element(), c.path(), c.feature(),
            c.base(), c.ours(), c.theirs(), c.reason())).toList());
    }

    /**
     * The conflicts listed beside {@code mergedFile}; empty when there is no conflict file.
     *
     * @throws IOException when the file cannot be read or is not a conflict file; the message names the file and line
     */
    public static List<MergeConflict> read(Path mergedFile) throws IOException {
        Path file = of(mergedFile);
        if (!Files.exists(file)) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new IOException(file + ":1: expected the columns " + String.join(",", HEADER) + ", found "
                    + String.join(",", parser.getHeaderNames()));
            }
            List<MergeConflict> conflicts = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (row.size() != HEADER.size()) {
                    throw new IOException(file + ":" + parser.getCurrentLineNumber() + ": expected "
                        + HEADER.size() + " fields, found " + row.size());
                }
                conflicts.add(new MergeConflict(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5),
                    row.get(6)));
            }
            return conflicts;
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new IOException(file + ": not a conflict file (" + e.getMessage() + ")", e);
        }
    }
}
