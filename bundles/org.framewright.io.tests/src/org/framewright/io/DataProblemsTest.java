package org.framewright.io;

import static org.framewright.io.TestFiles.assertProblem;
import static org.framewright.io.TestFiles.onlyError;
import static org.framewright.io.TestFiles.sample;
import static org.framewright.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a problem at the exact file:line:column, naming the column and the expected form. */
class DataProblemsTest {

    private static Framework ascof;
    private static Framework csci;
    private static Framework cqc;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSamples() {
        ascof = sample("ascof-2023-24.framework");
        csci = sample("csci-2006.framework");
        cqc = sample("cqc-la-2023.framework");
    }

    @Test
    void unknownColumn() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,valu,value\nE1,1A,x,2\n");
        DataImport result = CouncilDataReader.read(file, null);
        assertProblem(onlyError(result), file, 1, 3, "valu", "expected one of council, council_name, period, id, group,"
            + " category, value");
        assertEquals(1, result.dataSet().getObservations().size(), "the other columns are still read");
    }

    @Test
    void missingRequiredColumn() throws Exception {
        Path file = write(folder, "bad.csv", "council,id\nE1,1A\n");
        DataImport result = CouncilDataReader.read(file, null);
        assertProblem(onlyError(result), file, 1, 1, "", "missing required column 'value'", "council, id, value");
        assertEquals(0, result.dataSet().getObservations().size());
    }

    @Test
    void columnNamedTwice() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,value,ID\nE1,1A,2,1B\n");
        assertProblem(onlyError(CouncilDataReader.read(file, null)), file, 1, 4, "ID", "appears twice",
            "column 2");
    }

    @Test
    void nonNumericValue() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,value\nE1,1A,2\nE1,1B,two\n");
        DataImport result = CouncilDataReader.read(file, null);
        assertProblem(onlyError(result), file, 3, 3, "value", "'two' is not a number",
            "expected a number", "or a missing marker (NA, c, :, [c], [x], x, *, -, or an empty cell)");
        assertEquals(1, result.dataSet().getObservations().size(), "only the good row is kept");
    }

    @Test
    void numbersWithThousandsSeparatorsOrPercentSignsAreRefusedWithAHint() throws Exception {
        Path file = write(folder, "bad.csv", "value,council,id\n\"1,234\",E1,1A\n45%,E1,1B\nNaN,E1,1C\n0x1p3,E1,1D\n");
        List<DataProblem> errors = CouncilDataReader.read(file, null).errors();
        assertEquals(4, errors.size(), errors::toString);
        assertProblem(errors.get(0), file, 2, 1, "value", "without thousands separators");
        assertProblem(errors.get(1), file, 3, 1, "value", "without the % sign");
        assertProblem(errors.get(2), file, 4, 1, "value", "'NaN' is not a number");
        assertProblem(errors.get(3), file, 5, 1, "value", "'0x1p3' is not a number");
    }

    @Test
    void duplicateRow() throws Exception {
        Path file = write(folder, "bad.csv", """
            council,id,group,category,period,value
            E1,QS1,,people,2023,3
            E1,QS1,,staff,2023,3
            E1,QS1,,people,2023,4
            """);
        DataImport result = CouncilDataReader.read(file, null);
        assertProblem(onlyError(result), file, 4, 2, "id", "duplicate row", "council E1, id QS1, category people, period"
            + " 2023", "already given on line 2");
        assertEquals(2, result.dataSet().getObservations().size());
    }

    @Test
    void emptyCouncilOrIdCell() throws Exception {
        Path file = write(folder, "bad.csv", "id,value,council\n1A,1,\n,2,E1\n");
        List<DataProblem> errors = CouncilDataReader.read(file, null).errors();
        assertEquals(2, errors.size(), errors::toString);
        assertProblem(errors.get(0), file, 2, 3, "council", "the cell is empty", "ONS code");
        assertProblem(errors.get(1), file, 3, 1, "id", "the cell is empty", "id");
    }

    @Test
    void moreCellsThanHeaders() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,value\nE1,1A,2,surplus\n");
        assertProblem(onlyError(CouncilDataReader.read(file, null)), file, 2, 4, "", "4 cells", "header only 3");
    }

    @Test
    void malformedQuotingStopsReadingAtItsLine() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,value\nE1,1A,2\nE1,\"1B\"x,3\nE1,1C,4\n");
        DataImport result = CouncilDataReader.read(file, null);
        assertProblem(onlyError(result), file, 3, 1, "", "malformed CSV", "the rest of the file was not read");
        assertEquals(1, result.dataSet().getObservations().size());
    }

    @Test
    void idUnknownToTheFramework() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,value\nE1,1A,2\nE1,1Z,3\nE1,3,4\n");
        DataImport result = CouncilDataReader.read(file, new ImportOptions(ascof, null));
        assertProblem(onlyError(result), file, 3, 2, "id", "'1Z' is not an indicator or area of framework ascof-2023-24",
            "e.g. 1A");
        assertEquals(2, result.dataSet().getObservations().size(), "indicator 1A and area 3 are known");
    }

    @Test
    void groupUnknownToTheFramework() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,group,value\nE1,O1,OP,3\nE1,O1,Elderly,3\n");
        assertProblem(onlyError(CouncilDataReader.read(file, new ImportOptions(csci, null))), file, 3, 3, "group",
            "'Elderly' is not a disaggregation of framework csci-2006", "one of OP, LD, MH, PSD, CAR");
    }

    @Test
    void categoryUnknownToTheFramework() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,category,value\nE1,QS1,people,3\nE1,QS1,inspection,3\n");
        assertProblem(onlyError(CouncilDataReader.read(file, new ImportOptions(cqc, null))), file, 3, 3, "category",
            "'inspection' is not an evidence category of framework cqc-la-2023",
            "one of people, staff, partners, observation, processes, outcomes");
    }

    @Test
    void evidenceScoreOutsideTheCqcScale() throws Exception {
        Path file = write(folder, "bad.csv", """
            council,id,category,value
            E1,QS1,people,1
            E1,QS1,staff,4
            E1,QS1,partners,5
            E1,QS2,,0
            E1,T1,,7
            """);
        DataImport result = CouncilDataReader.read(file, new ImportOptions(cqc, null));
        assertEquals(2, result.errors().size(), result.errors()::toString);
        assertProblem(result.errors().get(0), file, 4, 4, "value", "5 is outside the scale 'Quality statement score' (1"
            + " to 4)", "rule agg-statements of scheme cqc-rating", "area QS1", "expected a number from 1 to 4");
        assertProblem(result.errors().get(1), file, 5, 4, "value", "0 is outside", "area QS2");
        assertEquals(3, result.dataSet().getObservations().size(), "T1 is aggregated from its children: not checked");
    }

    @Test
    void clientGroupAndJudgedGradesOutsideTheCsciScales() throws Exception {
        Path file = write(folder, "bad.csv", "council,id,group,value\nE1,O1,OP,4\nE1,O1,LD,4.5\nE1,L,,0\nE1,C,,NA\n");
        DataImport result = CouncilDataReader.read(file, new ImportOptions(csci, null));
        assertEquals(2, result.errors().size(), result.errors()::toString);
        assertProblem(result.errors().get(0), file, 3, 4, "value", "4.5 is outside the scale", "area O1");
        assertProblem(result.errors().get(1), file, 4, 4, "value", "0 is outside the scale", "capacity", "area L");
        assertTrue(result.missingValues().size() == 1, "a missing grade is not out of scale");
    }
}
