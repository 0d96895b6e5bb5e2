package org.framewright.scoring;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Observation;

/**
 * Test fixture: builds council data sets in code, and reads the samples' native long CSV
 * ({@code council,council_name,period,id,group,category,value}) with commons-csv, so that the engine's tests do not
 * depend on the io bundle.
 */
final class CouncilData {

    private final DataSet dataSet = FrameworkFactory.eINSTANCE.createDataSet();
    private final Map<String, Council> councils = new LinkedHashMap<>();

    /** Adds (or finds) a council; its name defaults to its id. */
    CouncilData council(String id, String name) {
        councils.computeIfAbsent(id, key -> {
            Council council = FrameworkFactory.eINSTANCE.createCouncil();
            council.setId(key);
            council.setName(name);
            dataSet.getCouncils().add(council);
            return council;
        });
        return this;
    }

    CouncilData council(String id) {
        return council(id, id);
    }

    /** The council's own value of a node (no group or category), without a period. */
    CouncilData value(String council, String nodeId, Double value) {
        return value(council, null, nodeId, null, null, value);
    }

    /** One observation; {@code value} null means a missing value. */
    CouncilData value(String council, String period, String nodeId, String group, String category, Double value) {
        council(council);
        Observation observation = FrameworkFactory.eINSTANCE.createObservation();
        observation.setCouncil(councils.get(council));
        observation.setPeriod(period);
        observation.setNodeId(nodeId);
        observation.setGroup(group);
        observation.setCategory(category);
        observation.setValue(value);
        dataSet.getObservations().add(observation);
        return this;
    }

    CouncilData region(String council, String region) {
        council(council);
        councils.get(council).setRegion(region);
        return this;
    }

    DataSet build() {
        return dataSet;
    }

    /** Reads a native long CSV file. */
    static DataSet read(Path file) throws IOException {
        CouncilData data = new CouncilData();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String value = row.get("value");
                data.council(row.get("council"), row.get("council_name"));
                data.value(row.get("council"), blankToNull(row.get("period")), row.get("id"), blankToNull(row.get("group")),
                    blankToNull(row.get("category")), value.isBlank() ? null : Double.valueOf(value));
            }
        }
        return data.build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
