package org.framewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Frequency;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImportOptions#forScoring}: the one way data is read to be scored. A scheme without a time-series imputation
 * reads the period only; with one, the whole file in one read, the framework's checks, missing values and warnings
 * being those of the scored period only (another year's rows of measures the framework does not have are left out
 * without a word, as a framework change between years puts them there).
 */
class ScoringImportTest {

    @TempDir
    Path folder;

    private static final String DATA = """
        council,council_name,id,value,period
        E09000014,Haringey,2B1,62.4,2020-21
        E09000014,Haringey,2D,,2020-21
        E09000014,Haringey,OLD1,3,2020-21
        E09000014,Haringey of old,1A,18.9,2020-21
        E09000014,Haringey,1A,19.1,2021-22
        E09000014,Haringey,2D,,2021-22
        E09000014,Haringey,2B1,50.5,2022-23
        E09000014,Haringey,1A,19.0,2022-23
        """;

    private static Framework ascof() throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework"));
    }

    private static Imputation imputation(ImputationMethod method) {
        Imputation imputation = FrameworkFactory.eINSTANCE.createImputation();
        imputation.setId("imp");
        imputation.setMethod(method);
        return imputation;
    }

    @Test
    void withoutATimeSeriesImputationOnlyThePeriodIsRead() throws Exception {
        Framework framework = ascof();
        ScoringScheme scheme = framework.getSchemes().get(0);
        scheme.getImputations().add(imputation(ImputationMethod.COMPARATOR_MEDIAN));
        Path file = Files.writeString(folder.resolve("data.csv"), DATA, StandardCharsets.UTF_8);

        DataImport read = CouncilDataReader.read(file, ImportOptions.forScoring(framework, scheme, "2021-22"));

        assertEquals(List.of(), read.errors());
        assertEquals(List.of("2021-22"), read.dataSet().getObservations().stream().map(Observation::getPeriod)
            .distinct().toList());
    }

    @Test
    void aTimeSeriesImputationReadsEveryYearOnceWithThePeriodsChecksOnly() throws Exception {
        Framework framework = ascof();
        ScoringScheme scheme = framework.getSchemes().get(0);
        scheme.getImputations().add(imputation(ImputationMethod.LINEAR_INTERPOLATION));
        Path file = Files.writeString(folder.resolve("data.csv"), DATA, StandardCharsets.UTF_8);

        ImportOptions options = ImportOptions.forScoring(framework, scheme, "2021-22");
        assertTrue(options.otherPeriods());
        assertEquals(Frequency.ANNUAL, options.frequency(), "the periods have an order for the interpolation");
        DataImport read = CouncilDataReader.read(file, options);

        assertEquals(List.of(), read.errors(), "OLD1 of 2020-21 is not this framework's, and not an error");
        assertEquals(List.of(), read.warnings(), "another year's council name is not a warning");
        assertEquals(1, read.missingValues().size(), "the missing values of 2021-22 only");
        assertTrue(read.missingValues().get(0).toString().contains(":7:"), read.missingValues().toString());
        List<String> rows = read.dataSet().getObservations().stream()
            .map(o -> o.getNodeId() + " " + o.getPeriod()).toList();
        assertEquals(List.of("2B1 2020-21", "2D 2020-21", "1A 2020-21", "1A 2021-22", "2D 2021-22", "2B1 2022-23",
            "1A 2022-23"), rows);
        assertFalse(rows.contains("OLD1 2020-21"));
        assertEquals("Haringey", read.dataSet().getCouncils().get(0).getName());
    }

    @Test
    void theScoredPeriodsRowsAreStillCheckedAgainstTheFramework() throws Exception {
        Framework framework = ascof();
        ScoringScheme scheme = framework.getSchemes().get(0);
        scheme.getImputations().add(imputation(ImputationMethod.LATEST_EARLIER));
        Path file = Files.writeString(folder.resolve("data.csv"), DATA.replace("OLD1,3,2020-21", "OLD1,3,2021-22"),
            StandardCharsets.UTF_8);

        DataImport read = CouncilDataReader.read(file, ImportOptions.forScoring(framework, scheme, "2021-22"));

        assertEquals(1, read.errors().size(), read.errors().toString());
        assertTrue(read.errors().get(0).toString().contains(":4:") && read.errors().get(0).toString()
            .contains("OLD1"), read.errors().get(0).toString());
    }
}
