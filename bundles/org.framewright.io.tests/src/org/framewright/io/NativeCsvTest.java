package org.framewright.io;

import static org.framewright.io.TestFiles.assertProblem;
import static org.framewright.io.TestFiles.observations;
import static org.framewright.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Framewright's native long CSV: every missing marker, order of first appearance, periods, encodings. */
class NativeCsvTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "c", ":", "[c]", "[x]", "x", "*", "-", "na", "C", "[X]"})
    void everyMissingMarkerIsAMissingValueNeverZero(String marker) throws Exception {
        Path file = write(folder, "missing.csv", "council,id,value,period\nE09000002,1A,\"" + marker + "\",2023-24\n");

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(List.of(), result.errors());
        Observation observation = result.dataSet().getObservations().get(0);
        assertNull(observation.getValue());
        assertEquals(marker, observation.getMissingMarker());
        assertEquals(1, result.missingValues().size());
        assertProblem(result.missingValues().get(0), file, 2, 3, "value", "missing value", "E09000002", "1A");
    }

    @Test
    void councilsAndObservationsKeepTheOrderOfFirstAppearance() throws Exception {
        Path file = write(folder, "order.csv", """
            id,council,value
            1A,E09000003,1
            1A,E08000016,2
            1B,E09000003,3
            1A,E06000022,4
            """);

        DataImport result = CouncilDataReader.read(file, null);

        assertEquals(List.of("E09000003", "E08000016", "E06000022"),
            result.dataSet().getCouncils().stream().map(Council::getId).toList());
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0),
            result.dataSet().getObservations().stream().map(Observation::getValue).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L),
            result.dataSet().getObservations().stream().map(Observation::getSourceLine).toList());
        assertEquals("E09000003", result.dataSet().getCouncils().get(0).getName(), "unnamed council: named by code");
    }

    @Test
    void thePeriodOptionKeepsThatPeriodAndGivesItToRowsWithoutOne() throws Exception {
        Path file = write(folder, "periods.csv", """
            council,period,id,value
            E09000002,2022-23,1A,18.1
            E09000002,2023-24,1A,18.9
            E09000002,,1B,0.4
            """);

        DataImport result = CouncilDataReader.read(file, ImportOptions.forPeriod("2023-24"));

        assertEquals(List.of("E09000002|E09000002|2023-24|1A|null|null|18.9", "E09000002|E09000002|2023-24|1B|null|null|0.4"),
            observations(result));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aPeriodWithoutRowsIsReportedWithThePeriodsTheFileHas() throws Exception {
        Path file = write(folder, "periods.csv", "council,period,id,value\nE1,2022-23,1A,1\nE1,2021-22,1A,2\n");

        DataImport result = CouncilDataReader.read(file, ImportOptions.forPeriod("2023-24"));

        assertEquals(0, result.dataSet().getObservations().size());
        assertProblem(result.warnings().get(0), file, 1, 1, "", "no rows for period 2023-24", "2021-22, 2022-23");
    }

    @Test
    void byteOrderMarkCrLfSemicolonsAndHeaderCaseAreAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Council;ID;Value\r\nE09000002;1A;+1.5\r\n\r\nE09000003;1A;.5\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        Path file = Files.write(folder.resolve("excel.csv"), content);

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("E09000002|E09000002|null|1A|null|null|1.5", "E09000003|E09000003|null|1A|null|null|0.5"),
            observations(result));
        assertEquals(4L, result.dataSet().getObservations().get(1).getSourceLine(), "the blank line still counts");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252WithAWarning() throws Exception {
        Path file = Files.write(folder.resolve("latin.csv"),
            "council,council_name,id,value\nE1,Caf\u00e9 \u00a3,1A,2\n".getBytes("windows-1252"));

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals("Caf\u00e9 \u00a3", result.dataSet().getCouncils().get(0).getName());
        assertProblem(result.warnings().get(0), file, 1, 1, "", "not UTF-8", "Windows-1252");
    }

    @Test
    void aSecondNameForACouncilIsAWarningAndTheFirstIsKept() throws Exception {
        Path file = write(folder, "names.csv", "council,council_name,id,value\nE1,Bristol,1A,1\nE1,Bristol City,1B,2\n");

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals("Bristol", result.dataSet().getCouncils().get(0).getName());
        assertProblem(result.warnings().get(0), file, 3, 2, "council_name", "'Bristol City'", "line 2");
        assertTrue(result.errors().isEmpty());
    }
}
