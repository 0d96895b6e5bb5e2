package org.framewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Frequency;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Comparator groups from Oflog's nearest-neighbour JSON and from a group,council CSV; periods of a frequency. */
class ComparatorGroupReaderTest {

    @Test
    void everyNearestNeighbourGroupOfOflogsFileAsGsonReadsIt() throws IOException {
        Path file = SharedData.file("oflog/NN.json");
        ComparatorGroupImport read = ComparatorGroupReader.read(file);
        assertEquals(List.of(), read.errors());
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals(json.size(), read.groups().size());
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            ComparatorGroup group = read.find(entry.getKey());
            assertNotNull(group, entry.getKey());
            assertEquals(ComparatorKind.SIMILAR_COUNCILS, group.getKind());
            assertEquals(entry.getKey(), group.getAnchor());
            LinkedHashSet<String> members = new LinkedHashSet<>();
            ((JsonArray) entry.getValue()).forEach(m -> members.add(m.getAsString()));
            assertEquals(new ArrayList<>(members), group.getMembers(), entry.getKey());
        }
        ComparatorGroup westNorthants = read.find("E06000062");
        assertEquals(16, westNorthants.getMembers().size());
        assertTrue(westNorthants.getMembers().contains("E06000062"), "a group includes its council");
        // E07000112 is listed twice in E07000026's group: once is kept, with a warning at its line
        ComparatorGroup allerdale = read.find("E07000026");
        assertEquals(1, allerdale.getMembers().stream().filter("E07000112"::equals).count());
        assertTrue(read.warningsOf(allerdale).get(0).toString().contains("E07000112 is listed twice in the group of E07000026"),
            read.warningsOf(allerdale).toString());
        assertEquals(List.of(), read.warningsOf(westNorthants));
    }

    @Test
    void brokenJsonAndBadCodesAreReportedAtTheirPlace(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("nn.json");
        Files.writeString(file, "{\n  \"E06000001\": [\"E06000001\", \"Hartlepool\"],\n  \"E06000002\": [\"E06000002\"\n}\n");
        ComparatorGroupImport read = ComparatorGroupReader.read(file);
        assertEquals(2, read.errors().size(), read.errors().toString());
        assertEquals(file + ":2:30: 'Hartlepool' in the group of E06000001 is not a council's ONS code; expected a letter"
            + " and eight digits, e.g. E06000001", read.errors().get(0).toString());
        assertEquals(file + ":4:1: expected ',' or ']' in the array of E06000002", read.errors().get(1).toString());
    }

    @Test
    void aCsvOfNamedClubs(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("clubs.csv");
        Files.writeString(file, "group,council\nEast of England,E06000055\nEast of England,E06000056\n"
            + "Pair,E06000055\nEast of England,E10000015\nPair,E0600005X\n");
        ComparatorGroupImport read = ComparatorGroupReader.read(file);
        ComparatorGroup east = read.find("East of England");
        assertEquals(ComparatorKind.CLUB, east.getKind());
        assertEquals(List.of("E06000055", "E06000056", "E10000015"), east.getMembers());
        assertEquals(5, read.line(east, "E10000015"));
        assertEquals(List.of("E06000055"), read.find("Pair").getMembers());
        assertEquals(1, read.errors().size());
        assertEquals(file + ":6:2: column 'council': 'E0600005X' in group 'Pair' is not a council's ONS code; expected a"
            + " letter and eight digits, e.g. E06000001", read.errors().get(0).toString());
    }

    @Test
    void theRegionsOfTheOnsCodesListAsCommonsCsvReadsIt() throws IOException {
        Path file = SharedData.file("ascof/ons_codes.csv");
        // the oracle: every row with a council type, grouped by its region, read here with commons-csv
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        try (java.io.Reader reader = Files.newBufferedReader(file)) {
            for (org.apache.commons.csv.CSVRecord row : org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(reader)) {
                if (!row.get("Council type").isBlank()) {
                    expected.computeIfAbsent(row.get("Council region"), k -> new ArrayList<>())
                        .add(row.get("ONS Area Code"));
                }
            }
        }
        ComparatorGroupImport read = ComparatorGroupReader.read(file);
        assertEquals(List.of(), read.errors());
        assertEquals(9, expected.size(), expected.keySet().toString());
        assertEquals(new ArrayList<>(expected.keySet()), read.groups().stream().map(ComparatorGroup::getName).toList());
        for (ComparatorGroup group : read.groups()) {
            assertEquals(ComparatorKind.REGIONAL, group.getKind());
            assertEquals(expected.get(group.getName()), group.getMembers(), group.getName());
        }
        assertEquals(153, read.groups().stream().mapToInt(g -> g.getMembers().size()).sum());
        assertTrue(read.find("East Midlands").getMembers().contains("E06000062"));
    }

    @Test
    void aBadCodeInARegionListIsReportedAtItsPlace(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("regions.csv");
        Files.writeString(file, "Geography,Council type,Council region,LA Code ,ONS Area Code\n"
            + "North East,,North East,NE,E12000001\n"
            + "Darlington,Unitary Authority,North East,117,E06000005\n"
            + "Gateshead,Metropolitan District,North East,106,E0800037\n"
            + "Hartlepool,Unitary Authority,,111,E06000001\n");
        ComparatorGroupImport read = ComparatorGroupReader.read(file);
        assertEquals(List.of("E06000005"), read.find("North East").getMembers());
        assertEquals(List.of(file + ":4:5: column 'ONS Area Code': 'E0800037' in group 'North East' is not a council's"
            + " ONS code; expected a letter and eight digits, e.g. E06000001", file + ":5:3: column 'Council region':"
            + " required for a council; expected the region's name, e.g. East of England"),
            read.errors().stream().map(DataProblem::toString).toList());
    }

    @Test
    void aMonthlyDataSetRefusesOtherPeriodsAtTheirLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("months.csv");
        Files.writeString(file, "council,council_name,period,id,group,category,value\n"
            + "E06000062,West Northamptonshire,2023-04,2B1,,,88.9\n"
            + "E06000062,West Northamptonshire,2023-24,2B1,,,80\n"
            + "E06000062,West Northamptonshire,2023-5,2B1,,,80\n");
        DataImport read = CouncilDataReader.read(file, ImportOptions.none().withFrequency(Frequency.MONTHLY));
        assertEquals(Frequency.MONTHLY, read.dataSet().getFrequency());
        assertEquals(List.of(file + ":3:3: column 'period': '2023-24' is not a period of a monthly data set; expected a"
            + " month YYYY-MM (e.g. 2023-06)", file + ":4:3: column 'period': '2023-5' is not a period of a monthly data"
            + " set; expected a month YYYY-MM (e.g. 2023-06)"), read.errors().stream().map(DataProblem::toString).toList());
        assertEquals(1, read.dataSet().getObservations().size());
        // the same rows read without a frequency: any period text
        assertEquals(List.of(), CouncilDataReader.read(file, ImportOptions.none()).errors());
    }
}
