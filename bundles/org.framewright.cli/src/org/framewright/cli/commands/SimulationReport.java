package org.framewright.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framewright.cli.CommandContext;
import org.framewright.io.CsvTableWriter;
import org.framewright.simulation.CouncilUncertainty;
import org.framewright.simulation.MonteCarloResult;
import org.framewright.simulation.SensitivityIndex;
import org.framewright.simulation.SensitivityResult;
import org.framewright.simulation.SimulationTables;

/**
 * Writes a simulation's results as a table, CSV or JSON. The CSV columns are the contract of
 * {@code framewright simulate}: {@code council,baseline_rating,baseline_rank,median_rank,rank_p05,rank_p95,p_flip}
 * then one {@code p_<level>} per rating level.
 */
public final class SimulationReport {

    private final MonteCarloResult result;
    private final SensitivityResult sensitivity;
    private final List<String> perturbed;

    /** With {@code perturbed}, what the run perturbed in words (JSON member {@code perturbed}; null: none). */
    SimulationReport(MonteCarloResult result, SensitivityResult sensitivity, List<String> perturbed) {
        this.result = result;
        this.sensitivity = sensitivity;
        this.perturbed = perturbed;
    }

    void write(CommandContext context, String format, Path sensitivityFile) throws IOException {
        if (sensitivity != null && sensitivityFile != null) {
            CsvTableWriter.write(sensitivityFile, SimulationTables.SENSITIVITY_COLUMNS, sensitivityRows());
        }
        switch (format) {
            case "csv" -> {
                CsvTableWriter.write(context.out(), header(), rows());
                if (sensitivity != null && sensitivityFile == null) {
                    // stdout stays one parseable table: the indices go to stderr, after a marker line
                    context.err().println("# sensitivity of the mean absolute rank shift");
                    CsvTableWriter.write(context.err(), SimulationTables.SENSITIVITY_COLUMNS, sensitivityRows());
                }
            }
            case "json" -> context.out().println(SimulationJson.of(result, sensitivity,
                SimulationTables.levelColumns(result.levels()), perturbed));
            default -> table(context.out());
        }
    }

    List<String> header() {
        return SimulationTables.header(result);
    }

    List<List<Object>> rows() {
        return SimulationTables.rows(result);
    }

    private List<List<Object>> sensitivityRows() {
        return SimulationTables.rows(sensitivity);
    }

    private void table(PrintStream out) {
        out.printf("%-36s %-12s %5s %6s %5s %5s %6s%s%n", "council", "rating", "rank", "median", "p05", "p95",
            "p_flip", String.join("", SimulationTables.levelColumns(result.levels()).stream().map(c -> String.format(" %7s", c)).toList()));
        for (CouncilUncertainty c : result.councils()) {
            StringBuilder levels = new StringBuilder();
            c.pLevels().forEach(p -> levels.append(String.format(Locale.ROOT, " %7.3f", p)));
            out.printf(Locale.ROOT, "%-36s %-12s %5s %6s %5s %5s %6.3f%s%n", shorten(c.councilName()),
                c.baselineRating(), text(c.baselineRank()), text(c.medianRank()), text(c.rankP05()),
                text(c.rankP95()), c.pFlip(), levels);
        }
        if (sensitivity != null) {
            out.printf("%nSensitivity of the mean absolute rank shift (Saltelli/Jansen, N = %d, %d evaluations,"
                + " %.0f%% bootstrap intervals):%n", sensitivity.baseSamples(), sensitivity.evaluations(),
                100 * sensitivity.confidence());
            out.printf("%-36s %22s %22s%n", "input", "first-order S", "total T");
            for (SensitivityIndex i : sensitivity.indices()) {
                out.printf(Locale.ROOT, "%-36s %6.3f [%6.3f, %6.3f] %6.3f [%6.3f, %6.3f]%n", i.input(), i.first(),
                    i.firstLow(), i.firstHigh(), i.total(), i.totalLow(), i.totalHigh());
            }
        }
    }

    private static String shorten(String name) {
        return name == null ? "" : name.length() <= 36 ? name : name.substring(0, 35) + "…";
    }

    private static String text(Integer rank) {
        return rank == null ? "-" : rank.toString();
    }
}
