package org.framewright.io;

import static org.framewright.io.TestFiles.observations;
import static org.framewright.io.TestFiles.sample;
import static org.framewright.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.framewright.model.Council;
import org.framewright.model.Observation;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real NHS England ASCOF open data ({@code shared/data/ascof/trend_data.csv}, 26,498 rows). Expectations
 * are computed from the file by plain line splitting, independently of the reader, besides the published counts.
 */
class AscofOpenDataTest {

    private static final String PERIOD = "2023-24";
    private static final Set<String> MEASURES_2023_24 = Set.of("1A", "1B", "1C", "1D", "1E", "2A", "2B", "2C", "2D1",
        "2D2", "2E", "3A", "3B", "3C1", "3C2", "3D1A", "3D1B", "3D2A", "3D2B", "4A", "5A1", "5A2");

    private static Path trendData;
    private static List<String> lines;
    private static DataImport result;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheRealFile() throws Exception {
        trendData = SharedData.file("ascof/trend_data.csv");
        lines = Files.readAllLines(trendData, StandardCharsets.UTF_8);
        result = CouncilDataReader.read(trendData, ImportOptions.forPeriod(PERIOD));
    }

    @Test
    void theFileIsRecognisedAndReadWithoutErrors() {
        assertEquals(DataFormat.ASCOF_OPEN_DATA_CSV, result.format());
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void exactlyTheCouncilsOf2023To24AndNoRegionOrEngland() {
        Set<String> councilCodes = new HashSet<>();
        Set<String> otherCodes = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            PlainLine cells = PlainLine.of(line);
            boolean council = "Council".equals(cells.level());
            if (council && cells.year().equals(PERIOD)) {
                councilCodes.add(cells.code());
            } else if (!council) {
                otherCodes.add(cells.code());
            }
        }
        Set<String> read = result.dataSet().getCouncils().stream().map(Council::getId).collect(Collectors.toSet());
        assertEquals(153, read.size());
        assertEquals(councilCodes, read);
        assertTrue(otherCodes.contains("E92000001") && otherCodes.contains("E12000006"), "England and regions exist");
        read.retainAll(otherCodes);
        assertEquals(Set.of(), read, "region, England or council-type codes read as councils");
    }

