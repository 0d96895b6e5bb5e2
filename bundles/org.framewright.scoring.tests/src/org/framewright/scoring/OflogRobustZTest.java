package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framewright.model.Polarity;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Oflog's published robust scores (shared/data/oflog/ASC_data.csv, column MADs_from_median) are reproduced by the
 * {@code robust-z} normalisation to 1e-6. Studying the file: there is one Grouping (LA_Raw); each median and MAD is
 * computed per measure Code and Financial year over every authority in the file with a value that year (all 151-152
 * councils of England, not per Entity_Name or Region); the MAD is unscaled (no 1.4826 factor); and the sign is not
 * turned round for any measure (rank_order does not affect it), so the test normalises with higher is better.
 */
class OflogRobustZTest {

    @Test
    void publishedMadsFromMedianAreReproduced() throws IOException {
        Map<String, List<CSVRecord>> groups = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(SharedData.file("oflog/ASC_data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                groups.computeIfAbsent(row.get("Financial year") + " " + row.get("Code"), k -> new ArrayList<>()).add(row);
            }
        }
        int compared = 0;
        for (Map.Entry<String, List<CSVRecord>> group : groups.entrySet()) {
            List<Double> values = new ArrayList<>();
            group.getValue().forEach(r -> values.add(r.get("Value").isBlank() ? null : Double.valueOf(r.get("Value"))));
            List<Double> robust = Normalisation.ROBUST_Z.create().normalise(values, Polarity.HIGHER_IS_BETTER, null).values();
            for (int i = 0; i < values.size(); i++) {
                String published = group.getValue().get(i).get("MADs_from_median");
                if (values.get(i) == null || published.isBlank()) {
                    continue;
                }
                assertEquals(Double.parseDouble(published), robust.get(i), 1e-6,
                    group.getKey() + " " + group.getValue().get(i).get("Local authority code"));
                compared++;
            }
        }
        assertEquals(42, groups.size());
        assertTrue(compared > 5800, "compared " + compared);
    }
}
