package org.framewright.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.framewright.io.CouncilDataFormats;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFormat;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin's wide CSV reader, contributed through {@code org.framewright.io.formats}, is what
 * {@link CouncilDataReader} (every {@code --data}, the import wizard) uses for a wide file: the real 2023-24 ASCOF
 * values written wide score every council exactly as the same values written in Framewright's long CSV.
 */
class WideCsvFormatTest {

    private static final String PERIOD = "2023-24";

    @Test
    void theReaderIsInstalledAheadOfFramewrightsOwn() {
        List<String> ids = CouncilDataFormats.installed().stream().map(CouncilDataFormats.Reader::id).toList();
        assertTrue(ids.indexOf("org.framewright.examples.wide-csv") >= 0, ids.toString());
        assertTrue(ids.indexOf("org.framewright.examples.wide-csv") < ids.indexOf("org.framewright.io.tables"),
            ids.toString());
    }

    @Test
    void theRealAscofValuesWrittenWideScoreAsTheSameValuesWrittenLong(@TempDir Path folder) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        DataImport published = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            new ImportOptions(framework, PERIOD));
        assertFalse(published.hasErrors(), () -> published.errors().toString());
        Map<String, Map<String, String>> byCouncil = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        TreeSet<String> ids = new TreeSet<>();
        StringBuilder longCsv = new StringBuilder("council,council_name,period,id,value\n");
        for (Observation observation : published.dataSet().getObservations()) {
            if (observation.getGroup() != null && !observation.getGroup().isEmpty() || observation.getValue() == null) {
                continue;
            }
            String council = observation.getCouncil().getId();
            String value = Double.toString(observation.getValue());
            names.put(council, observation.getCouncil().getName().replace(",", " "));
            byCouncil.computeIfAbsent(council, c -> new LinkedHashMap<>()).put(observation.getNodeId(), value);
            ids.add(observation.getNodeId());
            longCsv.append(council).append(',').append(names.get(council)).append(',').append(PERIOD).append(',')
                .append(observation.getNodeId()).append(',').append(value).append('\n');
        }
        StringBuilder wideCsv = new StringBuilder("council,council_name,period," + String.join(",", ids) + "\n");
        byCouncil.forEach((council, values) -> {
            List<String> cells = new ArrayList<>(List.of(council, names.get(council), PERIOD));
            ids.forEach(id -> cells.add(values.getOrDefault(id, "")));
            wideCsv.append(String.join(",", cells)).append('\n');
        });
        Path wide = Files.writeString(folder.resolve("ascof-wide.csv"), wideCsv);
        Path long_ = Files.writeString(folder.resolve("ascof-long.csv"), longCsv);

        DataImport wideRead = CouncilDataReader.read(wide, new ImportOptions(framework, PERIOD));
        DataImport longRead = CouncilDataReader.read(long_, new ImportOptions(framework, PERIOD));
        assertFalse(wideRead.hasErrors(), () -> wideRead.errors().toString());
        assertEquals(DataFormat.CONTRIBUTED, wideRead.format());
        assertEquals(WideCsvFormat.NAME, wideRead.formatName());
        assertEquals(DataFormat.NATIVE_CSV, longRead.format(), "a long file is still Framewright's");

        ScoringResult fromWide = ScoringEngine.score(framework, framework.getSchemes().get(0), wideRead.dataSet(),
            PERIOD);
        ScoringResult fromLong = ScoringEngine.score(framework, framework.getSchemes().get(0), longRead.dataSet(),
            PERIOD);
        assertTrue(fromLong.councils().size() > 150, "councils: " + fromLong.councils().size());
        assertEquals(fromLong.councils().size(), fromWide.councils().size());
        for (CouncilResult council : fromLong.councils()) {
            String id = council.council().getId();
            assertEquals(council.overall().score(), fromWide.get(id, council.overall().nodeId()).score(), id);
            assertEquals(council.rank(), fromWide.councils().stream().filter(c -> c.council().getId().equals(id))
                .findFirst().orElseThrow().rank(), id);
        }
    }

    @Test
    void aBadCellIsReportedAtItsLineAndColumnUnderItsIndicator(@TempDir Path folder) throws Exception {
        Path wide = Files.writeString(folder.resolve("club.csv"),
            "council,council_name,1A,1B\nE06000001,Hartlepool,0.4,0.7\nE06000002,Middlesbrough,0.5,high\n");
        DataImport read = CouncilDataReader.read(wide, ImportOptions.forPeriod(PERIOD));
        assertEquals(WideCsvFormat.NAME, read.formatName());
        assertEquals(1, read.errors().size(), read.errors().toString());
        DataProblem problem = read.errors().get(0);
        assertEquals(3, problem.line());
        assertEquals(4, problem.column());
        assertTrue(problem.toString().startsWith(wide + ":3:4: "), problem.toString());
        assertTrue(problem.message().contains("1B") && problem.message().contains("high"), problem.message());
        assertEquals(3, read.dataSet().getObservations().size(), "the good values are kept");
    }
}
