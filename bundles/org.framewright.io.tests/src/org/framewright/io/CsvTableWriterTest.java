package org.framewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV export: quoting, number cells, atomic replacement of files, and streams. */
class CsvTableWriterTest {

    private static final List<String> HEADER = List.of("council", "name", "score", "rating");

    @TempDir
    Path folder;

    @Test
    void cellsAreQuotedAndNumbersWrittenPlainly() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTableWriter.write(new PrintStream(bytes, true, StandardCharsets.UTF_8), HEADER, List.of(
            Arrays.asList("E06000010", "Kingston upon Hull, City of", 87.50, "Good"),
            Arrays.asList("E09000002", "Say \"hi\"", 1.0e-7, null),
            Arrays.asList("E1", "Caf\u00e9", Double.NaN, 3),
            Arrays.asList("E2", "", 0.1f, 2.5e9)));

        assertEquals("""
            council,name,score,rating
            E06000010,"Kingston upon Hull, City of",87.5,Good
            E09000002,"Say ""hi\""",0.0000001,
            E1,Caf\u00e9,,3
            E2,,0.1,2500000000
            """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whatIsWrittenReadsBackAsCouncilData() throws Exception {
        Path file = folder.resolve("out.csv");
        CsvTableWriter.write(file, List.of("council", "council_name", "id", "value"),
            List.of(List.of("E06000010", "Kingston upon Hull, City of", "2B", 24.9)));

        DataImport result = CouncilDataReader.read(file, null);

        assertEquals(List.of("E06000010|Kingston upon Hull, City of|null|2B|null|null|24.9"),
            TestFiles.observations(result));
    }

    @Test
    void aFileIsReplacedOnlyOnCommit() throws Exception {
        Path file = Files.writeString(folder.resolve("results.csv"), "old\n");
        try (CsvTableWriter csv = CsvTableWriter.toFile(file, HEADER)) {
            csv.row("E1", "One", 1.0, "Good");
            assertEquals("old\n", Files.readString(file), "nothing visible before commit");
            csv.commit();
        }
        assertEquals("council,name,score,rating\nE1,One,1,Good\n", Files.readString(file));
        assertEquals(List.of(file), files(), "no temporary file left behind");
    }

    @Test
    void aFailureBeforeCommitLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(folder.resolve("results.csv"), "old\n");
        assertThrows(IllegalStateException.class, () -> {
            try (CsvTableWriter csv = CsvTableWriter.toFile(file, HEADER)) {
                csv.row("E1", "One", 1.0, "Good");
                throw new IllegalStateException("scoring failed half way");
            }
        });
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aFileInAMissingFolderFails() {
        assertThrows(IOException.class, () -> CsvTableWriter.toFile(folder.resolve("no/such/out.csv"), HEADER));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }
}
