package org.framewright.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The published ASCOF results ({@code shared/data/ascof/trend_data.csv}) read straight from the CSV rows, so that
 * tests work out what Framewright should show without Framewright's own import or scoring.
 */
public final class AscofRows {

    private AscofRows() {
    }

    /** Measure group -> council (ONS code) -> value, of the council rows of {@code year} (e.g. {@code 2023-24}). */
    public static Map<String, Map<String, Double>> councilValues(String year) {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(SharedData.file("ascof/trend_data.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("Year").equals(year) && row.get("Geographical Level").equals("Council")) {
                    values.computeIfAbsent(row.get("Measure Group"), k -> new LinkedHashMap<>())
                        .put(row.get("ONS Code"), Double.valueOf(row.get("Measure_Value")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /**
     * {@code council}'s rank on each measure as {@code id=rank}, best first (ties in the order given): 1 + the
     * {@code scored} councils with a better value, in the measure's direction; measures the council has no value for
     * are left out.
     *
     * @param lowerIsBetter measure id -> whether lower values are better, in the framework's order (measures without
     *        a direction left out)
     */
    public static List<String> ranks(Map<String, Map<String, Double>> values, Map<String, Boolean> lowerIsBetter,
            Set<String> scored, String council) {
        List<Map.Entry<String, Integer>> ranks = new ArrayList<>();
        lowerIsBetter.forEach((measure, lower) -> {
            Map<String, Double> own = values.get(measure);
            if (own != null && own.containsKey(council)) {
                double value = own.get(council);
                long better = own.entrySet().stream().filter(e -> scored.contains(e.getKey()))
                    .filter(e -> lower ? e.getValue() < value : e.getValue() > value).count();
                ranks.add(Map.entry(measure, (int) better + 1));
            }
        });
        ranks.sort(Comparator.comparingInt(Map.Entry::getValue));
        return ranks.stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }
}
