package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --perturb-thresholds K --threshold-rules ...} on indicator rules: a thresholds rule's banding
 * and a target RAG rule's boundaries, on the West Northamptonshire sample and its councils. The sample's scheme has no
 * overall result, so the test writes a copy with one (the scorecard's mean of its indicators' RAG values, Red 1,
 * Amber 2, Green 3, to one decimal, rated with the RAG scale) and a thresholds rule for four percentages; the run
 * takes the fast path and names what it shifted.
 */
class SimulateIndicatorThresholdsCommandTest {

    @TempDir
    Path folder;

    @Test
    void theSummaryNamesRagAndIndicatorBoundariesOnTheFastPath() throws IOException {
        CliRun run = CliRun.of(simulate(rated(3), "--perturb-thresholds", "5", "--threshold-rules",
            "pct-bands,rag-target", "--format", "csv").toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("(fast path)"), run.err());
        assertTrue(run.err().contains("2 band boundaries of pct-bands-b +-5 points; 2 RAG boundaries of rag-target "
            + "+-5 points"), run.err());
        CliRun json = CliRun.of(simulate(rated(3), "--perturb-thresholds", "5", "--threshold-rules", "rag-target",
            "--format", "json").toArray(String[]::new));
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"2 RAG boundaries of rag-target +-5 points\""), json.out());
        assertTrue(json.out().contains("\"RAG thresholds of rag-target\""), json.out());
    }

    @Test
    void sensitivityByInputGivesEachRagBoundaryItsIndices() throws IOException {
        Path indices = folder.resolve("indices.csv");
        CliRun run = CliRun.of(simulate(rated(3), "--perturb", "weights:0", "--perturb-thresholds", "8",
            "--threshold-rules", "rag-target", "--sensitivity-by", "input", "--sensitivity-samples", "100",
            "--sensitivity-out", indices.toString(), "--format", "csv").toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(indices);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(
            "boundary at 0 % short of target (Amber/Green) of rag-target,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(
            "boundary at 5 % short of target (Red/Amber) of rag-target,")), lines.toString());
    }

    @Test
    void badValuesAreRefusedWithExitOneNamingThem() throws IOException {
        assertRefused(simulate(rated(3), "--perturb-thresholds", "-3", "--threshold-rules", "rag-target"),
            "simulate: --perturb-thresholds takes a number of points of at least 0, not '-3'");
        assertRefused(simulate(rated(3), "--perturb-thresholds", "3", "--threshold-rules", "rag-targets"),
            "simulate: --threshold-rules: scheme rag has no rule or banding 'rag-targets'");
        // a RAG banding without its three bands: validation refuses the model, so nothing is simulated
        assertRefused(simulate(rated(2), "--perturb-thresholds", "5", "--threshold-rules", "rag-target"),
            "FW-IND-05 west-northamptonshire-2024/rag/rag-target: Indicator rule 'rag-target' (Month vs annual target)"
            + " of scheme 'rag': target RAG needs a banding of three bands (Red, Amber, Green); banding 'rag-bands' has 2");
    }

    private static void assertRefused(List<String> args, String message) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    private static List<String> simulate(Path model, String... more) {
        List<String> args = new ArrayList<>(List.of("simulate", model.toString(), "--data",
            Samples.data("west-northamptonshire-2024-councils.csv").toString(), "--scheme", "rag", "--samples", "300",
            "--seed", "5", "--threads", "2"));
        args.addAll(List.of(more));
        return args;
    }

    /**
     * A copy of the sample whose scheme {@code rag} has an overall result and the thresholds rule {@code pct-bands}
     * (first, so it scores its four indicators), with the RAG banding cut to {@code ragBands} bands.
     */
    private Path rated(int ragBands) throws IOException {
        String model = Files.readString(Samples.framework("west-northamptonshire-2024.framework"));
        String rules = """
            <bandings id="pct-bands-b" scale="rag-scale" step="1.0">
              <bands id="pct-red" lower="0.0" upper="69.0" level="rag-red"/>
              <bands id="pct-amber" lower="70.0" upper="84.0" level="rag-amber"/>
              <bands id="pct-green" lower="85.0" upper="100.0" level="rag-green"/>
            </bandings>
            <bandings id="scorecard-bands" scale="rag-scale" step="0.1">
              <bands id="scorecard-red" lower="1.0" upper="1.6" level="rag-red"/>
              <bands id="scorecard-amber" lower="1.7" upper="2.3" level="rag-amber"/>
              <bands id="scorecard-green" lower="2.4" upper="3.0" level="rag-green"/>
            </bandings>
            <indicatorRules id="pct-bands" indicators="2B1 2D assessments-28-days complaints-timescale"
                method="thresholds" banding="pct-bands-b" missingData="fail"/>
            """;
        String overall = """
            <aggregations id="agg-scorecard" areas="scorecard saf" inputs="indicators" inputValue="level value"
                method="mean" missingData="exclude and re-weight"/>
            <aggregations id="agg-overall" overall="true" inputs="children" method="mean" banding="scorecard-bands"
                missingData="exclude and re-weight">
              <rounding mode="half up" decimals="1"/>
            </aggregations>
            """;
        int rag = model.indexOf("<indicatorRules id=\"rag-target\"");
        model = model.substring(0, rag) + rules + model.substring(rag);
        int end = model.indexOf("</schemes>");
        model = model.substring(0, end) + overall + model.substring(end);
        model = model.replace("<schemes id=\"rag\"", "<schemes id=\"rag\" ratingScale=\"rag-scale\" ranking=\"highest first\"");
        if (ragBands < 3) {
            model = model.replaceFirst("<bands id=\"rag-band-green\"[^>]*/>", "");
        }
        Path file = folder.resolve("west-northamptonshire-rated-" + ragBands + ".framework");
        Files.writeString(file, model);
        return file;
    }
}
