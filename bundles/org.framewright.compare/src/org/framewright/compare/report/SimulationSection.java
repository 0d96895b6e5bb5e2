package org.framewright.compare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityResult;

/**
 * The simulation summary: how surely each council holds its rating and rank when the scheme's weights are drawn
 * at random around the baseline (Monte Carlo): the rank intervals and, when computed, the sensitivity indices as
 * plots, then the table, councils most likely to flip first.
 */
final class SimulationSection {

    private SimulationSection() {
    }

    static void write(HtmlPage page, MonteCarloResult simulation, SensitivityResult sensitivity) {
        page.heading(2, "Simulation: how certain are the results?");
        long likelyFlips = simulation.councils().stream().filter(c -> c.pFlip() >= 0.5).count();
        long possibleFlips = simulation.councils().stream().filter(c -> c.pFlip() >= 0.1).count();
        page.paragraph("", simulation.samples() + " draws (seed " + simulation.seed() + ") perturbing "
            + String.join(", ", simulation.inputs()) + ". A flip is a rating different from the baseline rating "
            + "(without a rating scale: a different rank).");
        page.cards(List.of(new String[] {"draws", String.valueOf(simulation.samples())},
            new String[] {"councils flipping in \u2265 10% of draws", String.valueOf(possibleFlips)},
            new String[] {"councils flipping in \u2265 50% of draws", String.valueOf(likelyFlips)}));
        page.heading(3, "Rank intervals");
        page.paragraph("", "Each council's 5th to 95th percentile rank over the draws (the line) and its median rank"
            + " (the dot), councils sorted by median rank; hover a line for the council.");
        page.raw(SimulationPlots.rankIntervals(simulation));
        if (sensitivity != null) {
            page.heading(3, "Sensitivity: which input moves the ranks?");
            page.paragraph("", "Sobol indices of the mean absolute rank shift (Saltelli sampling, Jansen estimators; N = "
                + sensitivity.baseSamples() + ", " + sensitivity.evaluations() + " evaluations): first-order S is the"
                + " share of the variance an input causes alone, total T with its interactions.");
            page.raw(SimulationPlots.sensitivity(sensitivity));
        }
        List<String> headers = new ArrayList<>(List.of("Council", "Code", "Rating", "Rank#", "Median rank#",
            "90% rank interval", "P(flip)#"));
        simulation.levels().forEach(level -> headers.add("P(" + level + ")#"));
        List<CouncilUncertainty> councils = new ArrayList<>(simulation.councils());
        councils.sort(Comparator.comparingDouble(CouncilUncertainty::pFlip).reversed()
            .thenComparing(CouncilUncertainty::councilName));
        List<List<String>> rows = new ArrayList<>();
        for (CouncilUncertainty council : councils) {
            List<String> row = new ArrayList<>(List.of(HtmlPage.escape(council.councilName()),
                HtmlPage.escape(council.councilId()), HtmlPage.escape(council.baselineRating()),
                rank(council.baselineRank()), rank(council.medianRank()),
                rank(council.rankP05()) + "\u2013" + rank(council.rankP95()), percent(council.pFlip())));
            council.pLevels().forEach(share -> row.add(percent(share)));
            rows.add(row);
        }
        page.table("simulation", headers, rows);
    }

    private static String rank(Integer rank) {
        return rank == null ? "-" : rank.toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
