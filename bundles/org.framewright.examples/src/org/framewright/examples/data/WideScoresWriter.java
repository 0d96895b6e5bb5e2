package org.framewright.examples.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.framewright.io.CsvTableWriter;
import org.framewright.io.ResultWriter;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;

/**
 * {@code score --format wide-csv}, a result writer contributed to {@code org.framewright.io.formats}: the wide layout
 * of {@link WideCsvFormat} for scores, one row per council ({@code council}, then its rank) and one column per
 * scored node (the overall result, areas, indicators) holding the node's score (empty when unscored).
 */
public final class WideScoresWriter implements ResultWriter<ScoringResult> {

    @Override
    public String render(ScoringResult result) {
        List<String> header = new ArrayList<>(List.of("council", "rank"));
        header.addAll(result.nodeIds());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.toStream(out, header)) {
            for (CouncilResult council : result.councils()) {
                List<String> row = new ArrayList<>(List.of(council.council().getId(),
                    council.rank() == null ? "" : council.rank().toString()));
                for (String node : result.nodeIds()) {
                    row.add(ScoreFormat.format(council.nodes().get(node).score()));
                }
                csv.row(row);
            }
            csv.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
