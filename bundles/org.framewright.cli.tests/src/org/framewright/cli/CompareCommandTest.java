package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright compare} on the real ASCOF 2019-20 data: ASCOF 2019-20 against a revision without 3A. */
class CompareCommandTest {

    private static final String ASCOF = Samples.framework("ascof-2019-20.framework").toString();

    @TempDir
    static Path folder;
    private static String revised;
    private static String data;

    @BeforeAll
    static void writeRevision() throws Exception {
        Framework framework = EcoreUtil.copy(FrameworkFiles.loadFramework(Path.of(ASCOF)));
        framework.getAreas().get(2).getIndicators().removeIf(i -> i.getId().equals("3A"));
        Path file = folder.resolve("ascof-without-3a.framework");
        FrameworkFiles.saveAs(framework, file);
        revised = file.toString();
        data = SharedData.file("ascof/trend_data.csv").toString();
    }

    @Test
    void tableListsTheCouncilsThatMoveWithTheirReasons() {
        CliRun run = CliRun.of("compare", ASCOF, revised, "--data", data, "--period", "2019-20");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*\\d+ of \\d+ councils change rating or rank.*"), run.out());
        assertTrue(run.out().contains("D3 "), run.out());
    }

    @Test
    void csvHasOneRowPerCouncilWithTheContractColumns() throws Exception {
        CliRun run = CliRun.of("compare", ASCOF, revised, "--data", data, "--period", "2019-20", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("council_id", "council_name", "rating_a", "rating_b", "rank_a", "rank_b",
            "rank_change", "score_a", "score_b", "changed", "reasons"), records.get(0).getParser().getHeaderNames());
        assertTrue(records.size() > 140, "every council with 2019-20 data");
        assertTrue(records.stream().anyMatch(r -> r.get("changed").equals("true")
            && r.get("reasons").startsWith("D3 ")));
    }

    @Test
    void twoSchemesOfOneModelAndUnknownIds() {
        CliRun same = CliRun.of("compare", ASCOF, "--data", data, "--period", "2019-20", "--scheme-a",
            "composite-minmax", "--scheme-b", "composite-minmax");
        assertEquals(0, same.exitCode(), same.err());
        assertTrue(same.out().contains("0 of "), same.out());
        CliRun unknown = CliRun.of("compare", ASCOF, "--data", data, "--scenario-b", "nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no scenario 'nope'"), unknown.err());
    }

    @Test
    void aScenarioOfTheSameSchemeTracesStarChangesToTheDeliveryGrade() throws Exception {
        CliRun run = CliRun.of("compare", Samples.framework("csci-2006.framework").toString(), "--data",
            Samples.data("csci-2006-councils.csv").toString(), "--scenario-b", "delivery-weakest-outcome",
            "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(run.out())).getRecords();
        List<CSVRecord> moved = records.stream().filter(r -> !r.get("rating_a").equals(r.get("rating_b"))).toList();
        assertTrue(!moved.isEmpty(), run.out());
        for (CSVRecord council : moved) {
            assertTrue(council.get("reasons").startsWith("delivery "), council.toString());
        }
    }

    @Test
    void unreadableInputIsExitTwo() {
        assertEquals(2, CliRun.of("compare", ASCOF, revised, "--data", "no-such.csv").exitCode());
        assertEquals(2, CliRun.of("compare", ASCOF, revised).exitCode());
    }
}
