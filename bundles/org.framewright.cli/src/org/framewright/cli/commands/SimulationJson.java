package org.framewright.cli.commands;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityIndex;
import org.framewright.simulation.SensitivityResult;

/** The JSON form of a simulation's results (the same fields as the CSV, plus the run's settings). */
final class SimulationJson {

    private SimulationJson() {
    }

    /** {@code perturbed}: what the run perturbed in words, the member {@code perturbed} (none when null). */
    static String of(MonteCarloResult result, SensitivityResult sensitivity, List<String> levelColumns,
            List<String> perturbed) {
        StringBuilder json = new StringBuilder("{\"samples\":").append(result.samples())
            .append(",\"seed\":").append(result.seed())
            .append(",\"fast_path\":").append(result.fastPath())
            .append(",\"inputs\":").append(strings(result.inputs()));
        if (perturbed != null) {
            json.append(",\"perturbed\":").append(strings(perturbed));
        }
        json
            .append(",\"levels\":").append(strings(result.levels()))
            .append(",\"councils\":[");
        for (int c = 0; c < result.councils().size(); c++) {
            CouncilUncertainty council = result.councils().get(c);
            json.append(c == 0 ? "" : ",").append("{\"council\":").append(string(council.councilId()))
                .append(",\"name\":").append(string(council.councilName()))
                .append(",\"baseline_rating\":").append(string(council.baselineRating()))
                .append(",\"baseline_rank\":").append(council.baselineRank())
                .append(",\"median_rank\":").append(council.medianRank())
                .append(",\"rank_p05\":").append(council.rankP05())
                .append(",\"rank_p95\":").append(council.rankP95())
                .append(",\"p_flip\":").append(number(council.pFlip()));
            for (int l = 0; l < levelColumns.size(); l++) {
                json.append(",").append(string(levelColumns.get(l))).append(":").append(number(council.pLevels().get(l)));
            }
            json.append("}");
        }
        json.append("]");
        if (sensitivity != null) {
            json.append(",\"sensitivity\":{\"output\":\"mean absolute rank shift\",\"base_samples\":")
                .append(sensitivity.baseSamples()).append(",\"evaluations\":").append(sensitivity.evaluations())
                .append(",\"confidence\":").append(number(sensitivity.confidence()))
                .append(",\"resamples\":").append(sensitivity.resamples()).append(",\"indices\":[");
            for (int i = 0; i < sensitivity.indices().size(); i++) {
                SensitivityIndex index = sensitivity.indices().get(i);
                json.append(i == 0 ? "" : ",").append("{\"input\":").append(string(index.input()))
                    .append(",\"first_order\":").append(number(index.first()))
                    .append(",\"first_low\":").append(number(index.firstLow()))
                    .append(",\"first_high\":").append(number(index.firstHigh()))
                    .append(",\"total\":").append(number(index.total()))
                    .append(",\"total_low\":").append(number(index.totalLow()))
                    .append(",\"total_high\":").append(number(index.totalHigh())).append("}");
            }
            json.append("]}");
        }
        return json.append("}").toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%s", value) : "null";
    }

    private static String strings(List<String> values) {
        return values.stream().map(SimulationJson::string).collect(Collectors.joining(",", "[", "]"));
    }

    private static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> quoted.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return quoted.append('"').toString();
    }
}
