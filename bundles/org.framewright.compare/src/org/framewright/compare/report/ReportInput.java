package org.framewright.compare.report;

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
 */
public record ReportInput(Framework framework, ScoringScheme scheme, ScoringResult result, MonteCarloResult simulation) {
}
