package org.framewright.scoring.series;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Frequency;
import org.framewright.model.Observation;

/** Test fixture: a data set of a frequency, built in code or read from native long CSV with commons-csv. */
final class SeriesData {

    private final DataSet dataSet = FrameworkFactory.eINSTANCE.createDataSet();
    private final Map<String, Council> councils = new HashMap<>();

    SeriesData(Frequency frequency) {
        dataSet.setFrequency(frequency);
    }

    SeriesData value(String council, String period, String id, Double value) {
        Council c = councils.computeIfAbsent(council, k -> {
            Council created = FrameworkFactory.eINSTANCE.createCouncil();
            created.setId(k);
            created.setName(k);
            dataSet.getCouncils().add(created);
            return created;
        });
        Observation o = FrameworkFactory.eINSTANCE.createObservation();
        o.setCouncil(c);
        o.setPeriod(period);
        o.setNodeId(id);
        o.setValue(value);
        dataSet.getObservations().add(o);
        return this;
    }

    SeriesData read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                value(row.get("council"), row.get("period"), row.get("id"),
                    row.get("value").isEmpty() ? null : Double.valueOf(row.get("value")));
            }
        }
        return this;
    }

    DataSet build() {
        return dataSet;
    }
}