    @Test
    void theTwentyTwoMeasuresArePresent() {
        Set<String> ids = result.dataSet().getObservations().stream().map(Observation::getNodeId)
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(MEASURES_2023_24), ids);
        long councilRows = lines.stream().filter(line -> line.startsWith(PERIOD + ",") && line.contains(",Council,"))
            .count();
        assertEquals(councilRows, result.dataSet().getObservations().size());
    }

    @Test
    void spotValuesMatchTheFile() {
        for (String[] spot : new String[][] {{"E09000002", "1A"}, {"E08000016", "4A"}, {"E10000014", "3D2B"},
            {"E06000010", "2B"}, {"E06000060", "5A2"}}) {
            int lineIndex = findLine(spot[0], spot[1]);
            PlainLine cells = PlainLine.of(lines.get(lineIndex));
            double expected = Double.parseDouble(cells.value());
            Observation observation = result.dataSet().getObservations().stream()
                .filter(o -> o.getCouncil().getId().equals(spot[0]) && o.getNodeId().equals(spot[1]))
                .findFirst().orElse(null);
            assertNotNull(observation, () -> spot[0] + " " + spot[1]);
            assertEquals(expected, observation.getValue(), () -> spot[0] + " " + spot[1]);
            assertEquals(lineIndex + 1L, observation.getSourceLine());
            assertEquals(PERIOD, observation.getPeriod());
            assertEquals(cells.name(), observation.getCouncil().getName());
        }
    }

    @Test
    void withTheAscofSampleFrameworkNoIdIsUnknown() throws Exception {
        DataImport checked = CouncilDataReader.read(trendData, new ImportOptions(sample("ascof-2023-24.framework"),
            PERIOD));
        assertEquals(List.of(), checked.errors());
        assertEquals(result.dataSet().getObservations().size(), checked.dataSet().getObservations().size());
    }

    @Test
    void everyYearIsReadWithoutAPeriod() throws Exception {
        DataImport all = CouncilDataReader.read(trendData, ImportOptions.none());
        long councilRows = lines.stream().filter(line -> line.contains(",Council,")).count();
        assertEquals(List.of(), all.errors());
        assertEquals(councilRows, all.dataSet().getObservations().size());
        assertEquals(7, all.dataSet().getObservations().stream().map(Observation::getPeriod).distinct().count());
    }

    @Test
    void byteOrderMarkDisaggregationsAndOtherLevelsInASmallFile() throws Exception {
        Path file = write(folder, "ascof.csv", "\uFEFFYear,Geographical Description,ONS Code,Measure Group,"
            + "Measure Group Description,Measure_Value,Geographical Level,Disaggregation Level,Measure Type\n"
            + "2023-24,England,E92000001,1A,\"Quality, of life\",19.0,England,Total,Outcome\n"
            + "2023-24,London,E12000007,1A,Quality of life,18.5,Region,,\n"
            + "2023-24,Barnet,E09000003,1A,Quality of life,19.1,Council,Total,Outcome\n"
            + "2023-24,Barnet,E09000003,1A,Quality of life,18.2,Council,65+,Outcome\n"
            + "2023-24,Barnet,E09000003,1B,Quality of life,[c],council,,\n"
            + "2022-23,Barnet,E09000003,1A,Quality of life,19.3,Council,Total,Outcome\n");

        DataImport small = CouncilDataReader.read(file, ImportOptions.forPeriod(PERIOD));

        assertEquals(DataFormat.ASCOF_OPEN_DATA_CSV, small.format());
        assertEquals(List.of(), small.errors());
        assertEquals(List.of("E09000003|Barnet|2023-24|1A|null|null|19.1", "E09000003|Barnet|2023-24|1A|65+|null|18.2",
            "E09000003|Barnet|2023-24|1B|null|null|missing:[c]"), observations(small));
        TestFiles.assertProblem(small.missingValues().get(0), file, 6, 6, "Measure_Value", "missing value");
    }

    @Test
    void aMissingAscofColumnIsNamed() throws Exception {
        Path file = write(folder, "ascof.csv", "Year,ONS Code,Measure Group,Measure_Value\n2023-24,E1,1A,3\n");
        DataImport bad = CouncilDataReader.read(file, ImportOptions.none());
        TestFiles.assertProblem(TestFiles.onlyError(bad), file, 1, 1, "", "missing required column 'Geographical Level'");
    }

    private static int findLine(String code, String measure) {
        for (int i = 1; i < lines.size(); i++) {
            PlainLine cells = PlainLine.of(lines.get(i));
            if (cells.year().equals(PERIOD) && cells.code().equals(code) && cells.measure().equals(measure)
                && "Council".equals(cells.level())) {
                return i;
            }
        }
        throw new AssertionError("no line for " + code + " " + measure + " in " + trendData);
    }

    /**
     * One line of the published file split by hand: only the name and the description are ever quoted, and the
     * four last cells (value, level, disaggregation, type) never hold commas.
     */
    private record PlainLine(String year, String name, String code, String measure, String value, String level) {

        static PlainLine of(String line) {
            String year = line.substring(0, line.indexOf(','));
            String rest = line.substring(year.length() + 1);
            String name;
            if (rest.startsWith("\"")) {
                name = rest.substring(1, rest.indexOf("\","));
                rest = rest.substring(rest.indexOf("\",") + 2);
            } else {
                name = rest.substring(0, rest.indexOf(','));
                rest = rest.substring(name.length() + 1);
            }
            String[] cells = rest.split(",", -1);
            return new PlainLine(year, name, cells[0], cells[1], cells[cells.length - 4], cells[cells.length - 3]);
        }
    }
}
