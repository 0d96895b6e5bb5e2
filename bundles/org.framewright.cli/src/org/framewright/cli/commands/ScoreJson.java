package org.framewright.cli.commands;

import java.util.List;
import java.util.stream.Collectors;

import org.framewright.model.Framework;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;

/**
 * The JSON output of {@code framewright score}: framework, scheme, period and, per council, every node with score,
 * rating, inputs and notes. (No JSON library is in the target platform; this writes the few shapes it needs, with
 * RFC 8259 string escaping.)
 */
final class ScoreJson {

    private ScoreJson() {
    }

    static String render(Framework framework, ScoringResult result) {
        String councils = result.councils().stream().map(c -> council(c, result.nodeIds()))
            .collect(Collectors.joining(",\n", "[\n", "\n  ]"));
        return "{\n  \"framework\": " + string(framework.getId()) + ",\n  \"scheme\": " + string(result.scheme().getId())
            + ",\n  \"period\": " + string(result.period()) + ",\n  \"notes\": " + strings(result.notes())
            + ",\n  \"councils\": " + councils + "\n}\n";
    }

    private static String council(CouncilResult council, List<String> nodeIds) {
        String nodes = nodeIds.stream().map(id -> node(council.nodes().get(id)))
            .collect(Collectors.joining(",\n", "[\n", "\n    ]"));
        return "    {\"council\": " + string(council.council().getId()) + ", \"name\": " + string(council.council().getName())
            + ", \"rank\": " + (council.rank() == null ? "null" : council.rank()) + ",\n    \"nodes\": " + nodes + "}";
    }

    private static String node(NodeResult node) {
        String inputs = node.inputs().stream().map(ScoreJson::input).collect(Collectors.joining(", ", "[", "]"));
        return "      {\"node\": " + string(node.nodeId()) + ", \"kind\": " + string(node.kind().name().toLowerCase(java.util.Locale.ROOT))
            + ", \"score\": " + number(node.score()) + ", \"rating\": " + string(node.rating()) + ", \"inputs\": " + inputs
            + ", \"notes\": " + strings(node.notes()) + ", \"explanation\": " + strings(node.explanation()) + "}";
    }

    private static String input(Contribution input) {
        return "{\"source\": " + string(input.sourceId()) + ", \"value\": " + number(input.value()) + ", \"weight\": "
            + number(input.weight()) + ", \"excluded\": " + input.excluded() + "}";
    }

    private static String number(Double value) {
        return value == null ? "null" : ScoreFormat.format(value);
    }

    private static String strings(List<String> values) {
        return values.stream().map(ScoreJson::string).collect(Collectors.joining(", ", "[", "]"));
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
