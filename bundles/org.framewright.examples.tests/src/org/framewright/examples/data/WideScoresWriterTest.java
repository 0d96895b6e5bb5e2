package org.framewright.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandRegistry;
import org.framewright.cli.Dispatcher;
import org.framewright.io.CouncilDataFormats;
import org.framewright.io.ResultWriters;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The example plugin's result writer, contributed through {@code org.framewright.io.formats}, is a format of
 * {@code ./framewright score} like the built-in ones: {@code --format wide-csv} on the real 2023-24 ASCOF data gives
 * every council's every node score that {@code --format csv} gives, and an unknown format lists the installed ones.
 * Its wide reader is offered by the import wizard's file filters.
 */
class WideScoresWriterTest {

    @Test
    void theBuiltinWritersComeFirstThenThePlugins() {
        assertEquals(List.of("table", "csv", "json", "wide-csv"), ResultWriters.ids(ResultWriters.SCORE));
        assertEquals("org.framewright.examples", ResultWriters.find(ResultWriters.SCORE, "wide-csv").contributor());
    }

    @Test
    void scoreWritesTheWideLayoutWithTheScoresOfTheLongOne() {
        String model = Samples.framework("ascof-2023-24.framework").toString();
        String data = SharedData.file("ascof/trend_data.csv").toString();
        Run wide = run("score", model, "--data", data, "--period", "2023-24", "--format", "wide-csv");
        Run csv = run("score", model, "--data", data, "--period", "2023-24", "--format", "csv");
        assertEquals(0, wide.code(), wide.err());
        assertEquals(0, csv.code(), csv.err());

        Map<String, String> longScores = new HashMap<>();
        Map<String, String> ranks = new HashMap<>();
        csv.out().lines().skip(1).map(l -> l.split(",", -1)).forEach(cells -> {
            longScores.put(cells[0] + " " + cells[1], cells[2]);
            if (!cells[4].isEmpty()) {
                ranks.put(cells[0], cells[4]);
            }
        });
        List<String> lines = wide.out().lines().toList();
        String[] header = lines.get(0).split(",", -1);
        assertEquals("council", header[0]);
        assertEquals("rank", header[1]);
        int cells = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            assertEquals(ranks.getOrDefault(row[0], ""), row[1], row[0]);
            for (int i = 2; i < header.length; i++) {
                assertEquals(longScores.get(row[0] + " " + header[i]), row[i], row[0] + " " + header[i]);
                cells++;
            }
        }
        assertEquals(longScores.size(), cells, "every council and node of the long output");
        assertTrue(lines.size() > 100, "councils: " + (lines.size() - 1));
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheInstalledWriters() {
        Run run = run("score", Samples.framework("ascof-2023-24.framework").toString(), "--data",
            SharedData.file("ascof/trend_data.csv").toString(), "--format", "xml");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--format must be one of table, csv, json, wide-csv, not 'xml'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theImportWizardOffersTheWideReader() {
        assertTrue(CouncilDataFormats.fileFilters().contains(new CouncilDataFormats.FileFilter(
            "Wide CSV (one row per council, one column per indicator) (*.csv)", "*.csv")),
            CouncilDataFormats.fileFilters().toString());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CommandContext context = new CommandContext(o, e, Path.of("."), "test", CommandRegistry.builtIn());
            int code = new Dispatcher(context, false).run(List.of(args));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
