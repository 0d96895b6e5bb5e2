package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright simulate} on the real 2023-24 ASCOF data: the CSV contract, sensitivity output, errors. */
class SimulateCommandTest {

    private static String model() {
        return Samples.framework("ascof-2023-24.framework").toString();
    }

    private static String data() {
        return SharedData.file("ascof/trend_data.csv").toString();
    }

    @Test
    void csvHasTheContractColumnsAndOneRowPerCouncil() throws IOException {
        CliRun run = CliRun.of("simulate", model(), "--data", data(), "--period", "2023-24", "--samples", "400",
            "--seed", "42", "--perturb", "weights:0.25", "--threads", "2", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("council", "baseline_rating", "baseline_rank", "median_rank", "rank_p05", "rank_p95",
            "p_flip"), rows.get(0).getParser().getHeaderNames());
        assertEquals(153, rows.size());
        for (CSVRecord row : rows) {
            int baseline = Integer.parseInt(row.get("baseline_rank"));
            assertTrue(Integer.parseInt(row.get("rank_p05")) <= Integer.parseInt(row.get("median_rank")));
            assertTrue(Integer.parseInt(row.get("median_rank")) <= Integer.parseInt(row.get("rank_p95")));
            assertTrue(baseline >= 1 && baseline <= 153);
            double flip = Double.parseDouble(row.get("p_flip"));
            assertTrue(flip >= 0 && flip <= 1);
        }
        CliRun again = CliRun.of("simulate", model(), "--data", data(), "--period", "2023-24", "--samples", "400",
            "--seed", "42", "--threads", "1", "--format", "csv");
        assertEquals(run.out(), again.out(), "same seed, other thread count, default perturbation weights:0.25");
    }

    @Test
    void sensitivityGoesToItsOwnFileAndJsonCarriesIt(@TempDir Path folder) throws IOException {
        Path indices = folder.resolve("sensitivity.csv");
        CliRun run = CliRun.of("simulate", model(), "--data", data(), "--period", "2023-24", "--samples", "200",
            "--seed", "1", "--sensitivity", "--sensitivity-out", indices.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\"samples\":200,"), run.out());
        assertTrue(run.out().contains("\"sensitivity\":{\"output\":\"mean absolute rank shift\""));
        List<String> lines = Files.readAllLines(indices);
        assertEquals("input,first_order,first_low,first_high,total,total_low,total_high", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("weights of agg-areas,"));
    }

    @Test
    void ratedSchemesGetOneProbabilityColumnPerLevel() throws IOException {
        CliRun run = CliRun.of("simulate", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--samples", "60", "--seed", "3", "--perturb-rules",
            "agg-outcomes", "--perturb", "weights:0.5", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("council", "baseline_rating", "baseline_rank", "median_rank", "rank_p05", "rank_p95",
            "p_flip", "p_0", "p_1", "p_2", "p_3", "p_4"), rows.get(0).getParser().getHeaderNames());
        for (CSVRecord row : rows) {
            double total = 0;
            for (String level : List.of("p_0", "p_1", "p_2", "p_3", "p_4")) {
                total += row.get(level).isEmpty() ? 0 : Double.parseDouble(row.get(level));
            }
            assertEquals(1.0, total, 1e-9, row.toString());
            if (row.get("baseline_rating").isEmpty()) {
                continue;
            }
            double stayed = Double.parseDouble(row.get("p_" + row.get("baseline_rating")));
            assertEquals(1.0 - stayed, Double.parseDouble(row.get("p_flip")), 1e-9, "a flip is a different rating");
        }
    }

    @Test
    void sensitivityByInputNamesEveryWeightOnTheRatingKernel(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("by-input.csv");
        CliRun run = CliRun.of("simulate", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--samples", "200", "--seed", "3", "--perturb-rules",
            "agg-outcomes", "--perturb", "weights:0.5", "--format", "csv", "--sensitivity-by", "input",
            "--sensitivity-out", out.toString(), "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("(fast path)"), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("input,first_order,first_low,first_high,total,total_low,total_high", lines.get(0));
        assertEquals(List.of("weight of OP in agg-outcomes", "weight of CAR in agg-outcomes",
            "weight of LD in agg-outcomes", "weight of MH in agg-outcomes", "weight of PSD in agg-outcomes"),
            lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(','))).toList());
        CliRun byRule = CliRun.of("simulate", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--samples", "200", "--seed", "3", "--perturb-rules",
            "agg-outcomes", "--format", "csv", "--sensitivity-by", "rule", "--sensitivity-out",
            folder.resolve("by-rule.csv").toString());
        assertEquals(0, byRule.exitCode(), byRule.err());
        assertEquals(2, Files.readAllLines(folder.resolve("by-rule.csv")).size());
        CliRun wrong = CliRun.of("simulate", model(), "--data", data(), "--period", "2023-24", "--samples", "10",
            "--seed", "1", "--sensitivity-by", "weight");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("rule or input"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
    }

    @Test
    void usageAndUnreadableInputExitWithTwo() {
        CliRun noSamples = CliRun.of("simulate", model(), "--data", data(), "--seed", "1");
        assertEquals(2, noSamples.exitCode());
        assertTrue(noSamples.err().contains("--samples is required"), noSamples.err());
        CliRun badPerturb = CliRun.of("simulate", model(), "--data", data(), "--samples", "10", "--seed", "1",
            "--perturb", "weights:1.5");
        assertEquals(2, badPerturb.exitCode());
        CliRun missing = CliRun.of("simulate", model(), "--data", "no-such-file.csv", "--samples", "10", "--seed", "1");
        assertEquals(2, missing.exitCode());
        assertFalse(missing.err().contains("Exception"), missing.err());
        assertTrue(missing.out().isEmpty());
    }
}
