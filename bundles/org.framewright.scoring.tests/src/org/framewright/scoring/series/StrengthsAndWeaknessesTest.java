package org.framewright.scoring.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Frequency;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.junit.jupiter.api.Test;

/**
 * A council's ranks among the scored councils under ASCOF 2023-24, on four invented councils whose values make the
 * ranks plain: 1 + the councils better in the indicator's polarity (1A, 1B, 1C, 2A, 4A higher is better; 2B, 2C
 * lower), ties sharing the best rank and keeping the framework's order.
 */
class StrengthsAndWeaknessesTest {

    @Test
    void ranksBestFirstTiesInTheFrameworksOrder() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        SeriesData data = new SeriesData(Frequency.ANNUAL);
        String[] councils = {"A", "B", "C", "D"};
        values(data, councils, "1A", 20, 19, 18, 17); // A 1st
        values(data, councils, "1B", 0.40, 0.42, 0.41, 0.39); // A 3rd
        values(data, councils, "1C", 7, 8, 9, 6); // A 3rd
        values(data, councils, "2A", 80, 80, 70, 90); // A 2nd, with B
        values(data, councils, "2B", 10, 5, 20, 15); // lower is better: A 2nd
        values(data, councils, "2C", 600, 500, 400, 300); // lower is better: A 4th
        values(data, councils, "4A", 70, 60, 65, 75); // A 2nd
        DataSet dataSet = data.build();
        ScoringResult result = ScoringEngine.score(framework, framework.getSchemes().get(0), dataSet, "2023-24");

        assertEquals(List.of("A", "B", "C", "D"), StrengthsAndWeaknesses.scored(result));
        List<BenchmarkRow> rows = StrengthsAndWeaknesses.of(framework, dataSet, result, "A");
        assertEquals(List.of("1A=1", "2A=2", "2B=2", "4A=2", "1B=3", "1C=3", "2C=4"),
            rows.stream().map(r -> r.indicator().getId() + "=" + r.rank()).toList());
        int n = rows.size();
        assertEquals(List.of(true, true, true, false, false, false, false),
            java.util.stream.IntStream.range(0, n).mapToObj(i -> StrengthsAndWeaknesses.isBest(i, n)).toList());
        assertEquals(List.of(false, false, false, false, true, true, true),
            java.util.stream.IntStream.range(0, n).mapToObj(i -> StrengthsAndWeaknesses.isWorst(i, n)).toList());
    }

    @Test
    void withFewerThanSixIndicatorsTheBestAreNotAlsoTheWorst() {
        assertEquals(List.of(true, true, true, false),
            java.util.stream.IntStream.range(0, 4).mapToObj(i -> StrengthsAndWeaknesses.isBest(i, 4)).toList());
        assertEquals(List.of(false, false, false, true),
            java.util.stream.IntStream.range(0, 4).mapToObj(i -> StrengthsAndWeaknesses.isWorst(i, 4)).toList());
    }

    private static void values(SeriesData data, String[] councils, String indicator, double... values) {
        for (int i = 0; i < councils.length; i++) {
            data.value(councils[i], "2023-24", indicator, values[i]);
        }
    }
}
