package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.framewright.io.CsvTableWriter;
import org.framewright.io.ResultWriter;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;

/**
 * {@code score --format csv}, contributed to {@code org.framewright.io.formats}: {@code council,node,score,rating,rank},
 * one row per council and scored node; rank only on overall.
 */
public final class ScoreCsvWriter implements ResultWriter<ScoringResult> {

    /** The columns, a contract of the command line. */
    public static final List<String> COLUMNS = List.of("council", "node", "score", "rating", "rank");

    @Override
    public String render(ScoringResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.toStream(out, COLUMNS)) {
            for (CouncilResult council : result.councils()) {
                for (String node : result.nodeIds()) {
                    NodeResult scored = council.nodes().get(node);
                    Integer rank = node.equals(ScoringPlan.OVERALL) ? council.rank() : null;
                    csv.row(council.council().getId(), node, ScoreFormat.format(scored.score()), scored.rating(),
                        rank == null ? "" : rank.toString());
                }
            }
            csv.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
