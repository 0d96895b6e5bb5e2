package org.framewright.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.io.DataFormat;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.io.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * All 5,040 orders of the seven native columns give the same data. Read from memory through the same importer as
 * files (file handling is tested in {@code UnreadableFilesTest}), so the test stays fast.
 */
class ColumnOrderTest {

    private static final List<String> HEADERS =
        List.of("council", "council_name", "period", "id", "group", "category", "value");

    /** Rows in native column order; the name with a comma and the quotes need CSV quoting. */
    private static final List<List<String>> ROWS = List.of(
        List.of("E06000023", "Bristol, City of", "2023-24", "O1", "OP", "", "3"),
        List.of("E09000002", "Barking and \"Dagenham\"", "2023-24", "QS1", "", "people", "4"),
        List.of("E06000023", "Bristol, City of", "2022-23", "1A", "", "", "NA"),
        List.of("E09000002", "Barking and \"Dagenham\"", "2023-24", "2B", "18-64", "", "-12.5e1"));

    private static final List<String> EXPECTED = List.of(
        "E06000023|Bristol, City of|2023-24|O1|OP|null|3.0",
        "E09000002|Barking and \"Dagenham\"|2023-24|QS1|null|people|4.0",
        "E06000023|Bristol, City of|2022-23|1A|null|null|missing:NA",
        "E09000002|Barking and \"Dagenham\"|2023-24|2B|18-64|null|-125.0");

    @Test
    void everyOrderOfTheSevenColumnsGivesTheSameData() throws Exception {
        List<List<Integer>> orders = new ArrayList<>();
        permutations(new ArrayList<>(), orders);
        assertEquals(5040, orders.size());
        for (List<Integer> order : orders) {
            StringBuilder csv = new StringBuilder(line(order, HEADERS));
            for (List<String> row : ROWS) {
                csv.append(line(order, row));
            }
            SourceFile source = SourceFile.of(Path.of("orders.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));

            DataImport result = Importer.run(source, ImportOptions.none());

            assertEquals(List.of(), result.errors(), () -> "column order " + order);
            assertEquals(EXPECTED, result.dataSet().getObservations().stream().map(TestFiles::describe).toList(),
                () -> "column order " + order);
            assertEquals(DataFormat.NATIVE_CSV, result.format());
            assertEquals(1, result.missingValues().size());
            int valueColumn = order.indexOf(HEADERS.indexOf("value")) + 1;
            assertEquals(valueColumn, result.missingValues().get(0).column(), () -> "column order " + order);
        }
    }

    private static String line(List<Integer> order, List<String> cells) {
        List<String> quoted = order.stream().map(cells::get).map(ColumnOrderTest::quote).toList();
        return String.join(",", quoted) + "\n";
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static void permutations(List<Integer> prefix, List<List<Integer>> out) {
        if (prefix.size() == HEADERS.size()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permutations(prefix, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}
