package org.framewright.compare.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityResult;

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
 * @param sensitivity the sensitivity of the ranks to the simulation's inputs, or null (plotted with the simulation)
 * @param strengths the strengths and weaknesses of the councils the user named ({@code report --council}), in the
 *        order named; empty for none
 */
public record ReportInput(Framework framework, ScoringScheme scheme, ScoringResult result, MonteCarloResult simulation,
        Path modelFile, Set<String> requested, SensitivityResult sensitivity, List<CouncilStrengths> strengths) {

    /** The input of a report without sensitivity indices and without strengths and weaknesses. */
    public ReportInput(Framework framework, ScoringScheme scheme, ScoringResult result, MonteCarloResult simulation,
            Path modelFile, Set<String> requested) {
        this(framework, scheme, result, simulation, modelFile, requested, null, List.of());
    }

    /** The input of a report with no optional section and no model file. */
    public ReportInput(Framework framework, ScoringScheme scheme, ScoringResult result, MonteCarloResult simulation) {
        this(framework, scheme, result, simulation, null, Set.of());
    }

    /** Copies of {@code requested} and {@code strengths}, never null. */
    public ReportInput {
        requested = requested == null ? Set.of() : Set.copyOf(requested);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
    }

    /** Whether the user asked for the optional section {@code id}. */
    public boolean requests(String id) {
        return requested.contains(id);
    }
}
