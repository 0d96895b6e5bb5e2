package org.framewright.cli.commands;

import org.framewright.io.ResultWriter;
import org.framewright.model.query.ElementQuery;
import org.framewright.scoring.ScoringResult;

/**
 * {@code score --format json}, contributed to {@code org.framewright.io.formats}: every node of every council with
 * its inputs and notes, for other tools.
 */
public final class ScoreJsonWriter implements ResultWriter<ScoringResult> {

    @Override
    public String render(ScoringResult result) {
        return ScoreJson.render(new ElementQuery(result.scheme()).framework(), result);
    }
}
