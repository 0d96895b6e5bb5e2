package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright audit --weights FILE [--keep KIND]} on the real ASCOF 2023-24 data, and bad input. */
class AuditWeightsCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2023-24.framework").toString();
    private static final String DATA = SharedData.file("ascof/trend_data.csv").toString();

    @Test
    void theWeightsCsvHasOneRowPerWeightedInput(@TempDir Path folder) throws IOException {
        Path csv = folder.resolve("weights.csv");
        CliRun run = CliRun.of("audit", ASCOF, "--data", DATA, "--period", "2023-24", "--weights", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        // the audit itself is written as before
        assertTrue(run.out().startsWith("Statistical audit of ascof-2023-24"), run.out());
        List<CSVRecord> rows = read(csv);
        // the README's example is this output
        System.out.print(Files.readString(csv));
        System.out.print(run.err());
        assertEquals(List.of("row", "id", "area", "current", "effective", "pca", "optimised"),
            rows.get(0).getParser().getHeaderNames());
        // 22 measures under areas 1-5, then the 6 areas under overall
        assertEquals(28, rows.size());
        double[] indicators = new double[4];
        double[] areas = new double[4];
        for (CSVRecord row : rows) {
            assertEquals(String.valueOf(rows.indexOf(row) + 1), row.get("row"));
            double[] sums = row.get("area").equals("overall") ? areas : indicators;
            for (int i = 0; i < 4; i++) {
                sums[i] += Double.parseDouble(row.get(3 + i));
            }
        }
        // every column is a share of the overall score: 100 over the measures and 100 over the areas
        for (int i = 0; i < 4; i++) {
            assertEquals(100, indicators[i], 1e-4, "column " + i);
            assertEquals(100, areas[i], 1e-4, "column " + i);
        }
        CSVRecord first = rows.get(0);
        assertEquals(List.of("1", "1A", "1", "4"), List.of(first.get(0), first.get(1), first.get(2), first.get(3)));
        CSVRecord area4 = rows.stream().filter(r -> r.get("id").equals("4")).findFirst().orElseThrow();
        CSVRecord measure4A = rows.stream().filter(r -> r.get("id").equals("4A")).findFirst().orElseThrow();
        assertEquals("20", area4.get("current"));
        assertEquals(area4.get("effective"), measure4A.get("effective"));
        CSVRecord area6 = rows.get(27);
        assertEquals(List.of("6", "overall", "0", "0", "0", "0"), List.of(area6.get(1), area6.get(2),
            area6.get(3), area6.get(4), area6.get(5), area6.get(6)));
    }

    @Test
    void keepWritesTheScenarioBesideTheModelAndItValidatesAndScores(@TempDir Path folder) throws IOException {
        Path model = folder.resolve("ascof-2023-24.framework");
        Files.copy(Path.of(ASCOF), model);
        // ASCOF 2023-24 is basedOn ASCOF 2019-20, a file beside it
        Files.copy(Samples.framework("ascof-2019-20.framework"), folder.resolve("ascof-2019-20.framework"));
        CliRun run = CliRun.of("audit", model.toString(), "--data", DATA, "--period", "2023-24", "--keep", "optimised",
            "--format", "json", "--out", folder.resolve("audit.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        System.out.print(run.err());
        Path kept = folder.resolve("ascof-2023-24-optimised.framework");
        assertTrue(run.err().contains("kept the optimised weights as " + kept), run.err());
        String text = Files.readString(kept);
        // weighted mean is the method's default, so the rules no longer name a method; they have weights
        assertFalse(text.contains("method=\"mean\""), text);
        assertTrue(text.contains("<weights part=\"1A\" percent="), text);
        assertTrue(text.contains("optimised weights"), text);
        CliRun validate = CliRun.of("validate", kept.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        CliRun score = CliRun.of("score", kept.toString(), "--data", DATA, "--period", "2023-24", "--format", "csv");
        assertEquals(0, score.exitCode(), score.err());
        assertEquals(153, score.out().lines().filter(l -> l.contains(",overall,")).count());
        // the model itself is unchanged
        assertEquals(Files.readString(Path.of(ASCOF)), Files.readString(model));
    }

    @Test
    void anUnknownKindIsAUsageError() {
        CliRun run = CliRun.of("audit", ASCOF, "--data", DATA, "--period", "2023-24", "--keep", "best");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("best") && run.err().contains("optimised"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void badDataIsReportedByFileLineAndColumnAndNoWeightsAreWritten(@TempDir Path folder) throws IOException {
        Path data = folder.resolve("bad.csv");
        Files.writeString(data, "council,council_name,period,id,group,category,value\n"
            + "E06000001,Hartlepool,2023-24,1A,,,19.1\nE06000002,Middlesbrough,2023-24,1A,,,nineteen\n");
        Path csv = folder.resolve("weights.csv");
        CliRun run = CliRun.of("audit", ASCOF, "--data", data.toString(), "--weights", csv.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*bad\\.csv:3:\\d+: .*"), run.err());
        assertFalse(Files.exists(csv));
        assertNoStackTrace(run);
    }

    @Test
    void anUnwritableWeightsFileIsNamed(@TempDir Path folder) throws IOException {
        Path directory = Files.createDirectory(folder.resolve("weights.csv"));
        CliRun run = CliRun.of("audit", ASCOF, "--data", DATA, "--period", "2023-24", "--weights",
            directory.toString());
        assertTrue(run.exitCode() != 0, run.err());
        assertTrue(run.err().contains("weights.csv"), run.err());
        assertNoStackTrace(run);
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }
}
