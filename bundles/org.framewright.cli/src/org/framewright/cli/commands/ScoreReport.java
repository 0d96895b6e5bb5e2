package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.framewright.io.CsvTableWriter;
import org.framewright.model.Framework;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;

/** The output formats of {@code framewright score}; each renders a whole result as text. */
enum ScoreReport {
    /** A readable aligned table: council, overall score, rating, rank and the top-level areas. */
    TABLE {
        @Override
        String render(Framework framework, ScoringResult result) {
            return ScoreTable.render(framework, result);
        }
    },
    /** {@code council,node,score,rating,rank}: one row per council and scored node; rank only on overall. */
    CSV {
        @Override
        String render(Framework framework, ScoringResult result) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                    CsvTableWriter csv = CsvTableWriter.toStream(out, List.of("council", "node", "score", "rating", "rank"))) {
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
    },
    /** Every node of every council with its inputs and notes, for other tools. */
    JSON {
        @Override
        String render(Framework framework, ScoringResult result) {
            return ScoreJson.render(framework, result);
        }
    };

    abstract String render(Framework framework, ScoringResult result);
}
