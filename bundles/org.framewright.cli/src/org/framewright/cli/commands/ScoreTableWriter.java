package org.framewright.cli.commands;

import org.framewright.io.ResultWriter;
import org.framewright.model.query.ElementQuery;
import org.framewright.scoring.ScoringResult;

/**
 * {@code score --format table}, contributed to {@code org.framewright.io.formats}: a readable aligned table of
 * council, overall score, rating, rank and the top-level areas.
 */
public final class ScoreTableWriter implements ResultWriter<ScoringResult> {

    @Override
    public String render(ScoringResult result) {
        return ScoreTable.render(new ElementQuery(result.scheme()).framework(), result);
    }
}
