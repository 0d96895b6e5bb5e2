package org.framewright.compare.report;

import java.nio.file.Path;
import java.util.Set;

import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.MonteCarloResult;

/**
 * What the report is about.
 *
 * @param framework the framework
 * @param scheme the scheme it was scored under
 * @param result the scores
 * @param simulation a Monte Carlo summary, or null when the report has none
 * @param modelFile the framework's file, or null when the framework was not read from a file (sections that read
 *        files kept beside the model, such as review comments, write nothing then)
 * @param requested the ids of the optional sections the user asked for (e.g. {@code comments} for
 *        {@code report --comments}); sections written in every report ignore it
 */
public record ReportInput(Framework framework, ScoringScheme scheme, ScoringResult result, MonteCarloResult simulation,
        Path modelFile, Set<String> requested) {

    /** The input of a report with no optional section and no model file. */
    public ReportInput(Framework framework, ScoringScheme scheme, ScoringResult result, MonteCarloResult simulation) {
        this(framework, scheme, result, simulation, null, Set.of());
    }

    /** A copy of {@code requested}, never null. */
    public ReportInput {
        requested = requested == null ? Set.of() : Set.copyOf(requested);
    }

    /** Whether the user asked for the optional section {@code id}. */
    public boolean requests(String id) {
        return requested.contains(id);
    }
}
